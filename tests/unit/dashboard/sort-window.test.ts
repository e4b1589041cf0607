import { describe, expect, test } from 'vitest';
import { nextSort, sortRows } from '../../../lib/dashboard/sort';
import { rowWindow } from '../../../lib/dashboard/virtual-window';
import type { CreatorRow } from '../../../lib/dashboard/rows';

const row = (
  handle: string,
  followers: number | null,
  extra: Partial<CreatorRow> = {},
): CreatorRow => ({
  id: `instagram:${handle}`,
  platform: 'instagram',
  handle,
  displayName: null,
  profileUrl: '',
  followers,
  followersExact: true,
  tier: null,
  engagementRate: null,
  engagementBasis: null,
  spamRatio: null,
  spamComments: null,
  spamTooFew: false,
  audienceFit: null,
  verdict: null,
  entry: null,
  status: 'seen',
  campaignName: null,
  code: null,
  link: null,
  affiliateLink: null,
  lastVisit: null,
  firstSeen: null,
  log: [],
  emails: [],
  contactLinks: [],
  tags: [],
  recent: { since: '2026-01-01', campaigns: 0, deliverables: 0 },
  ...extra,
});

describe('sortRows', () => {
  const rows = [row('b', 10), row('a', null), row('c', 30), row('d', 10)];
  test.each([
    ['asc', ['b', 'd', 'c', 'a']],
    ['desc', ['c', 'b', 'd', 'a']],
  ] as const)('followers %s: unknown last, ties by id', (direction, order) => {
    expect(sortRows(rows, { column: 'followers', direction }).map((r) => r.handle)).toEqual(order);
  });

  test.each([
    ['desc', ['ig-high', 'ig-low', 'tt-high', 'tt-low', 'none']],
    ['asc', ['ig-low', 'ig-high', 'tt-low', 'tt-high', 'none']],
  ] as const)(
    'engagement %s: by-followers and by-views rates are sorted each within their basis, never interleaved',
    (direction, order) => {
      const mixed = [
        row('tt-high', 1, { engagementRate: 0.145, engagementBasis: 'views' }),
        row('ig-low', 1, { engagementRate: 0.01, engagementBasis: 'followers' }),
        row('none', 1),
        row('tt-low', 1, { engagementRate: 0.02, engagementBasis: 'views' }),
        row('ig-high', 1, { engagementRate: 0.05, engagementBasis: 'followers' }),
      ];
      expect(sortRows(mixed, { column: 'engagement', direction }).map((r) => r.handle)).toEqual(
        order,
      );
    },
  );

  test('handles sort as text, case-insensitively and with numbers in order', () => {
    const named = [row('b2', 1), row('B10', 1), row('a', 1)];
    expect(sortRows(named, { column: 'handle', direction: 'asc' }).map((r) => r.handle)).toEqual([
      'a',
      'b2',
      'B10',
    ]);
  });

  test('status follows the pipeline, not the alphabet', () => {
    const staged = [
      row('x', 1, { status: 'signed' }),
      row('y', 1, { status: 'contacted' }),
      row('z', 1, { status: 'seen' }),
    ];
    expect(sortRows(staged, { column: 'status', direction: 'asc' }).map((r) => r.handle)).toEqual([
      'z',
      'y',
      'x',
    ]);
  });

  test('the input is not changed and the order does not depend on it', () => {
    const copy = [...rows];
    const a = sortRows(rows, { column: 'followers', direction: 'desc' });
    const b = sortRows([...rows].reverse(), { column: 'followers', direction: 'desc' });
    expect(rows).toEqual(copy);
    expect(a).toEqual(b);
  });

  test.each([
    [{ column: 'handle', direction: 'asc' }, 'handle', 'desc'],
    [{ column: 'handle', direction: 'desc' }, 'handle', 'asc'],
    [{ column: 'handle', direction: 'asc' }, 'followers', 'desc'],
    [{ column: 'followers', direction: 'desc' }, 'platform', 'asc'],
  ] as const)('nextSort(%o, %s) -> %s', (current, column, direction) => {
    expect(nextSort(current, column)).toEqual({ column, direction });
  });
});

describe('rowWindow', () => {
  test.each([
    // total, scrollTop, viewport → start, end, padTop, padBottom (row height 40, overscan 5)
    [0, 0, 400, 0, 0, 0, 0],
    [3, 0, 400, 0, 3, 0, 0],
    [10_000, 0, 400, 0, 15, 0, (10_000 - 15) * 40],
    [10_000, 4000, 400, 95, 115, 95 * 40, (10_000 - 115) * 40],
    [10_000, 4020, 400, 95, 116, 95 * 40, (10_000 - 116) * 40],
    // Scrolled past the end (the list shrank): clamped to the last page.
    [100, 1_000_000, 400, 85, 100, 85 * 40, 0],
    [10_000, -50, 400, 0, 15, 0, (10_000 - 15) * 40],
  ])(
    'total %i, scrollTop %i, viewport %i',
    (total, scrollTop, viewportHeight, start, end, padTop, padBottom) => {
      expect(rowWindow({ total, rowHeight: 40, scrollTop, viewportHeight })).toEqual({
        start,
        end,
        padTop,
        padBottom,
      });
    },
  );

  test('the rendered rows never grow with the total', () => {
    for (const total of [10, 1_000, 100_000]) {
      const w = rowWindow({ total, rowHeight: 40, scrollTop: 0, viewportHeight: 560 });
      expect(w.end - w.start).toBeLessThanOrEqual(Math.min(total, 19));
      expect(w.padTop + (w.end - w.start) * 40 + w.padBottom).toBe(total * 40);
    }
  });
});
