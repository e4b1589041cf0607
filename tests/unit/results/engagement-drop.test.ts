import { describe, expect, test } from 'vitest';
import type { Snapshot } from '../../../lib/model/snapshot';
import { engagementDrop } from '../../../lib/results/engagement-drop';

const start = Date.parse('2026-03-01T10:00:00Z');

/** A visit `day` days after March 1st with an engagement rate. */
function visit(
  day: number,
  engagementRate: number | null,
  engagementBasis: Snapshot['engagementBasis'] = 'followers',
): Snapshot {
  return {
    at: new Date(start + day * 86_400_000).toISOString(),
    followers: 24_000,
    following: 400,
    posts: 310,
    likes: null,
    engagementRate,
    engagementBasis,
    spamRatio: 0.05,
  };
}

const days = (snapshots: Snapshot[]) =>
  snapshots.map((s) => Math.round((Date.parse(s.at) - start) / 86_400_000));

describe('engagementDrop', () => {
  test.each<[string, [number, number | null][], boolean, string, number | null]>([
    [
      'exactly 50% over 14 days alerts',
      [
        [0, 0.04],
        [14, 0.02],
      ],
      true,
      'drop',
      0.5,
    ],
    [
      'just under 50% does not',
      [
        [0, 0.04],
        [14, 0.0201],
      ],
      false,
      'no-drop',
      0.4975,
    ],
    [
      '60% over 21 days alerts',
      [
        [0, 0.05],
        [21, 0.02],
      ],
      true,
      'drop',
      0.6,
    ],
    [
      'a rise is a negative drop',
      [
        [0, 0.02],
        [14, 0.03],
      ],
      false,
      'no-drop',
      -0.5,
    ],
    [
      'a drop over 13 days is too soon to say',
      [
        [0, 0.04],
        [13, 0.01],
      ],
      false,
      'no-reference',
      null,
    ],
    [
      'a drop over 22 days is outside 2–3 weeks',
      [
        [0, 0.04],
        [22, 0.01],
      ],
      false,
      'no-reference',
      null,
    ],
    [
      '13.5 days rounds to 14',
      [
        [0, 0.04],
        [13.5, 0.01],
      ],
      true,
      'drop',
      0.75,
    ],
    [
      '21.49 days rounds to 21',
      [
        [0, 0.04],
        [21.49, 0.01],
      ],
      true,
      'drop',
      0.75,
    ],
    [
      '21.5 days rounds to 22',
      [
        [0, 0.04],
        [21.5, 0.01],
      ],
      false,
      'no-reference',
      null,
    ],
    ['a single visit', [[0, 0.04]], false, 'no-reference', null],
    ['no visits', [], false, 'no-engagement-rate', null],
    [
      'no rates at all',
      [
        [0, null],
        [14, null],
      ],
      false,
      'no-engagement-rate',
      null,
    ],
    [
      'a reference of 0',
      [
        [0, 0],
        [14, 0],
      ],
      false,
      'zero-reference',
      null,
    ],
    [
      'a fall to 0',
      [
        [0, 0.03],
        [15, 0],
      ],
      true,
      'drop',
      1,
    ],
    [
      'the latest visit without a rate is skipped',
      [
        [0, 0.04],
        [14, 0.015],
        [16, null],
      ],
      true,
      'drop',
      0.625,
    ],
  ])('%s', (_name, visits, alert, reason, drop) => {
    const result = engagementDrop(visits.map(([day, rate]) => visit(day, rate)));
    expect(result.alert).toBe(alert);
    expect(result.reason).toBe(reason);
    if (drop === null) expect(result.drop).toBeNull();
    else expect(result.drop).toBeCloseTo(drop, 10);
  });

  test('compares with the highest rate 14–21 days back and returns every visit since', () => {
    const history = [
      visit(0, 0.05),
      visit(3, 0.045),
      visit(7, 0.03),
      visit(10, 0.028),
      visit(24, 0.02),
    ];
    const result = engagementDrop(history);
    // Days 3, 7 and 10 are 14–21 days before day 24; day 3 has the highest rate.
    expect(result).toMatchObject({ alert: true, reason: 'drop', from: history[1], to: history[4] });
    expect(result.drop).toBeCloseTo(1 - 0.02 / 0.045);
    expect(days(result.snapshots)).toEqual([3, 7, 10, 24]);
  });

  test('reads visits in any order', () => {
    const result = engagementDrop([visit(14, 0.01), visit(0, 0.04), visit(7, 0.03)]);
    expect(result.alert).toBe(true);
    expect(days(result.snapshots)).toEqual([0, 7, 14]);
  });

  test('never compares rates of different bases', () => {
    const history = [visit(0, 0.12, 'views'), visit(14, 0.012, 'followers')];
    expect(engagementDrop(history)).toMatchObject({ alert: false, reason: 'no-reference' });
    const mixed = [
      visit(0, 0.04, 'followers'),
      visit(1, 0.5, 'views'),
      visit(14, 0.019, 'followers'),
    ];
    expect(engagementDrop(mixed)).toMatchObject({ alert: true, from: mixed[0] });
    expect(days(engagementDrop(mixed).snapshots)).toEqual([0, 14]);
  });

  test('ignores visits with an unreadable time', () => {
    const bad = { ...visit(0, 0.9), at: 'yesterday' };
    expect(engagementDrop([bad, visit(1, 0.04), visit(15, 0.03)])).toMatchObject({
      alert: false,
      reason: 'no-drop',
    });
  });

  test.each([
    [
      'since the campaign start: an earlier reference is ignored',
      { since: '2026-03-05T00:00:00Z' },
      false,
      'no-reference',
    ],
    ['a lower threshold', { minDrop: 0.3 }, true, 'drop'],
    ['a wider window', { minDays: 10, maxDays: 30 }, true, 'drop'],
  ])('%s', (_name, options, alert, reason) => {
    const history = [visit(0, 0.04), visit(18, 0.026)];
    const wider = [visit(0, 0.04), visit(28, 0.01)];
    const input = 'maxDays' in options ? wider : history;
    expect(engagementDrop(input, options)).toMatchObject({ alert, reason });
  });
});
