import { describe, expect, test } from 'vitest';
import { ENGLISH } from '../../../lib/i18n/english';
import { saidText } from '../../../lib/i18n/said';
import { defaultRuleSettings } from '../../../lib/model/settings';
import type { Snapshot } from '../../../lib/model/snapshot';
import { computeGrowth } from '../../../lib/rules/growth/growth';
import { daysAgo, NOW } from './build';

const t = defaultRuleSettings.thresholds;
const snap = (days: number, followers: number | null, over: Partial<Snapshot> = {}): Snapshot => ({
  at: daysAgo(days),
  followers,
  following: 300,
  posts: 100,
  likes: null,
  engagementRate: 0.03,
  engagementBasis: 'followers',
  spamRatio: 0.05,
  topPostViews: null,
  ...over,
});
const ids = (g: ReturnType<typeof computeGrowth>) => g.findings.map((f) => `${f.id}:${f.severity}`);

describe('growth between visits', () => {
  test('first visit: nothing to compare', () => {
    const g = computeGrowth([], snap(0, 20_000), t);
    expect(g.findings).toEqual([]);
    expect(g.message).toContain('first visit');
  });

  test('followers per day between snapshots, history in any order', () => {
    const g = computeGrowth([snap(10, 20_000), snap(20, 19_000)], snap(0, 20_500), t);
    expect(g.intervals.map((i) => i.followersPerDay)).toEqual([100, 50]);
    expect(g.findings).toEqual([]);
  });

  test('a missing count gives a null pace, not a guess', () => {
    const g = computeGrowth([snap(10, null)], snap(0, 20_000), t);
    expect(g.intervals[0]!.followersPerDay).toBeNull();
  });

  test.each([
    // [history, current, expected findings]
    ['steady growth', [snap(30, 20_000), snap(20, 20_300), snap(10, 20_600)], snap(0, 20_900), []],
    [
      'stair-step without a viral post',
      [snap(30, 20_000), snap(20, 20_300), snap(10, 20_600)],
      snap(0, 30_000),
      ['follower-spike:medium'],
    ],
    [
      'stair-step explained by a viral post',
      [snap(30, 20_000), snap(20, 20_300), snap(10, 20_600)],
      snap(0, 30_000, { topPostViews: 2_000_000 }),
      ['follower-spike:info'],
    ],
    ['over 5K a day', [snap(1, 500_000)], snap(0, 506_000), ['follower-spike:medium']],
    [
      'steady decline',
      [snap(30, 20_000), snap(15, 19_700)],
      snap(0, 19_500),
      ['follower-decline:medium'],
    ],
    ['a 1% dip is not a decline', [snap(30, 20_000)], snap(0, 19_800), []],
    [
      'engagement halves in 2–3 weeks',
      [snap(18, 20_000, { engagementRate: 0.04 })],
      snap(0, 20_000, { engagementRate: 0.02 }),
      ['engagement-drop:medium'],
    ],
    [
      'engagement down 49%',
      [snap(18, 20_000, { engagementRate: 0.04 })],
      snap(0, 20_000, { engagementRate: 0.0204 }),
      [],
    ],
    [
      'engagement drop over 2 months is out of the window',
      [snap(60, 20_000, { engagementRate: 0.04 })],
      snap(0, 20_000, { engagementRate: 0.01 }),
      [],
    ],
    [
      'different basis is not compared',
      [snap(18, 20_000, { engagementRate: 0.2, engagementBasis: 'views' })],
      snap(0, 20_000, { engagementRate: 0.02 }),
      [],
    ],
  ])('%s', (_name, history, current, expected) => {
    const g = computeGrowth(history as Snapshot[], current as Snapshot, t);
    expect(ids(g)).toEqual(expected);
    for (const f of g.findings) expect(f.snapshots.length).toBeGreaterThanOrEqual(2);
  });

  test('snapshots at or after "now" are ignored', () => {
    const g = computeGrowth([snap(-1, 99_999)], { ...snap(0, 20_000), at: NOW.toISOString() }, t);
    expect(g.snapshots).toBe(1);
  });
});

describe('growth findings in the UI language', () => {
  test('each finding carries a message that says, through the English file, exactly its words', () => {
    const findings = [
      computeGrowth([snap(30, 20_000), snap(20, 20_300), snap(10, 20_600)], snap(0, 30_000), t),
      computeGrowth(
        [snap(30, 20_000), snap(20, 20_300), snap(10, 20_600)],
        snap(0, 30_000, { topPostViews: 2_000_000 }),
        t,
      ),
      computeGrowth([snap(30, 20_000), snap(15, 19_700)], snap(0, 19_500), t),
      computeGrowth(
        [snap(20, 20_000, { engagementRate: 0.05 })],
        snap(0, 20_000, { engagementRate: 0.02 }),
        t,
      ),
    ].flatMap((g) => g.findings);
    expect(new Set(findings.map((f) => f.said?.key))).toEqual(
      new Set(['growthSpike', 'growthSpikeViral', 'growthDecline', 'growthEngagementDrop']),
    );
    for (const f of findings) {
      expect(Object.hasOwn(ENGLISH, f.said!.key)).toBe(true);
      expect(saidText(f.said, f.message)).toBe(f.message);
    }
  });
});
