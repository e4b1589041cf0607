import { beforeAll, describe, expect, test } from 'vitest';
import { inputFolder, scout, type Outcome } from './run-scout';

/** `scout audience` run as the user runs it (a subprocess through tsx), all cases at once. */

const IG1 = 'tests/fixtures/instagram/friendships-followers-synthetic.json';
const IG2 = 'tests/fixtures/instagram/friendships-followers-page2-synthetic.json';
const TT = 'tests/fixtures/tiktok/user-list-synthetic.json';
const IG_URL = 'https://www.instagram.com/paintwithana/';
const NASA = 'https://www.instagram.com/nasa/';
const { file } = inputFolder('scout-audience-');
const brief = file(
  'brief.json',
  JSON.stringify({ name: 'Kit', keywords: ['watercolor'], languages: ['es'], countries: ['MX'] }),
);
const otherCreator = file(
  'other.json',
  JSON.stringify({ data: { user: { username: 'someone_else', edge_followed_by: { edges: [] } } } }),
);

const cases = {
  igJson: ['audience', IG1, IG2, '--url', IG_URL, '--json'],
  igText: ['audience', IG1, IG2, '--url', `${IG_URL}followers/`],
  ttBrief: [
    'audience',
    TT,
    '--url',
    'https://www.tiktok.com/@paintwithana',
    '--brief',
    brief,
    '--json',
  ],
  short: ['audience', 'tests/fixtures/instagram/followers-graphql-2020-08.json', '--url', NASA],
  following: [
    'audience',
    'tests/fixtures/instagram/followings-graphql-2020-08.json',
    '--url',
    NASA,
  ],
  other: ['audience', otherCreator, '--url', NASA],
  noArgs: ['audience'],
  noUrl: ['audience', IG1],
  notPlatform: ['audience', IG1, '--url', 'https://example.com/x'],
  notProfile: ['audience', IG1, '--url', 'https://www.instagram.com/p/abc/'],
  notJson: ['audience', 'README.md', '--url', NASA],
  missing: ['audience', 'missing.json', '--url', NASA],
  badBrief: ['audience', IG1, '--url', NASA, '--brief', 'README.md'],
} as const;

const outcomes = {} as Record<keyof typeof cases, Outcome>;

beforeAll(async () => {
  const names = Object.keys(cases) as (keyof typeof cases)[];
  const results = await Promise.all(names.map((name) => scout(cases[name])));
  names.forEach((name, i) => (outcomes[name] = results[i]!));
}, 120_000);

interface Out {
  platform: string;
  handle: string;
  sample: number;
  suspicious: number;
  suspiciousShare: number | null;
  matching: number | null;
  matchingShare: number | null;
  accounts: { handle: string; suspicious: boolean; reasons: string[]; matches: string[] }[];
}

describe('scout audience', () => {
  test('two pages of an Instagram followers list: the contract JSON', () => {
    expect(outcomes.igJson.code).toBe(0);
    const out = JSON.parse(outcomes.igJson.stdout) as Out;
    expect(out).toMatchObject({ platform: 'instagram', handle: 'paintwithana', sample: 35 });
    expect(out.accounts).toHaveLength(35);
    expect(out.suspicious).toBe(out.accounts.filter((a) => a.suspicious).length);
    expect(out.suspiciousShare).toBeCloseTo(out.suspicious / 35, 10);
    expect(out.matching).toBeNull();
    const bot = out.accounts.find((a) => a.handle === 'user84736291')!;
    expect(bot.suspicious).toBe(true);
    expect(bot.reasons).toContain('default profile picture');
    expect(out.accounts.find((a) => a.handle === 'jane_doe_1990')!.suspicious).toBe(false);
  });

  test('TikTok with a brief: matches listed per account', () => {
    expect(outcomes.ttBrief.code).toBe(0);
    const out = JSON.parse(outcomes.ttBrief.stdout) as Out;
    expect(out.sample).toBe(32);
    expect(out.matching).toBe(out.accounts.filter((a) => a.matches.length).length);
    expect(out.matching).toBeGreaterThan(0);
    expect(out.accounts.find((a) => a.handle === 'paintwithtom')!.matches).toEqual([
      '"watercolor" in the bio',
    ]);
  });

  test('human output says what the sample is and names examples', () => {
    expect(outcomes.igText.code).toBe(0);
    expect(outcomes.igText.stdout).toContain('35 followers read');
    expect(outcomes.igText.stdout).toContain('newest followers come first');
    expect(outcomes.igText.stdout).toContain('@user84736291');
  });

  test('a short list is "too few"', () => {
    expect(outcomes.short.code).toBe(0);
    expect(outcomes.short.stdout).toContain('too few: scroll the followers list');
  });

  test('no followers list of that creator: exit 1 with one line', () => {
    for (const o of [outcomes.following, outcomes.other]) {
      expect(o.code).toBe(1);
      expect(o.stderr).toContain('no followers list of @nasa');
      expect(o.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  test.each([
    ['noArgs', 'usage'],
    ['noUrl', '--url'],
    ['notPlatform', 'not an Instagram or TikTok page'],
    ['notProfile', "not a creator's profile"],
    ['notJson', 'not a JSON response'],
    ['missing', 'no such file'],
    ['badBrief', 'not JSON'],
  ] as const)('bad input (%s): exit 2, one line', (name, message) => {
    const r = outcomes[name];
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toBe('');
  });
});
