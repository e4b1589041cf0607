import { describe, expect, test } from 'vitest';
import { isPackedTable, packTable, unpackTable } from '../../../lib/store/table-codec';

const roundTrip = (rows: Record<string, unknown>[]) => {
  const packed = packTable(rows);
  return Array.isArray(packed) ? packed : unpackTable(JSON.parse(JSON.stringify(packed)));
};

describe('packTable / unpackTable', () => {
  test.each<[string, Record<string, unknown>[]]>([
    ['no rows', []],
    ['one row', [{ a: 1, b: 'x', c: null, d: true }]],
    ['integers going up and down', [{ n: 100 }, { n: 90 }, { n: 1_000_000 }, { n: 0 }]],
    ['nulls among integers', [{ n: 5 }, { n: null }, { n: 7 }, { n: null }]],
    [
      'ISO times on the minute',
      [{ at: '2026-01-01T00:00:00.000Z' }, { at: '2026-01-01T01:07:00.000Z' }, { at: null }],
    ],
    ['times not written by toISOString stay text', [{ at: '2026-01-01T00:00:00Z' }, { at: 'x' }]],
    [
      'strings with a common start',
      [{ u: 'https://www.instagram.com/p/A/' }, { u: 'https://www.instagram.com/reel/B/' }],
    ],
    ['a field absent in some rows, null in others', [{ a: 1 }, { a: null }, {}]],
    ['a field absent in every row but one', [{}, {}, { a: 'x' }]],
    ['booleans and mixed kinds', [{ v: true }, { v: 'two' }, { v: 3 }]],
    ['the same value in every row', [{ k: 'followers' }, { k: 'followers' }]],
  ])('%s come back unchanged', (_name, rows) => {
    expect(roundTrip(rows)).toEqual(rows);
  });

  test('fractions keep 0.01%, other non-integers 6 significant digits, times the minute (never the next hour)', () => {
    expect(roundTrip([{ r: 0.031234567891 }, { r: 1 / 3 }])).toEqual([
      { r: 0.0312 },
      { r: 0.3333 },
    ]);
    expect(roundTrip([{ x: 1.23456789 }, { x: 2 }])).toEqual([{ x: 1.23457 }, { x: 2 }]);
    expect(
      roundTrip([{ at: '2026-01-01T10:59:59.999Z' }, { at: '2026-01-02T10:00:30.500Z' }]),
    ).toEqual([{ at: '2026-01-01T10:59:00.000Z' }, { at: '2026-01-02T10:00:00.000Z' }]);
  });

  test('a column that repeats another column keeps only the rest', () => {
    const rows = [
      { id: 'Abc123', url: 'https://www.instagram.com/p/Abc123/' },
      { id: 'Def456', url: 'https://www.instagram.com/reel/Def456/' },
      { id: 'Ghi789', url: null },
    ];
    const packed = JSON.stringify(packTable(rows));
    expect(packed.match(/Abc123/g)).toHaveLength(1);
    expect(roundTrip(rows)).toEqual(rows);
  });

  test('booleans are one character each', () => {
    const rows = [{ b: true }, { b: false }, { b: null }, { b: false }];
    expect(packTable(rows)).toMatchObject({ cols: { b: { b: '10-0' } } });
    expect(roundTrip(rows)).toEqual(rows);
  });

  test('rows holding objects or arrays are kept as they are', () => {
    const rows = [{ a: [1] }, { a: { b: 2 } }];
    expect(packTable(rows)).toEqual(rows);
  });

  test('a packed table writes a field name once and a constant column once', () => {
    const rows = Array.from({ length: 50 }, (_, i) => ({
      at: new Date(Date.UTC(2026, 0, 1 + i, 18)).toISOString(),
      followers: 24_000 + i * 10,
      following: 415,
      likes: null,
    }));
    const packed = JSON.stringify(packTable(rows));
    expect(packed.match(/followers/g)).toHaveLength(1);
    expect(packed.length).toBeLessThan(JSON.stringify(rows).length / 5);
  });

  test('a damaged packed table gives the columns that fit and leaves the rest out', () => {
    const table = {
      packed: 1 as const,
      n: 2,
      cols: { a: { d: [1, 1] }, b: { s: ['x'] }, c: 'junk' as never },
    };
    expect(isPackedTable(table)).toBe(true);
    expect(unpackTable(table)).toEqual([{ a: 1 }, { a: 2 }]);
  });
});
