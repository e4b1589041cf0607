import { describe, expect, test } from 'vitest';
import {
  asciiLetters,
  collisionSuffix,
  FALLBACK_NAME,
  makeDiscountCode,
  MAX_NAME_PART,
  SUFFIX_ALPHABET,
} from '../../../lib/outreach/discount-code';

describe('makeDiscountCode', () => {
  test.each([
    { displayName: 'Jane Doe', handle: 'janedoe', pct: 15, code: 'JANE15', basis: 'first-name' },
    { displayName: 'Zoë Martin', handle: 'zoe.m', pct: 10, code: 'ZOE10', basis: 'first-name' },
    {
      displayName: 'Łukasz Nowak',
      handle: 'lukasz',
      pct: 20,
      code: 'LUKASZ20',
      basis: 'first-name',
    },
    { displayName: 'Søren', handle: 'soren', pct: 5, code: 'SOREN5', basis: 'first-name' },
    { displayName: 'Jürgen Straße', handle: 'j', pct: 5, code: 'JURGEN5', basis: 'first-name' },
    {
      displayName: '🎨✨',
      handle: 'paint_with_jo',
      pct: 15,
      code: 'PAINTWITHJ15',
      basis: 'handle',
    },
    {
      displayName: '山田花子',
      handle: 'hanako.yamada',
      pct: 15,
      code: 'HANAKOYAMA15',
      basis: 'handle',
    },
    {
      displayName: 'JANE DOE',
      handle: '@jane_doe_99',
      pct: 15,
      code: 'JANEDOE15',
      basis: 'handle',
    },
    { displayName: '🎨', handle: '_123_', pct: 15, code: `${FALLBACK_NAME}15`, basis: 'fallback' },
    { displayName: 'Александра', handle: 'sasha', pct: 15, code: 'SASHA15', basis: 'handle' },
    { displayName: 'Jane', handle: 'jane', pct: null, code: 'JANE', basis: 'first-name' },
    { displayName: 'Jane', handle: 'jane', pct: 100, code: 'JANE100', basis: 'first-name' },
    {
      displayName: 'Maximilianopolous Alexandros',
      handle: 'max',
      pct: 20,
      code: `${'MAXIMILIANOPOLOUS'.slice(0, MAX_NAME_PART)}20`,
      basis: 'first-name',
    },
  ])('$displayName / $handle / $pct% → $code', ({ displayName, handle, pct, code, basis }) => {
    expect(makeDiscountCode({ displayName, handle, discountPct: pct }, [])).toEqual({
      code,
      basis,
    });
  });

  test('codes are ASCII upper-case letters followed by digits', () => {
    for (const displayName of ['Zoë', '🎨', 'Ωmega', 'x'.repeat(500), 'A\u0000B\u202Ec']) {
      const { code } = makeDiscountCode({ displayName, handle: 'h_1', discountPct: 15 }, []);
      expect(code).toMatch(/^[A-Z]{2,10}15$/);
    }
  });

  test.each([
    { existing: [], code: 'JANE15' },
    { existing: ['JANE15'], code: 'JANE15A' },
    { existing: ['jane15', ' Jane15A '], code: 'JANE15C' },
    { existing: ['JANE15', 'JANE15C'], code: 'JANE15A' },
    {
      existing: ['JANE15', ...Array.from(SUFFIX_ALPHABET, (ch) => `JANE15${ch}`)],
      code: 'JANE15AA',
    },
  ])('collision with $existing → $code', ({ existing, code }) => {
    expect(
      makeDiscountCode({ displayName: 'Jane Doe', handle: 'j', discountPct: 15 }, existing).code,
    ).toBe(code);
  });

  test('is deterministic and unique when codes are added one by one', () => {
    const existing: string[] = [];
    for (let i = 0; i < 50; i += 1) {
      const { code } = makeDiscountCode(
        { displayName: 'Jane', handle: 'jane', discountPct: 15 },
        existing,
      );
      expect(existing).not.toContain(code);
      existing.push(code);
    }
    const again: string[] = [];
    for (let i = 0; i < 50; i += 1) {
      again.push(
        makeDiscountCode({ displayName: 'Jane', handle: 'jane', discountPct: 15 }, again).code,
      );
    }
    expect(again).toEqual(existing);
  });

  test.each([0, -5, 7.5, 101, Number.NaN])('rejects a discount of %s', (pct) => {
    expect(() =>
      makeDiscountCode({ displayName: 'Jane', handle: 'j', discountPct: pct }, []),
    ).toThrow(RangeError);
  });
});

describe('collisionSuffix', () => {
  test('has no look-alike characters', () => {
    expect(SUFFIX_ALPHABET).not.toMatch(/[0-9BILOSZ]/);
    expect(new Set(SUFFIX_ALPHABET).size).toBe(SUFFIX_ALPHABET.length);
  });

  test.each([
    [0, 'A'],
    [1, 'C'],
    [19, 'Y'],
    [20, 'AA'],
    [21, 'AC'],
    [419, 'YY'],
    [420, 'AAA'],
  ])('%i → %s', (n, suffix) => {
    expect(collisionSuffix(n)).toBe(suffix);
  });
});

describe('asciiLetters', () => {
  test.each([
    ['Zoë', 'ZOE'],
    ['Ærø', 'AERO'],
    ['Œuvre', 'OEUVRE'],
    ['Þór', 'THOR'],
    ['straße', 'STRASSE'],
    ['İstanbul ılık', 'ISTANBULILIK'],
    ['ｊａｎｅ', 'JANE'],
    ['山田', ''],
    ['👩🏽‍🎨', ''],
  ])('%j → %j', (text, expected) => {
    expect(asciiLetters(text)).toBe(expected);
  });
});
