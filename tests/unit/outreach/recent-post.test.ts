import { describe, expect, test } from 'vitest';
import { pickRecentPost } from '../../../lib/outreach/recent-post';
import { count, post, reading } from './reading-builder';

const now = new Date('2026-05-20T12:00:00Z');
const day = (n: number) => new Date(now.getTime() - n * 86_400_000).toISOString();

describe('pickRecentPost: which post', () => {
  test.each([
    {
      what: 'the newest when no counts were read',
      posts: [post('old', { takenAt: day(9) }), post('new', { takenAt: day(2) })],
      id: 'new',
    },
    {
      what: 'page order when dates are missing',
      posts: [post('first'), post('second')],
      id: 'first',
    },
    {
      what: 'not a pinned post, however popular',
      posts: [
        post('pinned', { pinned: true, takenAt: day(1), likes: count(90_000) }),
        post('a', { takenAt: day(3), likes: count(100) }),
      ],
      id: 'a',
    },
    {
      what: 'not a paid partnership',
      posts: [
        post('ad', { paidPartnership: true, takenAt: day(1) }),
        post('a', { takenAt: day(3) }),
      ],
      id: 'a',
    },
    {
      what: 'the most engaging of the recent window',
      posts: [
        post('a', { takenAt: day(1), likes: count(100), comments: count(5) }),
        post('b', { takenAt: day(4), likes: count(400), comments: count(40) }),
        post('c', { takenAt: day(7), likes: count(120), comments: count(3) }),
      ],
      id: 'b',
    },
    {
      what: 'newest on an engagement tie',
      posts: [
        post('a', { takenAt: day(5), likes: count(100) }),
        post('b', { takenAt: day(2), likes: count(100) }),
      ],
      id: 'b',
    },
    {
      what: 'only within the window of the newest posts',
      posts: [
        ...['a', 'b', 'c', 'd', 'e', 'f'].map((id, i) =>
          post(id, { takenAt: day(i + 1), likes: count(100) }),
        ),
        post('viral-but-older', { takenAt: day(30), likes: count(50_000) }),
      ],
      id: 'a',
    },
    {
      what: 'not older than 120 days',
      posts: [
        post('ancient', { takenAt: day(200), likes: count(9000) }),
        post('a', { takenAt: day(100) }),
      ],
      id: 'a',
    },
    {
      what: "not another account's post",
      posts: [
        post('theirs', { author: 'someone.else', takenAt: day(1) }),
        post('mine', { takenAt: day(2) }),
      ],
      id: 'mine',
    },
    {
      what: 'not a post without a safe link',
      posts: [
        post('js', { url: 'javascript:alert(1)', takenAt: day(1) }),
        post('evil', { url: 'https://instagram.com.evil.example/p/x/', takenAt: day(1) }),
        post('http', { url: 'http://www.instagram.com/p/http/', takenAt: day(1) }),
        post('nourl', { url: null, takenAt: day(1) }),
        post('ok', { takenAt: day(2) }),
      ],
      id: 'ok',
    },
  ])('$what', ({ posts, id }) => {
    const pick = pickRecentPost(reading(posts), { now });
    expect(pick.post?.id).toBe(id);
  });

  test('resolves a relative post link against the page', () => {
    const pick = pickRecentPost(reading([post('rel', { url: '/p/rel/' })]), { now });
    expect(pick.post?.url).toBe('https://www.instagram.com/p/rel/');
  });

  test('accepts TikTok video links on a TikTok reading', () => {
    const video = post('7301', {
      url: 'https://www.tiktok.com/@jane.paints/video/7301',
      author: 'jane.paints',
    });
    const pick = pickRecentPost(
      reading([video], { platform: 'tiktok', url: 'https://www.tiktok.com/@jane.paints' }),
    );
    expect(pick.post?.url).toBe('https://www.tiktok.com/@jane.paints/video/7301');
  });

  test.each([
    [reading([]), 'no posts'],
    [reading([post('p', { pinned: true })]), 'no recent, unpinned'],
    [reading([post('p')], { status: 'private' }), 'not readable (private)'],
  ])('says why there is no post (%#)', (page, reason) => {
    const pick = pickRecentPost(page, { now });
    expect(pick.post).toBeNull();
    expect(pick.reason).toContain(reason);
  });
});

describe('pickRecentPost: what stood out', () => {
  const typical = (id: string, n: number) =>
    post(id, { takenAt: day(n + 2), likes: count(100), comments: count(10) });

  test.each([
    {
      what: 'caption excerpt and a like count well above the usual',
      chosen: {
        caption: 'Spring palette swatches with the new travel set! #watercolor @acme',
        likes: count(2400),
        comments: count(12),
      },
      excerpt: 'Spring palette swatches with the new travel set!',
      standout:
        '“Spring palette swatches with the new travel set!”, and it drew 2,400 likes, about 24× your usual',
    },
    {
      what: 'comments stand out more than likes',
      chosen: { caption: 'Which brush should I use next?', likes: count(160), comments: count(45) },
      excerpt: 'Which brush should I use next?',
      standout: '“Which brush should I use next?”, and it drew 45 comments, about 4.5× your usual',
    },
    {
      what: 'only the caption when the engagement is ordinary',
      chosen: {
        caption: 'First line only\nsecond line is not used',
        likes: count(120),
        comments: count(11),
      },
      excerpt: 'First line only',
      standout: '“First line only”',
    },
    {
      what: 'a rounded count is written as rounded',
      chosen: { caption: null, likes: count(12_300, false), comments: count(10) },
      excerpt: null,
      standout: 'it drew 12.3K likes, about 123× your usual',
    },
    {
      what: 'nothing when there is neither caption nor standout engagement',
      chosen: {
        caption: '#tags #only @and.mentions https://link.example',
        likes: count(110),
        comments: count(10),
      },
      excerpt: null,
      standout: null,
    },
    {
      what: 'hostile caption text is cleaned and capped',
      chosen: {
        caption: '\u202Egnp.exe\u202C <img src=x onerror=alert(1)> ' + 'long '.repeat(40),
        likes: count(110),
        comments: count(10),
      },
      excerpt: 'gnp.exe <img src=x onerror=alert(1)> long long long long…',
      standout: '“gnp.exe <img src=x onerror=alert(1)> long long long long…”',
    },
  ])('$what', ({ chosen, excerpt, standout }) => {
    const posts = [
      post('chosen', { takenAt: day(1), ...chosen }),
      typical('t1', 1),
      typical('t2', 2),
      typical('t3', 3),
    ];
    const pick = pickRecentPost(reading(posts), { now });
    expect(pick.post?.id).toBe('chosen');
    expect(pick.post?.excerpt).toBe(excerpt);
    expect(pick.post?.standout).toBe(standout);
  });

  test('no engagement comparison with fewer than two other posts', () => {
    const posts = [
      post('a', { takenAt: day(1), likes: count(5000), caption: 'Hello' }),
      post('b', { takenAt: day(2), likes: count(10) }),
    ];
    expect(pickRecentPost(reading(posts), { now }).post?.standout).toBe('“Hello”');
  });
});
