import { describe, expect, test } from 'vitest';
import { Prospect } from '../../../../lib/model/prospects';
import { discoverRows, filterDiscover, placesOf } from '../../../../lib/prospects/discover';

const s = (
  place: string,
  at: string,
  page: 'hashtag' | 'search' | 'explore' | 'post' = 'hashtag',
) => ({
  at,
  page,
  place,
  postId: `${place}${at}`.slice(0, 40),
  quote: null,
});
const p = (
  handle: string,
  seenCount: number,
  sightings: ReturnType<typeof s>[],
  extra: Partial<Prospect> = {},
) =>
  Prospect.parse({
    platform: 'instagram',
    handle,
    status: 'seen',
    firstSeenAt: '2026-05-01T00:00:00Z',
    addedAt: null,
    vettedAt: null,
    verdict: null,
    seenCount,
    sightings,
    ...extra,
  });

describe('the Discover view', () => {
  const rows = discoverRows([
    p('mara', 4, [
      s('#slowfashion', '2026-05-03T10:00:00Z'),
      s('#ecofashion', '2026-05-02T10:00:00Z'),
      s('#slowfashion', '2026-05-01T10:00:00Z'),
    ]),
    p('bo', 4, [s('#slowfashion', '2026-05-03T09:00:00Z')]),
    p('cy', 1, [s('“thrift flip”', '2026-05-04T00:00:00Z', 'search')], { platform: 'tiktok' }),
    p('commenter', 3, [s('@brand', '2026-05-04T00:00:00Z', 'post')]),
    p('gone', 9, [s('#slowfashion', '2026-05-04T00:00:00Z')], { status: 'dismissed' }),
  ]);

  test('most posts, then most places; only hashtag/search/explore sightings; dismissed left out', () => {
    expect(rows.map((r) => r.handle)).toEqual(['mara', 'bo', 'cy']);
    expect(rows[0]!.evidence).toBe(
      'seen in top posts of #slowfashion and #ecofashion, 4 posts on 3 days',
    );
  });

  test.each([
    [{ platform: 'all', place: 'all' }, ['mara', 'bo', 'cy']],
    [{ platform: 'tiktok', place: 'all' }, ['cy']],
    [{ platform: 'all', place: '#ecofashion' }, ['mara']],
    [{ platform: 'instagram', place: '“thrift flip”' }, []],
  ] as const)('filter %j', (filter, handles) => {
    expect(filterDiscover(rows, filter).map((r) => r.handle)).toEqual(handles);
  });

  test('the tag filter offers every place seen', () => {
    expect(placesOf(rows)).toEqual(['#ecofashion', '#slowfashion', '“thrift flip”']);
  });
});
