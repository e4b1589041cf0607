import { describe, expect, test } from 'vitest';
import type { PageReading } from '../../../../lib/model/reading';
import { brandHandles, pageProspects, prospectInput } from '../../../../lib/prospects/on-page';
import type { PostComments } from '../../../../lib/rules/prospects/rank-commenters';

const none = { value: null, exact: false, source: null };
function post(id: string, creator: string, comments: [string, string, number][]): PageReading {
  return {
    platform: 'instagram',
    page: 'post',
    url: `https://www.instagram.com/p/${id}/`,
    handle: creator,
    status: 'ok',
    profile: null,
    posts: [
      {
        id,
        url: null,
        author: creator,
        takenAt: '2026-05-12T10:00:00Z',
        caption: null,
        hashtags: [],
        mentions: [],
        likes: none,
        comments: none,
        views: none,
        shares: none,
        saves: none,
        likesHidden: false,
        isVideo: false,
        format: null,
        pinned: false,
        paidPartnership: null,
        source: 'dom',
      },
    ],
    comments: comments.map(([author, text, likes], i) => ({
      id: `${id}-${i}`,
      postId: id,
      author,
      text,
      likes,
      createdAt: null,
      isCreatorReply: false,
      isReply: false,
      source: 'dom',
    })),
    missing: [],
    readAt: '2026-05-20T10:00:00Z',
  };
}

describe('the panel’s prospects', () => {
  test('across the posts opened in the tab: a regular rises, only this post’s commenters listed', () => {
    const opened = new Map<string, PostComments>();
    const first = post('AAAAA1', 'rival', [['ana', 'which linen is this dress made of?', 0]]);
    const second = post('BBBBB2', 'acme.paints', [
      ['bo', 'where can I buy the blue one in Berlin?', 3],
      ['ana', 'how does this wash after a few months?', 0],
      ['acmepaints', 'thanks for the love everyone here', 9],
    ]);
    expect(pageProspects(first, [], opened).map((p) => p.handle)).toEqual(['ana']);
    const ranked = pageProspects(
      second,
      brandHandles({ brief: { name: 'x', brand: 'Acme Paints' } }),
      opened,
    );
    expect(ranked.map((p) => p.handle)).toEqual(['ana', 'bo']);
    expect(ranked[0]!.evidence).toContain('commented on 2 of the posts you opened');
    expect(ranked[0]!.foundOn).toMatch(/^commented on @acme.paints's post/);
  });

  test('what is stored of a prospect fits the schema: the page kind, whose post, a short quote', () => {
    const reading = post('AAAAA1', 'rival', [['ana', 'x'.repeat(200), 0]]);
    const [p] = pageProspects(reading, []);
    const input = prospectInput(reading, p!, '2026-05-20T10:00:00Z');
    expect(input).toMatchObject({
      handle: 'ana',
      sighting: {
        page: 'post',
        place: '@rival',
        postId: 'AAAAA1',
        postedAt: '2026-05-12T10:00:00Z',
      },
    });
    expect([...input.sighting.quote!].length).toBeLessThanOrEqual(30);
  });
});
