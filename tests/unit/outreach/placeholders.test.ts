import { describe, expect, test } from 'vitest';
import {
  findPlaceholders,
  fillTemplate,
  MAX_VALUE_LENGTH,
  PLACEHOLDER_NAMES,
} from '../../../lib/outreach/placeholders';

describe('fillTemplate', () => {
  test.each([
    {
      what: 'all filled',
      body: 'Hi {firstName}, code {code}.',
      values: { firstName: 'Jane', code: 'JANE15' },
      text: 'Hi Jane, code JANE15.',
      gaps: [],
    },
    {
      what: 'missing value',
      body: 'Hi {firstName}, code {code}.',
      values: { firstName: 'Jane' },
      text: 'Hi Jane, code {code}.',
      gaps: [{ name: 'code', kind: 'missing', start: 14, end: 20 }],
    },
    {
      what: 'null, empty and blank values are missing',
      body: '{firstName}{code}{sender}',
      values: { firstName: null, code: '', sender: ' \u202E\n ' },
      text: '{firstName}{code}{sender}',
      gaps: [
        { name: 'firstName', kind: 'missing', start: 0, end: 11 },
        { name: 'code', kind: 'missing', start: 11, end: 17 },
        { name: 'sender', kind: 'missing', start: 17, end: 25 },
      ],
    },
    {
      what: 'unknown placeholder (typo)',
      body: 'Hi {fristName}!',
      values: { firstName: 'Jane' },
      text: 'Hi {fristName}!',
      gaps: [{ name: 'fristName', kind: 'unknown', start: 3, end: 14 }],
    },
    {
      what: 'repeated placeholder filled everywhere',
      body: '{sender} here. Best, {sender}',
      values: { sender: 'Sam' },
      text: 'Sam here. Best, Sam',
      gaps: [],
    },
    {
      what: 'repeated missing placeholder reported at each position, after a longer value',
      body: '{company}: {code} / {code}',
      values: { company: 'Acme Paints' },
      text: 'Acme Paints: {code} / {code}',
      gaps: [
        { name: 'code', kind: 'missing', start: 13, end: 19 },
        { name: 'code', kind: 'missing', start: 22, end: 28 },
      ],
    },
    {
      what: 'braces that are not placeholders stay text',
      body: 'a { } b {not this} {1x} {}',
      values: {},
      text: 'a { } b {not this} {1x} {}',
      gaps: [],
    },
  ])('$what', ({ body, values, text, gaps }) => {
    const result = fillTemplate(body, values);
    expect(result.text).toBe(text);
    expect(result.gaps).toEqual(gaps);
    expect(result.ready).toBe(gaps.length === 0);
    for (const gap of result.gaps) {
      expect(result.text.slice(gap.start, gap.end)).toBe(`{${gap.name}}`);
    }
  });

  test('inserted values are plain, single-line text without controls or bidi overrides', () => {
    const result = fillTemplate('Loved "{postExcerpt}"', {
      postExcerpt: 'Line one\r\nline\u0007 two \u202Egnp.exe\u202C <b>bold</b> {code}',
    });
    expect(result.text).toBe('Loved "Line one line two gnp.exe <b>bold</b> {code}"');
    // Inserted text is never scanned for placeholders again.
    expect(result.gaps).toEqual([]);
  });

  test.each([
    [MAX_VALUE_LENGTH, MAX_VALUE_LENGTH],
    [MAX_VALUE_LENGTH + 1, MAX_VALUE_LENGTH],
    [5000, MAX_VALUE_LENGTH],
  ])('caps a value of %i characters to %i', (length, expected) => {
    const result = fillTemplate('{topic}', { topic: 'x'.repeat(length) });
    expect(Array.from(result.text)).toHaveLength(expected);
    if (length > MAX_VALUE_LENGTH) expect(result.text.endsWith('…')).toBe(true);
  });

  test('capping never splits an emoji', () => {
    const result = fillTemplate('{topic}', { topic: '👩🏽‍🎨'.repeat(400) });
    expect(result.text).toMatch(/^(?:👩🏽‍🎨)+…$/u);
  });
});

describe('findPlaceholders', () => {
  test('finds known and unknown placeholders in an edited draft', () => {
    expect(findPlaceholders('Hi {firstName}, see {lnk}')).toEqual([
      { name: 'firstName', kind: 'missing', start: 3, end: 14 },
      { name: 'lnk', kind: 'unknown', start: 20, end: 25 },
    ]);
  });

  test('every placeholder name is an identifier the syntax accepts', () => {
    for (const name of PLACEHOLDER_NAMES) {
      expect(findPlaceholders(`{${name}}`)).toEqual([
        { name, kind: 'missing', start: 0, end: name.length + 2 },
      ]);
    }
  });
});
