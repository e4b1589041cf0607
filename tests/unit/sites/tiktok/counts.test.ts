import { describe, expect, test } from 'vitest';
import {
  displayUnit,
  looksRounded,
  rawNumber,
  resolveCount,
  statsObs,
  textObs,
  textUnit,
  type Obs,
} from '../../../../lib/sites/tiktok/counts';

describe('looksRounded: an embedded count equal to its x.yK / x.yM display is not exact', () => {
  test.each([
    [0, false],
    [146, false],
    [2156, false],
    [9900, false], // shown in full below 10,000
    [10_000, true],
    [10_001, false],
    [25_500, true],
    [783_400, true],
    [783_427, false],
    [999_900, true],
    [1_000_000, true],
    [1_900_000, true],
    [1_950_000, false],
    [62_400_000, true],
    [2_600_000_000, true],
    [2_600_123_456, false],
  ])('%d → %s', (value, rounded) => {
    expect(looksRounded(value)).toBe(rounded);
  });

  test.each([
    [9_999, 1],
    [10_000, 100],
    [999_999, 100],
    [1_000_000, 1e5],
    [1e9, 1e8],
  ])('displayUnit(%d) = %d', (value, unit) => expect(displayUnit(value)).toBe(unit));
});

describe('textUnit: one unit of the last digit shown', () => {
  test.each([
    ['783.4K', 783_400, 100],
    ['3.9M', 3_900_000, 100_000],
    ['2M', 2_000_000, 1_000_000],
    ['12,3万', 123_000, 1_000],
    ['1,2 Mio.', 1_200_000, 100_000],
    ['146', 146, 1],
  ])('%s → %d', (text, value, unit) => expect(textUnit(text, value)).toBe(unit));
});

describe('rawNumber', () => {
  test.each([
    [783427, 783427],
    ['783427', 783427],
    [' 12 ', 12],
    [0, 0],
    [undefined, null],
    [null, null],
    ['', null],
    [-1694843840, 'invalid'],
    [1.5, 'invalid'],
    ['1.2M', 'invalid'],
    ['99999999999999999', 'invalid'],
    [{}, 'invalid'],
  ])('%j → %j', (raw, expected) => expect(rawNumber(raw)).toBe(expected));
});

const pair = (
  exact: Record<string, unknown> | undefined,
  rough: Record<string, unknown> | undefined,
) => ({
  exact,
  rough,
  exactPath: 'statsV2',
  roughPath: 'stats',
  source: 'embedded-json' as const,
});

describe('statsObs + resolveCount: statsV2 over stats, never a negative or wrapped number', () => {
  test.each([
    // [statsV2, stats, value, exact, conflicts]
    [{ followerCount: '783427' }, { followerCount: 783400 }, 783427, true, 0],
    [{ followerCount: '783400' }, { followerCount: 783400 }, 783400, false, 0],
    [{ followerCount: '146' }, { followerCount: 146 }, 146, true, 0],
    [undefined, { followerCount: 783400 }, 783400, false, 0],
    [undefined, { followerCount: 12345 }, 12345, true, 0],
    [{ followerCount: '500' }, { followerCount: 900 }, 500, true, 0],
  ])('statsV2 %j, stats %j → %d exact=%s', (v2, v1, value, exact, conflicts) => {
    const notes: string[] = [];
    const count = resolveCount(statsObs(pair(v2, v1), ['followerCount'], notes), 'none', notes);
    expect(count.value).toBe(value);
    expect(count.exact).toBe(exact);
    expect(count.source).toBe('embedded-json');
    expect(count.conflicts?.length ?? 0).toBe(conflicts);
  });

  test('a stats number that differs from statsV2 is noted, not shown', () => {
    const notes: string[] = [];
    const obs = statsObs(
      pair({ followerCount: '500' }, { followerCount: 900 }),
      ['followerCount'],
      notes,
    );
    expect(obs).toHaveLength(1);
    expect(resolveCount(obs, 'none', notes).detail).toBe(
      'statsV2.followerCount; stats.followerCount=900 discarded (differs from statsV2.followerCount)',
    );
  });

  test('negative heartCount (int32 overflow) is discarded, heart is kept', () => {
    const notes: string[] = [];
    const obs = statsObs(
      pair(undefined, { heartCount: -1694843840, heart: 2600123456 }),
      ['heartCount', 'heart'],
      notes,
    );
    const count = resolveCount(obs, 'none', notes);
    expect(count.value).toBe(2600123456);
    expect(count.detail).toContain('stats.heartCount=-1694843840 discarded');
  });

  test('a wrapped positive stats value under an exact statsV2 is dropped, not a conflict', () => {
    const notes: string[] = [];
    const obs = statsObs(
      pair({ heartCount: '4400000123' }, { heartCount: 105032827 }),
      ['heartCount'],
      notes,
    );
    const count = resolveCount(obs, 'none', notes);
    expect(count).toMatchObject({ value: 4400000123, exact: true });
    expect(count.conflicts).toBeUndefined();
    expect(count.detail).toContain('32-bit overflow');
  });

  test('a wrapped positive stats value without statsV2 loses to the rounded display above 2^31', () => {
    const notes: string[] = [];
    const obs: Obs[] = [
      ...statsObs(pair(undefined, { heartCount: 105032827 }), ['heartCount'], notes),
      textObs('4.4B', 'en', 'dom', '[data-e2e="likes-count"]')!,
    ];
    const count = resolveCount(obs, 'none', notes);
    expect(count).toMatchObject({ value: 4_400_000_000, exact: false, source: 'dom' });
    expect(count.detail).toContain('discarded (32-bit overflow)');
  });

  test('only negative values: null with the reason', () => {
    const notes: string[] = [];
    const count = resolveCount(
      statsObs(pair(undefined, { heartCount: -5 }), ['heartCount'], notes),
      'no likes',
      notes,
    );
    expect(count).toMatchObject({ value: null, source: null });
    expect(count.reason).toContain('no likes');
    expect(count.reason).toContain('stats.heartCount=-5 discarded');
  });
});

describe('resolveCount across rungs', () => {
  const o = (value: number, exact: boolean, source: Obs['source'], unit = 1): Obs => ({
    value,
    exact,
    source,
    detail: source,
    unit,
  });

  test('the exact one wins over a more structured rounded one; a consistent display is no conflict', () => {
    const count = resolveCount(
      [o(783400, false, 'embedded-json', 100), o(783427, true, 'network')],
      'none',
    );
    expect(count).toMatchObject({ value: 783427, exact: true, source: 'network' });
    expect(count.conflicts).toBeUndefined();
  });

  test('two exact sources that disagree: the first rung wins, the other is kept as a conflict', () => {
    const count = resolveCount([o(149, true, 'embedded-json'), o(150, true, 'dom')], 'none');
    expect(count).toMatchObject({ value: 149, exact: true, source: 'embedded-json' });
    expect(count.conflicts).toEqual([{ value: 150, exact: true, source: 'dom', detail: 'dom' }]);
  });

  test('a rounded display far from the exact value is a conflict', () => {
    const count = resolveCount(
      [o(1000, true, 'embedded-json'), o(2_000_000, false, 'meta', 1e6)],
      'none',
    );
    expect(count.conflicts).toHaveLength(1);
  });

  test('nothing observed: null with the reason, not zero', () => {
    expect(resolveCount([], 'not on this page')).toEqual({
      value: null,
      exact: false,
      source: null,
      reason: 'not on this page',
    });
  });
});
