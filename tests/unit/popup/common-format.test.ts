import { describe, expect, test } from 'vitest';
import { formatEngagement, formatFollowers, initialsOf } from '../../../components/common/format';

describe('initialsOf', () => {
  test.each([
    ['Jane Doe', 'janedoe', 'JD'],
    ['Jane', 'janedoe', 'J'],
    ['jane mary doe', 'x', 'JM'],
    ['🎨 Zoë Ångström', 'x', 'ZÅ'],
    ['山田 太郎', 'x', '山太'],
    [null, 'illojuan', 'I'],
    ['', '@pluto__travel', 'P'],
    ['   ', '_123_', '1'],
    ['🎨🎨', '___', '?'],
    ['<img src=x>', 'h', 'IS'],
  ])('%j / %j → %j', (name, handle, expected) => {
    expect(initialsOf(name, handle)).toBe(expected);
  });
});

describe('formatEngagement', () => {
  test.each([
    [0.042, 'followers', '4.2%', 'by followers'],
    [0.1447, 'single-post', '14.5%', 'one post'],
    [0.0062, 'views', '0.62%', 'by views'],
    [0, 'followers', '0.0%', 'by followers'],
    [null, 'views', '—', ''],
    [Number.NaN, 'views', '—', ''],
    [0.05, null, '5.0%', ''],
  ] as const)('%s on %s', (rate, basis, text, label) => {
    expect(formatEngagement(rate, basis)).toEqual({ rate: text, basis: label });
  });
});

describe('formatFollowers', () => {
  test.each([
    [0, true, '0'],
    [999, true, '999'],
    [1000, true, '1K'],
    [12_345, true, '12.3K'],
    [783_427, false, '≈783.4K'],
    [1_200_000, true, '1.2M'],
    [null, true, '—'],
  ] as const)('%s (exact %s) → %s', (value, exact, text) => {
    expect(formatFollowers(value, exact)).toBe(text);
  });
});
