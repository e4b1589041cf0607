import { describe, expect, test } from 'vitest';
import { buildReport } from '../../../lib/results/report';
import { ratioProblems } from '../../../lib/results/ratio-problems';

describe('ratioProblems', () => {
  test.each([
    [{ clicks: 12, conversions: 60 }, 1],
    [{ clicks: 0, conversions: 3 }, 1],
    [{ clicks: 60, conversions: 60 }, 0],
    [{ clicks: 1200, conversions: 60 }, 0],
    [{ clicks: null, conversions: 60 }, 0],
    [{ clicks: 12, conversions: null }, 0],
  ])('%j has %i problem(s)', (counts, n) => {
    expect(ratioProblems(counts)).toHaveLength(n);
  });

  test('the problem names both figures in words', () => {
    expect(ratioProblems({ clicks: 1200, conversions: 6000 })).toEqual([
      'more conversions (6,000) than clicks (1,200): the conversion rate is not a real rate; check both figures',
    ]);
  });

  test('a report flags the creator and the total, and keeps the others clean', () => {
    const row = (key: string, clicks: number, conversions: number) => ({
      key,
      handle: key,
      impressions: null,
      clicks,
      conversions,
      revenue: 100,
      spend: 10,
    });
    const report = buildReport([row('a', 12, 60), row('b', 1000, 10)]);
    expect(report.creators[0]!.cvr).toBe(5);
    expect(report.creators[0]!.problems).toHaveLength(1);
    expect(report.creators[1]!.problems).toEqual([]);
    expect(report.totals.problems).toEqual([]);
    const bad = buildReport([row('a', 12, 60), row('b', 10, 10)]);
    expect(bad.totals.problems).toEqual([
      expect.stringMatching(/^more conversions \(70\) than clicks \(22\)/),
    ]);
  });
});
