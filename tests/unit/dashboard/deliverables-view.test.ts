import { describe, expect, test } from 'vitest';
import { csvRow } from '../../../lib/dashboard/csv-rows';
import {
  deliverableFormatBars,
  deliverableFormatMethod,
  deliverablesView,
  howText,
  safePostHref,
  visitEngagements,
} from '../../../lib/dashboard/deliverables-view';
import { buildRows } from '../../../lib/dashboard/rows';
import type { Deliverable, DeliverableVisit } from '../../../lib/model/deliverable';
import { camp, entry, record, snap, T, tiers } from './build';

const visit = (
  at: string,
  likes: number | null,
  comments: number | null,
  extra: Partial<DeliverableVisit> = {},
): DeliverableVisit => ({ at, likes, comments, views: null, shares: null, ...extra });

const deliverable = (postId: string, patch: Partial<Deliverable> = {}): Deliverable => ({
  postId,
  url: `https://www.instagram.com/p/${postId}/`,
  format: 'video',
  takenAt: '2026-03-05T09:00:00.000Z',
  addedAt: '2026-03-06T10:00:00.000Z',
  how: 'found',
  carries: ['code'],
  visits: [],
  ...patch,
});

describe('deliverable words and links', () => {
  test.each([
    [{ how: 'by-hand', carries: [] }, 'Added by hand'],
    [{ how: 'found', carries: ['brand'] }, 'Found on a visit: the caption carries the brand'],
    [
      { how: 'found', carries: ['code', 'link', 'brand'] },
      'Found on a visit: the caption carries the discount code, tracked link and brand',
    ],
    [{ how: 'found', carries: [] }, 'Found on a visit'],
  ] as const)('%o → %s', (d, text) => {
    expect(howText({ how: d.how, carries: [...d.carries] })).toBe(text);
  });

  test.each([
    ['https://www.instagram.com/p/C1/', 'instagram', 'https://www.instagram.com/p/C1/'],
    ['https://www.tiktok.com/@a/video/1', 'instagram', null],
    ['http://www.instagram.com/p/C1/', 'instagram', null],
    ['javascript:alert(1)//www.instagram.com', 'instagram', null],
    ['https://evil.example/www.instagram.com/p/C1/', 'instagram', null],
    ['not a url', 'instagram', null],
    [null, 'tiktok', null],
  ] as const)('only an https address on the platform is a link: %s', (url, platform, href) => {
    expect(safePostHref(url, platform)).toBe(href);
  });

  test('engagements count shares only where the platform counts them, null when not read', () => {
    const v = visit(T, 100, 10, { shares: 5, views: 1000 });
    expect(visitEngagements(v, 'instagram')).toBe(110);
    expect(visitEngagements(v, 'tiktok')).toBe(115);
    expect(visitEngagements(visit(T, null, 10), 'tiktok')).toBeNull();
  });
});

describe('deliverablesView', () => {
  const ann = record('ann', {
    snapshots: [snap(T, 10_000, 0.03)],
    campaigns: [
      entry('c1', {
        deliverables: [
          deliverable('OLD', {
            takenAt: '2026-03-02T09:00:00.000Z',
            visits: [
              visit('2026-03-03T10:00:00.000Z', 100, 4),
              visit('2026-03-04T10:00:00.000Z', null, null, { views: 900 }),
              visit('2026-03-08T10:00:00.000Z', 300, 12),
            ],
          }),
          deliverable('NEW', { format: 'carousel', url: 'javascript:alert(1)' }),
        ],
        results: {
          impressions: null,
          clicks: null,
          conversions: 4,
          revenue: 200,
          paymentOverride: null,
          basis: 'hand',
          byBasis: [],
          updatedAt: T,
        },
      }),
      entry('c2', { deliverables: [deliverable('OTHER')] }),
    ],
  });
  const bob = record('bob', { campaigns: [entry('c1')] });
  const outsider = record('cem', { campaigns: [entry('c2')] });
  const view = deliverablesView({ id: 'c1' }, [ann, bob, outsider], 48);

  test('the campaign’s deliverables only, newest publishing date first', () => {
    expect(view.lines.map((l) => l.postId)).toEqual(['NEW', 'OLD']);
  });

  test('engagement over time leaves out the visits that did not read likes and comments', () => {
    const old = view.lines.find((l) => l.postId === 'OLD')!;
    expect(old.points).toEqual([
      { at: '2026-03-03T10:00:00.000Z', value: 104 },
      { at: '2026-03-08T10:00:00.000Z', value: 312 },
    ]);
    expect(old.latest?.likes).toBe(300);
    expect(old.visits).toHaveLength(3);
  });

  test('a hostile stored address is shown without a link', () => {
    expect(view.lines.find((l) => l.postId === 'NEW')!.href).toBeNull();
  });

  test('the campaign’s members for the add form, and who has not delivered', () => {
    expect(view.members.map((m) => m.label)).toEqual(['@ann', '@bob']);
    expect(view.waiting).toEqual(['@bob']);
  });

  test('results by format: mixed creators are not split, the chart has revenue apart', () => {
    const [split] = view.formats;
    expect(split!.mixed).toEqual({ creators: 1, conversions: 4, revenue: 200 });
    const bars = deliverableFormatBars(split!);
    // OLD's latest counts: (300 + 12) / 10,000
    expect(bars.rate).toEqual([{ label: 'Video / reel', value: 0.0312 }]);
    expect(bars.revenue).toEqual([{ label: 'Several formats', value: 200 }]);
    expect(deliverableFormatMethod(split!, 48)).toBe(
      'Engagement: (likes + comments) ÷ followers. 1 of 2 deliverables is not in the median (counts not read yet, or read under 48 h after publishing).',
    );
  });

  test('a campaign without creators has no members and no formats', () => {
    const empty = deliverablesView({ id: 'none' }, [ann], 48);
    expect(empty).toMatchObject({ lines: [], members: [], waiting: [], formats: [] });
  });
});

describe('CSV deliverable columns', () => {
  test('the row’s campaign entry gives the count, links, formats and latest engagements', () => {
    const ann = record('ann', {
      campaigns: [
        entry('a', {
          deliverables: [
            deliverable('C1', { visits: [visit(T, 100, 10)] }),
            deliverable('C2', { format: null, url: null }),
          ],
        }),
      ],
    });
    const [row] = buildRows([ann], [camp('a')], tiers, { kind: 'all' }, null);
    expect(csvRow(row!, new Map([['a', camp('a')]]))).toMatchObject({
      deliverables: 2,
      deliverableLinks: ['https://www.instagram.com/p/C1/', 'C2'],
      deliverableFormats: ['video', 'unknown'],
      deliverableEngagements: 110,
    });
  });

  test('a creator in no campaign has no deliverable count (empty, not zero)', () => {
    const [row] = buildRows([record('solo')], [], tiers, { kind: 'all' }, null);
    expect(csvRow(row!, new Map())).toMatchObject({
      deliverables: null,
      deliverableLinks: [],
      deliverableEngagements: null,
    });
  });
});
