import { describe, expect, test } from 'vitest';
import type { Deliverable } from '../../../lib/model/deliverable';
import type { PostFormat } from '../../../lib/model/reading';
import {
  deliverableFormats,
  type DeliveringCreator,
} from '../../../lib/rules/campaign/deliverable-formats';

let n = 0;
function d(
  format: PostFormat | null,
  likes: number | null,
  comments: number | null,
  more: { views?: number; shares?: number; read?: boolean } = {},
): Deliverable {
  return {
    postId: `D${++n}`,
    url: null,
    format,
    takenAt: '2026-03-01T10:00:00.000Z',
    addedAt: '2026-03-02T10:00:00.000Z',
    how: 'found',
    carries: ['code'],
    visits:
      more.read === false
        ? []
        : [
            { at: '2026-03-02T10:00:00.000Z', likes: 1, comments: 0, views: null, shares: null },
            {
              at: '2026-03-09T10:00:00.000Z',
              likes,
              comments,
              views: more.views ?? null,
              shares: more.shares ?? null,
            },
          ],
  };
}

const creator = (
  handle: string,
  followers: number | null,
  deliverables: Deliverable[],
  results: DeliveringCreator['results'] = null,
  platform: DeliveringCreator['platform'] = 'instagram',
): DeliveringCreator => ({ platform, handle, followers, deliverables, results });

const row = (rows: ReturnType<typeof deliverableFormats>[number]['rows'], f: PostFormat | null) =>
  rows.find((r) => r.format === f)!;

describe('campaign results by the deliverables’ format', () => {
  const splits = deliverableFormats(
    [
      // 10,000 followers: a video at 5%, a video not read yet; sells 30 for 1,200
      creator('ann', 10_000, [d('video', 480, 20), d('video', null, null, { read: false })], {
        conversions: 30,
        revenue: 1200,
      }),
      // 2,000 followers: a carousel at 10%; sells 10 for 300
      creator('bob', 2_000, [d('carousel', 190, 10)], { conversions: 10, revenue: 300 }),
      // a video at 2% and a carousel at 4%: mixed, its sales not split
      creator('cem', 5_000, [d('video', 100, 0), d('carousel', 200, 0)], {
        conversions: 7,
        revenue: 150,
      }),
      // format not read; no results entered
      creator('dee', 1_000, [d(null, 50, 0)]),
      // no deliverables: not counted anywhere
      creator('eve', 1_000, [], { conversions: 99, revenue: 9999 }),
      // TikTok apart, by views: (90 + 5 + 5) ÷ 1,000 = 10%
      creator('fay', 50_000, [d('carousel', 90, 5, { views: 1000, shares: 5 })], null, 'tiktok'),
    ],
    48,
  );

  test('one table per platform, on the platform’s basis', () => {
    expect(splits.map((s) => [s.platform, s.basis])).toEqual([
      ['instagram', 'followers'],
      ['tiktok', 'views'],
    ]);
  });

  test.each([
    // format, deliverables, creators, counted, rate, engagements, only-this-format, conversions, revenue
    ['video', 3, 2, 2, (0.05 + 0.02) / 2, 600, 1, 30, 1200],
    ['carousel', 2, 2, 2, (0.1 + 0.04) / 2, 400, 1, 10, 300],
    ['image', 0, 0, 0, null, 0, 0, null, null],
    [null, 1, 1, 1, 0.05, 50, 1, null, null],
  ] as const)('Instagram %s', (format, ...expected) => {
    const r = row(splits[0]!.rows, format);
    expect([
      r.deliverables,
      r.creators,
      r.counted,
      r.rate,
      r.engagements,
      r.onlyThisFormat,
      r.conversions,
      r.revenue,
    ]).toEqual(expected);
  });

  test('a creator with several formats has its sales summed apart, not split between them', () => {
    expect(splits[0]!.mixed).toEqual({ creators: 1, conversions: 7, revenue: 150 });
  });

  test('TikTok: shares count, by views; no row for unknown formats when there are none', () => {
    const tiktok = splits[1]!;
    expect(row(tiktok.rows, 'carousel').rate).toBeCloseTo(0.1, 10);
    expect(tiktok.rows.map((r) => r.format)).toEqual(['video', 'carousel', 'image']);
  });

  test('no deliverables at all: no table', () => {
    expect(deliverableFormats([creator('eve', 1_000, [])], 48)).toEqual([]);
  });
});
