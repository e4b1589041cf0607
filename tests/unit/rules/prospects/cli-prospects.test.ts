import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { run } from '../../../../scripts/cli/prospects';
import { NotUsableError, UsageError } from '../../../../scripts/cli/usage-error';

const fx = (name: string) => fileURLToPath(new URL(`../../../fixtures/${name}`, import.meta.url));

interface Out {
  platform: string;
  page: string;
  tag: string | null;
  creators: { handle: string; seen: number; score: number; evidence: string[] }[];
}

async function json(argv: string[]): Promise<Out> {
  let out = '';
  vi.spyOn(console, 'log').mockImplementation((line: string) => {
    out += `${line}\n`;
  });
  await run([...argv, '--json']);
  return JSON.parse(out) as Out;
}

afterEach(() => vi.restoreAllMocks());

describe('scout prospects', () => {
  test('a real reel page and its next page of comments: commenters ranked, the creator left out', async () => {
    const url = 'https://www.instagram.com/reel/C10MvewSSYl/';
    const one = await json([fx('instagram/reel-logged-in-2024-03.html'), '--url', url]);
    const both = await json([
      fx('instagram/reel-logged-in-2024-03.html'),
      fx('instagram/comments-graphql-2024-03.json'),
      '--url',
      url,
    ]);
    expect(one).toMatchObject({ platform: 'instagram', page: 'post', tag: null });
    expect(one.creators.length).toBeGreaterThan(3);
    expect(both.creators.length).toBeGreaterThan(one.creators.length);
    expect(both.creators.map((c) => c.handle)).not.toContain('ninamukhar');
    const scores = both.creators.map((c) => c.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(both.creators[0]!.evidence[0]).toMatch(
      /^commented on @ninamukhar's post of \d{1,2} \w{3}: '/,
    );
  });

  test('--exclude leaves the brand out', async () => {
    const url = 'https://www.instagram.com/reel/C10MvewSSYl/';
    const all = await json([fx('instagram/reel-logged-in-2024-03.html'), '--url', url]);
    const top = all.creators[0]!.handle;
    const without = await json([
      fx('instagram/reel-logged-in-2024-03.html'),
      '--url',
      url,
      '--exclude',
      `@${top}`,
    ]);
    expect(without.creators.map((c) => c.handle)).not.toContain(top);
  });

  test('a TikTok tag response: authors with how many posts each has there', async () => {
    const out = await json([
      fx('tiktok/challenge-item-list-synthetic.json'),
      '--url',
      'https://www.tiktok.com/tag/slowfashion',
    ]);
    expect(out).toMatchObject({ platform: 'tiktok', page: 'hashtag', tag: 'slowfashion' });
    expect(out.creators.map((c) => [c.handle, c.seen])).toEqual([
      ['thrift.with.jo', 2],
      ['ecolena', 1],
      ['mendandwear', 1],
    ]);
    expect(out.creators[0]!.evidence).toEqual([
      'seen in top posts of #slowfashion, 2 posts in 1 visit',
    ]);
  });

  test('an Instagram hashtag page response', async () => {
    const out = await json([
      fx('instagram/tag-web-info-synthetic.json'),
      '--url',
      'https://www.instagram.com/explore/tags/slowfashion/',
    ]);
    expect(out.creators.slice(0, 2).map((c) => c.handle)).toEqual([
      'mara.thrifts',
      'slowstitch_studio',
    ]);
    expect(out.creators.map((c) => c.handle)).not.toContain('user84736251');
  });

  test.each([
    [[fx('tiktok/challenge-item-list-synthetic.json')], UsageError, /--url/],
    [['--url', 'https://www.tiktok.com/tag/x'], UsageError, /usage/],
    [
      [fx('tiktok/challenge-item-list-synthetic.json'), '--url', 'https://example.com/tag/x'],
      UsageError,
      /not an Instagram or TikTok/,
    ],
    [
      [fx('tiktok/challenge-item-list-synthetic.json'), '--url', 'https://www.tiktok.com/@ana'],
      UsageError,
      /not a post, video, hashtag/,
    ],
    [['/no/such/file.json', '--url', 'https://www.tiktok.com/tag/x'], UsageError, /no such file/],
    [
      [fx('tiktok/empty-shell-synthetic.html'), '--url', 'https://www.tiktok.com/tag/x'],
      NotUsableError,
      /couldn't read/,
    ],
    [
      [
        fx('instagram/login-wall-synthetic.html'),
        '--url',
        'https://www.instagram.com/p/CPeC-Eenc8l/',
      ],
      NotUsableError,
      /login-wall/,
    ],
  ])('bad input %# answers one clear line', async (argv, kind, message) => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const error = await run(argv as string[]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(kind);
    expect((error as Error).message).toMatch(message);
  });
});
