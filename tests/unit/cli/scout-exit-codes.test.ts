import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { inputFolder, scout, type Outcome } from './run-scout';
import { MAX_HTML_DEPTH, MAX_INPUT_BYTES, MAX_JSON_DEPTH } from '../../../scripts/cli/input';

/**
 * `scout vet`, `comments`, `count`, `report` run as the user runs them (a subprocess through tsx),
 * all cases at once so the suite pays the start-up time about once.
 */
const IG_POST = 'tests/fixtures/instagram/post-photo-logged-out-2024-12.html';
const TT_VIDEO = 'tests/fixtures/tiktok/video-logged-out-2026-07.html';
const RESULTS = 'tests/fixtures/results/campaign-results-synthetic.csv';

const { dir, file } = inputFolder('scout-cli-');
/** The real video page with its plays cut from 76,000 to 760 (it has 21,000 likes). */
const implausibleVideo = file(
  'video-760-plays.html',
  readFileSync(TT_VIDEO, 'utf8')
    .replaceAll('"playCount":76000', '"playCount":760')
    .replaceAll('"playCount":"76000"', '"playCount":"760"'),
);
const TT_VIDEO_URL = 'https://www.tiktok.com/@mysticaquariumct/video/7660566211100511518';

const cases = {
  vetPost: ['vet', IG_POST, '--url', 'https://www.instagram.com/p/CPeC-Eenc8l/', '--json'],
  vetVideo: [
    'vet',
    TT_VIDEO,
    '--url',
    'https://www.tiktok.com/@mysticaquariumct/video/7660566211100511518',
    '--json',
  ],
  vetImplausible: ['vet', implausibleVideo, '--url', TT_VIDEO_URL, '--json'],
  vetImplausibleText: ['vet', implausibleVideo, '--url', TT_VIDEO_URL],
  vetCommentList: [
    'vet',
    'tests/fixtures/tiktok/comment-list-synthetic.json',
    '--url',
    'https://www.tiktok.com/@painter/video/7500000000000000001',
    '--json',
  ],
  vetOtherPlatform: ['vet', IG_POST, '--url', 'https://www.tiktok.com/@willyrex'],
  vetEmpty: ['vet', file('empty.html', ''), '--url', 'https://www.instagram.com/a/'],
  vetBlank: ['vet', file('blank.html', ' \n\t\n'), '--url', 'https://www.instagram.com/a/'],
  vetBinary: [
    'vet',
    file('binary.html', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 3, 0xff, 0xfe])),
    '--url',
    'https://www.instagram.com/a/',
  ],
  vetNotUtf8: [
    'vet',
    file('latin1.html', Buffer.from([0x3c, 0x70, 0x3e, 0xe9, 0xe8, 0x3c])),
    '--url',
    'https://www.instagram.com/a/',
  ],
  vetCsv: ['vet', RESULTS, '--url', 'https://www.instagram.com/a/'],
  vetDeep: [
    'vet',
    file('deep.json', '['.repeat(200_000) + ']'.repeat(200_000)),
    '--url',
    'https://www.instagram.com/a/',
  ],
  vetDeepHtml: [
    'vet',
    file('deep.html', '<div>'.repeat(MAX_HTML_DEPTH + 1)),
    '--url',
    'https://www.instagram.com/a/',
  ],
  vetTooLarge: [
    'vet',
    file('large.html', Buffer.alloc(MAX_INPUT_BYTES + 1, 0x20)),
    '--url',
    'https://www.instagram.com/a/',
  ],
  vetMissing: ['vet', join(dir, 'nope.html'), '--url', 'https://www.instagram.com/a/'],
  vetNoUrl: ['vet', IG_POST],
  vetLoginWall: [
    'vet',
    'tests/fixtures/tiktok/login-wall-synthetic.html',
    '--url',
    'https://www.tiktok.com/@someone',
  ],
  comments: [
    'comments',
    file('comments.txt', 'Love this palette!\nfollow me for free followers\n'),
  ],
  commentsBinary: ['comments', file('comments.bin', Buffer.from([1, 0, 2, 0, 0xff, 0x00]))],
  commentsEmpty: ['comments', file('comments-empty.txt', '\n\n')],
  count: ['count', '1,2 Mio.', '--lang', 'de'],
  countUnreadable: ['count', 'many'],
  report: ['report', RESULTS, '--json'],
  reportEmpty: ['report', file('results-empty.csv', '')],
  reportBinary: ['report', file('results.bin', Buffer.from([0x50, 0x4b, 3, 4, 0, 0]))],
  reportHuge: [
    'report',
    file(
      'results-huge.csv',
      'handle,spend,revenue,conversions,clicks\njane,800,9007199254740993,60,1200\n',
    ),
  ],
  reportCvr: [
    'report',
    file(
      'results-cvr.csv',
      'handle,spend,revenue,conversions,clicks\njane,800,6000,60,12\nomar,100,300,3,90\n',
    ),
  ],
  reportCvrJson: [
    'report',
    file(
      'results-cvr2.csv',
      'handle,spend,revenue,conversions,clicks\njane,800,6000,60,12\nomar,100,300,3,90\n',
    ),
    '--json',
  ],
} as const;

const outcomes = {} as Record<keyof typeof cases, Outcome>;
let countStdin: Outcome;

beforeAll(async () => {
  const names = Object.keys(cases) as (keyof typeof cases)[];
  // A few at a time: two dozen CLI processes at once starve a two-core machine past the timeout.
  const queue = [...names];
  const worker = async () => {
    for (let name = queue.shift(); name; name = queue.shift())
      outcomes[name] = await scout([...cases[name]]);
  };
  await Promise.all(Array.from({ length: 3 }, worker));
  countStdin = await scout(['count', '-', '--lang', 'bn'], '১.২ হাজার\nmille\n');
}, 240_000);

/** One line on stderr, nothing on stdout, the exit code. */
function refused(o: Outcome, code: number, words: RegExp) {
  expect(o.code).toBe(code);
  expect(o.stdout).toBe('');
  const lines = o.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^scout: /);
  expect(lines[0]).toMatch(words);
  expect(lines[0]).not.toMatch(/TypeError|undefined|Cannot read prop|at .*\.ts:/);
}

describe('scout vet', () => {
  test('a saved Instagram post page: exit 0, the contract JSON', () => {
    expect(outcomes.vetPost.code).toBe(0);
    const json = JSON.parse(outcomes.vetPost.stdout);
    expect(json).toMatchObject({
      platform: 'instagram',
      page: 'post',
      handle: 'willyrex',
      status: 'ok',
      posts: [{ id: 'CPeC-Eenc8l', likes: 298_000, comments: 553, views: null, shares: null }],
    });
  });
  test('a saved TikTok video page: exit 0, the video and its author', () => {
    expect(outcomes.vetVideo.code).toBe(0);
    const json = JSON.parse(outcomes.vetVideo.stdout);
    expect(json).toMatchObject({ platform: 'tiktok', page: 'video', handle: 'mysticaquariumct' });
    expect(json.posts[0].id).toBe('7660566211100511518');
  });
  test('likes far above views: flagged, no engagement rate, exit 0', () => {
    expect(outcomes.vetImplausible.code).toBe(0);
    const json = JSON.parse(outcomes.vetImplausible.stdout);
    expect(json.posts[0]).toMatchObject({ likes: 21_000, views: 760 });
    expect(json.scores.engagementRate).toBeNull();
    expect(json.flags).toContainEqual(
      expect.objectContaining({
        id: 'implausible-counts',
        message: expect.stringMatching(/21,000 likes but only 760 views/),
      }),
    );
    expect(outcomes.vetImplausibleText.stdout).toMatch(
      /Counts that cannot all be right — video 7660566211100511518: 21,000 likes but only 760 views/,
    );
    expect(outcomes.vetImplausibleText.stdout).not.toMatch(/3,308|\d{4,}\.\d%/);
  });
  test('a TikTok comment-list response alone: exit 0, its comments kept and labelled', () => {
    expect(outcomes.vetCommentList.code).toBe(0);
    const json = JSON.parse(outcomes.vetCommentList.stdout);
    expect(json).toMatchObject({ platform: 'tiktok', page: 'video', status: 'ok', posts: [] });
    expect(json.comments.map((c: { author: string }) => c.author)).toEqual([
      'skyfan',
      'paintwithana',
      'promo_bot_77',
    ]);
  });
  test('a login wall: read, not usable: exit 1 with the status', () => {
    expect(outcomes.vetLoginWall.code).toBe(1);
    expect(outcomes.vetLoginWall.stderr.trim()).toMatch(/^scout: .*login-wall/);
  });
  test.each([
    ['vetOtherPlatform', /saved Instagram page but --url is a TikTok URL/],
    ['vetEmpty', /is empty/],
    ['vetBlank', /is empty/],
    ['vetBinary', /not a text file \(binary data\)/],
    ['vetNotUtf8', /not a text file \(not UTF-8 text\)/],
    ['vetCsv', /not a saved page \(HTML\) or a saved response \(JSON\)/],
    ['vetDeep', new RegExp(`nested deeper than ${MAX_JSON_DEPTH} levels`)],
    ['vetDeepHtml', new RegExp(`HTML nested deeper than ${MAX_HTML_DEPTH} levels`)],
    ['vetTooLarge', /larger than 16 MB/],
    ['vetMissing', /no such file/],
    ['vetNoUrl', /vet needs --url/],
  ] as const)('%s: exit 2, one line saying why', (name, words) => {
    refused(outcomes[name], 2, words);
  });
  test('an amount beyond exact integer range: exit 2, the line and field, nothing reported', () => {
    const o = outcomes.reportHuge;
    expect(o.code).toBe(2);
    expect(o.stdout).toBe('');
    expect(o.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/line 2: revenue: too large to count exactly "9007199254740993"$/),
      expect.stringMatching(/1 error in .*; nothing reported$/),
    ]);
  });
  test('conversions above clicks: the CVR is marked and the problem said under the table', () => {
    const o = outcomes.reportCvr;
    expect(o.code).toBe(0);
    expect(o.stdout).toMatch(/^jane .* 500\.00% ! /m);
    expect(o.stdout).toMatch(/^omar .* 3\.33% {2}/m);
    expect(o.stdout).toMatch(/^! jane: more conversions \(60\) than clicks \(12\)/m);
    expect(o.stdout).not.toMatch(/^! omar/m);
  });
  test('conversions above clicks in --json: the creator carries the problem', () => {
    const json = JSON.parse(outcomes.reportCvrJson.stdout);
    expect(json.creators.map((c: { problems: string[] }) => c.problems.length)).toEqual([1, 0]);
    expect(json.totals.problems).toEqual([]);
  });
});

describe('scout comments', () => {
  test('one JSON object per comment, exit 0', () => {
    expect(outcomes.comments.code).toBe(0);
    const lines = outcomes.comments.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.text, l.label])).toEqual([
      ['Love this palette!', expect.any(String)],
      ['follow me for free followers', 'spam'],
    ]);
  });
  test('binary data is refused, not labelled', () => {
    refused(outcomes.commentsBinary, 2, /not a text file \(binary data\)/);
  });
  test('an empty file is refused', () => {
    refused(outcomes.commentsEmpty, 2, /is empty/);
  });
});

describe('scout count', () => {
  test('one count: exit 0, value and exactness', () => {
    expect(outcomes.count.code).toBe(0);
    expect(JSON.parse(outcomes.count.stdout)).toEqual({ value: 1_200_000, exact: false });
  });
  test('text that is not a count: null, not a number', () => {
    expect(JSON.parse(outcomes.countUnreadable.stdout)).toEqual({ value: null, exact: false });
  });
  test('standard input: one object per line', () => {
    expect(countStdin.code).toBe(0);
    expect(
      countStdin.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l)),
    ).toEqual([
      { value: 1200, exact: false },
      { value: null, exact: false },
    ]);
  });
});

describe('scout report', () => {
  test('results: exit 0, per creator and totals', () => {
    expect(outcomes.report.code).toBe(0);
    const json = JSON.parse(outcomes.report.stdout);
    expect(json.creators[0]).toMatchObject({ handle: 'jane_paints', roas: 7.5, cvr: 0.05 });
  });
  test.each([
    ['reportEmpty', /is empty/],
    ['reportBinary', /not a text file \(binary data\)/],
  ] as const)('%s: exit 2, one line', (name, words) => {
    refused(outcomes[name], 2, words);
  });
});
