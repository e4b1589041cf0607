import { describe, expect, test } from 'vitest';
import type { Snapshot } from '../../../lib/model/snapshot';
import { changeSinceLastVisit, MAX_SNAPSHOTS, mergeSnapshot } from '../../../lib/store/snapshots';
import { snapshot } from './helpers';

const HOUR = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();
const T0 = Date.parse('2026-03-01T10:00:00.000Z');
const merged = (times: string[]) =>
  times.reduce<Snapshot[]>((history, at, i) => mergeSnapshot(history, snapshot(at, 1000 + i)), []);

describe('mergeSnapshot: at most one snapshot per creator per clock hour', () => {
  test.each([
    ['two visits in the same hour', ['2026-03-01T10:00:00Z', '2026-03-01T10:59:59Z'], 1],
    ['either side of the hour', ['2026-03-01T10:59:59Z', '2026-03-01T11:00:00Z'], 2],
    [
      'three in one hour',
      ['2026-03-01T10:01:00Z', '2026-03-01T10:30:00Z', '2026-03-01T10:45:00Z'],
      1,
    ],
    ['an hour apart', ['2026-03-01T10:30:00Z', '2026-03-01T11:30:00Z'], 2],
    ['the same hour a day later', ['2026-03-01T10:00:00Z', '2026-03-02T10:00:00Z'], 2],
    [
      'an offset time in the same UTC hour',
      ['2026-03-01T10:10:00Z', '2026-03-01T12:20:00+02:00'],
      1,
    ],
  ])('%s → %i', (_name, times, expected) => {
    expect(merged(times)).toHaveLength(expected);
  });

  test('the later visit in an hour replaces that hour’s snapshot', () => {
    const history = merged([
      '2026-03-01T09:00:00Z',
      '2026-03-01T10:05:00Z',
      '2026-03-01T10:50:00Z',
    ]);
    expect(history.map((s) => [s.at, s.followers])).toEqual([
      ['2026-03-01T09:00:00Z', 1000],
      ['2026-03-01T10:50:00Z', 1002],
    ]);
  });

  test('keeps history oldest first whatever order visits arrive in', () => {
    const history = merged([
      '2026-03-03T10:00:00Z',
      '2026-03-01T10:00:00Z',
      '2026-03-02T10:00:00Z',
    ]);
    expect(history.map((s) => s.at.slice(0, 10))).toEqual([
      '2026-03-01',
      '2026-03-02',
      '2026-03-03',
    ]);
  });
});

describe('the history cap', () => {
  test.each([MAX_SNAPSHOTS - 1, MAX_SNAPSHOTS, MAX_SNAPSHOTS + 1, 3 * MAX_SNAPSHOTS])(
    '%i hourly visits keep at most the cap, the first as baseline and the newest',
    (visits) => {
      const times = Array.from({ length: visits }, (_, i) => iso(T0 + i * HOUR));
      const history = merged(times);
      expect(history).toHaveLength(Math.min(visits, MAX_SNAPSHOTS));
      expect(history[0]!.at).toBe(times[0]);
      expect(history.at(-1)!.at).toBe(times.at(-1));
      expect(history.slice(1).map((s) => s.at)).toEqual(times.slice(-(history.length - 1)));
    },
  );

  test('over the cap, visits older than a week are thinned to the last of each day first', () => {
    // 30 days with three visits a day (90 snapshots), then the cap applies.
    const times = Array.from({ length: 30 }, (_, day) =>
      [8, 13, 20].map((h) => iso(T0 + day * 24 * HOUR + (h - 10) * HOUR)),
    ).flat();
    const history = merged(times);
    expect(history.length).toBeLessThanOrEqual(MAX_SNAPSHOTS);
    const week = Date.parse(times.at(-1)!) - 7 * 24 * HOUR;
    const old = history.slice(1).filter((s) => Date.parse(s.at) < week);
    expect(old.length).toBeGreaterThan(15);
    const days = old.map((s) => s.at.slice(0, 10));
    expect(new Set(days).size).toBe(days.length);
    expect(old.every((s) => s.at.slice(11, 13) === '20')).toBe(true);
    // The last week keeps every visit.
    expect(history.filter((s) => Date.parse(s.at) >= week + 24 * HOUR).length).toBe(
      times.filter((t) => Date.parse(t) >= week + 24 * HOUR).length,
    );
  });
});

describe('changeSinceLastVisit', () => {
  test('compares the last two snapshots', () => {
    const history = [
      snapshot('2026-03-01T10:00:00Z', 10_000),
      snapshot('2026-03-03T10:00:00Z', 11_000),
    ];
    expect(changeSinceLastVisit(history)).toEqual({
      from: '2026-03-01T10:00:00Z',
      to: '2026-03-03T10:00:00Z',
      hours: 48,
      followers: 1000,
      followersShare: 0.1,
      engagementRate: 0,
      spamRatio: 0,
    });
  });

  test.each([[[]], [[snapshot('2026-03-01T10:00:00Z')]]])(
    'is null with fewer than two (%j)',
    (history) => {
      expect(changeSinceLastVisit(history)).toBeNull();
    },
  );

  test('does not compare engagement rates on different bases, nor missing counts', () => {
    const before = {
      ...snapshot('2026-03-01T10:00:00Z'),
      engagementBasis: 'views' as const,
      followers: null,
    };
    const change = changeSinceLastVisit([before, snapshot('2026-03-02T10:00:00Z')]);
    expect(change?.engagementRate).toBeNull();
    expect(change?.followers).toBeNull();
    expect(change?.followersShare).toBeNull();
  });

  test('a zero follower count gives no share rather than Infinity', () => {
    const change = changeSinceLastVisit([
      snapshot('2026-03-01T10:00:00Z', 0),
      snapshot('2026-03-02T10:00:00Z', 5),
    ]);
    expect(change?.followers).toBe(5);
    expect(change?.followersShare).toBeNull();
  });
});
