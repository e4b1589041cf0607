import { describe, expect, test } from 'vitest';
import { topPerformers } from '../../../lib/dashboard/top-performers';
import type { Deliverable } from '../../../lib/model/deliverable';
import { T, camp, entry, record, result, snap, thresholds } from './build';

/** A deliverable read once, 3 days after publishing. */
const delivered = (id: string, likes: number, comments: number): Deliverable => ({
  postId: id,
  url: `https://www.instagram.com/p/${id}/`,
  format: 'video',
  takenAt: '2026-03-01T10:00:00.000Z',
  addedAt: '2026-03-02T10:00:00.000Z',
  how: 'found',
  carries: ['code'],
  visits: [{ at: '2026-03-04T10:00:00.000Z', likes, comments, views: null, shares: null }],
});

const member = (handle: string, followers: number, patch: Parameters<typeof entry>[1] = {}) =>
  record(handle, { snapshots: [snap(T, followers, 0.03)], campaigns: [entry('c1', patch)] });

describe('top performers', () => {
  test('with results: the results’ top group, best ROAS first; one losing money never listed', () => {
    const top = topPerformers(
      [
        // $500 + 5% hybrid: ann pays $800 on $6,000 (ROAS 7.5), bob $550 on $1,000 (1.8)
        member('ann', 10_000, { results: result(60, 6000) }),
        member('bob', 10_000, { results: result(10, 1000) }),
        member('cem', 10_000, { results: result(30, 300) }),
        member('dee', 10_000),
      ],
      camp('c1'),
      thresholds,
    );
    expect(top.by).toBe('results');
    expect(top.performers.map((p) => [p.handle, p.conversions])).toEqual([['ann', 60]]);
    expect(top.performers[0]!.roas).toBeCloseTo(7.5);
  });

  test('without results: deliverables’ engagement, at or above the median creator, per platform', () => {
    const top = topPerformers(
      [
        member('ann', 10_000, { deliverables: [delivered('A1', 500, 20)] }), // 5.2%
        member('bob', 10_000, { deliverables: [delivered('B1', 200, 0), delivered('B2', 400, 0)] }), // 3%
        member('cem', 10_000, { deliverables: [delivered('C1', 90, 10)] }), // 1%
        member('dee', 10_000),
        {
          ...member('tik', 10_000, { deliverables: [delivered('T1', 50, 0)] }),
          platform: 'tiktok' as const,
        },
      ],
      camp('c1'),
      thresholds,
    );
    expect(top.by).toBe('engagement');
    expect(top.performers.map((p) => [p.platform, p.handle, p.deliverables])).toEqual([
      ['instagram', 'ann', 1],
      ['instagram', 'bob', 2],
    ]);
    expect(top.performers.map((p) => p.rate)).toEqual([0.052, 0.03]);
    expect(top.performers[0]!.median).toBe(0.03);
    // TikTok rates by views: no views read, no rate, not listed.
    expect(top.performers.some((p) => p.platform === 'tiktok')).toBe(false);
  });

  test('results without any ROAS (no offer) fall back to engagement', () => {
    const top = topPerformers(
      [member('ann', 10_000, { results: result(5, 500), deliverables: [delivered('A1', 300, 0)] })],
      camp('c1', null),
      thresholds,
    );
    expect(top).toMatchObject({ by: 'engagement', performers: [{ handle: 'ann', rate: 0.03 }] });
  });

  test('nothing to rank by: none, not a guess; other campaigns’ members never listed', () => {
    expect(
      topPerformers(
        [
          member('ann', 10_000),
          record('zed', { campaigns: [entry('c2', { results: result(60, 6000) })] }),
        ],
        camp('c1'),
        thresholds,
      ),
    ).toEqual({ by: 'none', performers: [] });
  });
});
