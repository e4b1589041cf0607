import { describe, expect, test } from 'vitest';
import { displayText, httpUrl, MAX_TEXT } from '../../../lib/panel/text';

describe('displayText', () => {
  test.each([
    ['plain', 'plain'],
    [null, ''],
    [undefined, ''],
    ['', ''],
    ['  spaced\n\n out\t ', 'spaced out'],
    // RTL override that would reverse the rest of the line, and isolates/marks.
    ['evil\u202Etxt.exe', 'eviltxt.exe'],
    ['a\u2066b\u2069c\u200Fd\u200Ee\u061Cf', 'abcdef'],
    ['nul\u0000bell\u0007esc\u001B', 'nulbellesc'],
    ['<img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>'],
  ])('%j → %j', (input, expected) => {
    expect(displayText(input)).toBe(expected);
  });

  test.each([
    [MAX_TEXT - 1, MAX_TEXT - 1],
    [MAX_TEXT, MAX_TEXT],
    [MAX_TEXT + 1, MAX_TEXT + 1],
    [10_000, MAX_TEXT + 1],
  ])('a %i-character string is at most the cap plus an ellipsis (%i)', (length, shown) => {
    const out = displayText('x'.repeat(length));
    expect(out.length).toBe(Math.min(length, MAX_TEXT) + (length > MAX_TEXT ? 1 : 0));
    expect(out.length).toBeLessThanOrEqual(shown);
    expect(out.endsWith('…')).toBe(length > MAX_TEXT);
  });

  test('does not cut an emoji (surrogate pair) in half', () => {
    const out = displayText(`${'a'.repeat(4)}😀😀`, 5);
    expect(out).toBe('aaaa…');
    expect(out).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});

describe('httpUrl', () => {
  test.each([
    ['https://example.com/a?b=1', 'https://example.com/a?b=1'],
    ['http://example.com', 'http://example.com/'],
    ['  HTTPS://Example.com/x  ', 'https://example.com/x'],
    ['javascript:alert(1)', null],
    ['JavaScript:alert(1)', null],
    [' javascript:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['vbscript:msgbox', null],
    ['twitch.tv/illojuan', null],
    ['//evil.example', null],
    ['https://', null],
    ['', null],
    [null, null],
  ])('%j → %j', (input, expected) => {
    expect(httpUrl(input)).toBe(expected);
  });
});
