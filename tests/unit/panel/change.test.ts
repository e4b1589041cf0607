import { describe, expect, test } from 'vitest';
import type { Snapshot } from '../../../lib/model/snapshot';
import { changeSinceLastVisit } from '../../../lib/panel/change';

const snap = (at: string, over: Partial<Snapshot> = {}): Snapshot => ({
  at,
  followers: 10_000,
  following: 100,
  posts: 50,
  likes: null,
  engagementRate: 0.04,
  engagementBasis: 'followers',
  spamRatio: 0.1,
  ...over,
});
const NOW = '2026-03-10T12:30:00.000Z';

describe('change since the last visit', () => {
  test('first visit: nothing to compare', () => {
    expect(changeSinceLastVisit([], snap(NOW))).toBeNull();
  });

  test('a snapshot of the same clock hour is this visit, not the previous one', () => {
    expect(changeSinceLastVisit([snap('2026-03-10T12:00:00.000Z')], snap(NOW))).toBeNull();
  });

  test.each([
    // previous at, previous followers, now followers, followers delta, share
    ['2026-03-10T11:59:59.000Z', 10_000, 10_120, 120, 0.012],
    ['2026-03-07T12:30:00.000Z', 10_000, 9_950, -50, -0.005],
    ['2026-03-07T12:30:00.000Z', 10_000, 10_000, 0, 0],
  ])('previous visit %s: %i → %i followers', (at, before, after, delta, share) => {
    const c = changeSinceLastVisit(
      [snap(at, { followers: before })],
      snap(NOW, { followers: after }),
    )!;
    expect(c.followers).toBe(delta);
    expect(c.followersShare).toBeCloseTo(share, 10);
    expect(c.since).toBe(at);
  });

  test('the latest earlier snapshot is the one compared with, whatever the order', () => {
    const history = [
      snap('2026-03-09T08:00:00.000Z', { followers: 10_050 }),
      snap('2026-03-01T08:00:00.000Z', { followers: 9_000 }),
    ];
    const c = changeSinceLastVisit(history, snap(NOW, { followers: 10_100 }))!;
    expect(c.followers).toBe(50);
    expect(c.text).toBe(
      'Since your last visit 29 hours ago: followers +50 (+0.50%), engagement ±0 pt',
    );
  });

  test('engagement is compared only on the same basis', () => {
    const before = snap('2026-03-01T08:00:00.000Z', {
      engagementBasis: 'views',
      engagementRate: 0.1,
    });
    const c = changeSinceLastVisit([before], snap(NOW, { engagementRate: 0.05 }))!;
    expect(c.engagementRate).toBeNull();
    const same = changeSinceLastVisit(
      [snap('2026-03-01T08:00:00.000Z', { engagementRate: 0.03 })],
      snap(NOW, { engagementRate: 0.034 }),
    )!;
    expect(same.engagementRate).toBeCloseTo(0.004, 10);
    expect(same.text).toMatch(/engagement \+0\.40 pt$/);
  });

  test('unknown counts give no delta rather than a guess', () => {
    const c = changeSinceLastVisit(
      [snap('2026-03-01T08:00:00.000Z', { followers: null, engagementRate: null })],
      snap(NOW),
    )!;
    expect(c.followers).toBeNull();
    expect(c.engagementRate).toBeNull();
    expect(c.text).toMatch(/no comparable numbers$/);
  });

  test('snapshots with unparsable times are ignored', () => {
    expect(changeSinceLastVisit([snap('yesterday')], snap(NOW))).toBeNull();
  });
});
