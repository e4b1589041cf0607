import { describe, expect, test } from 'vitest';
import type { Brief } from '../../../lib/model/brief';
import type { PageReading } from '../../../lib/model/reading';
import { defaultRuleSettings } from '../../../lib/model/settings';
import { scoreReading } from '../../../lib/rules/score';
import { panelView } from '../../../lib/panel/view';
import { comment, genuineComments, NOW, post, posts, reading, rounded } from '../rules/build';

const t = defaultRuleSettings.thresholds;
const brief: Brief = { name: 'Oat milk launch', keywords: ['recipe', 'oat milk'] };

function viewOf(r: PageReading, withBrief: Brief | null = null) {
  const verdict = scoreReading(r, { brief: withBrief, now: NOW });
  return panelView({ reading: r, verdict, brief: withBrief, thresholds: t });
}
const metric = (v: ReturnType<typeof viewOf>, id: string) =>
  v.metrics.find((m) => m.testId === id)!;

describe('statuses without numbers', () => {
  test.each([
    ['login-wall', 'login-wall', /log-in wall/],
    ['private', 'private', /private account/],
    ['not-found', 'not-found', /account not found/],
    ['unreadable', 'unreadable', /Couldn't read this page/],
  ] as const)('%s: says what the state is and shows no number', (status, kind, title) => {
    const v = viewOf({
      ...reading({ status, posts: posts([1000, 1200, 900]) }),
      statusReason: 'x',
    });
    expect(v.status.kind).toBe(kind);
    expect(v.status.title).toMatch(title);
    expect(v.status.showNumbers).toBe(false);
    for (const m of v.metrics) {
      expect(m.value, m.testId).toBeNull();
      expect(m.text).toBe('—');
    }
    expect(v.flags).toEqual([]);
    expect(v.about).toBeNull();
    expect(v.verdict.label).toBe('insufficient-data');
  });

  test('the unreadable reason is shown as text', () => {
    const r = {
      ...reading({ status: 'unreadable' }),
      statusReason: 'empty app shell: no meta, no body',
    };
    expect(viewOf(r).status.detail).toBe('empty app shell: no meta, no body');
  });

  test('no reading yet: "Reading this page…", no verdict, no numbers', () => {
    const v = panelView({ reading: null, verdict: null, brief: null, thresholds: t });
    expect(v.status.kind).toBe('reading');
    expect(v.verdict.label).toBeNull();
    expect(v.metrics.map((m) => m.value)).toEqual([null, null, null, null]);
  });
});

describe('usable pages', () => {
  test.each([
    [
      reading({ posts: posts([1000, 1200, 900]), comments: genuineComments(1) }),
      'Instagram profile: 3 posts and 1 comment read',
    ],
    [
      reading({ platform: 'tiktok', page: 'video', posts: [post()] }),
      'TikTok video: 1 post and 0 comments read',
    ],
  ])('the status says what was read', (r, title) => {
    expect(viewOf(r).status).toMatchObject({ title, showNumbers: true, detail: null });
  });

  test.each([
    [reading({ posts: [] }), 'insufficient', 'insufficient-data', 'Not enough data yet'],
    [
      reading({ posts: posts([1000, 1400, 800]), comments: genuineComments(20) }),
      'ok',
      'strong',
      'Strong candidate',
    ],
  ])('the verdict is said once, in the verdict line', (r, kind, label, text) => {
    const v = viewOf(r);
    expect(v.status.kind).toBe(kind);
    expect(v.verdict).toMatchObject({ label, text });
    expect(v.status.title).not.toBe(text);
  });
});

describe('numbers with their basis and evidence', () => {
  const full = reading({
    followers: 20_000,
    posts: posts([1000, 1400, 800, 1200, 900]),
    comments: genuineComments(25),
  });

  test('followers carry the exact count and its provenance', () => {
    const m = metric(viewOf(full), 'scout-followers');
    expect(m.value).toBe(20_000);
    expect(m.text).toBe('20,000');
    expect(m.note).toBe('Micro (10K–100K)');
    expect(m.evidence[0]).toMatch(/^20,000 exact, from data embedded in the page/);
  });

  test('a views-based rate rated by followers says which rate the band is for', () => {
    const video = reading({
      platform: 'tiktok',
      page: 'video',
      followers: 783_400,
      posts: [post({ likes: 25_500, comments: 146, shares: 2_156, views: 192_100 })],
    });
    const m = metric(viewOf(video), 'scout-engagement-rate');
    expect(m.text).toBe('14.5%');
    // (likes + comments) ÷ followers, the seed's formula: shares are only in the views figure.
    expect(m.note).toMatch(
      /^one post, by views · 3\.3% by followers is average · band 1(\.0)?% and up \(Seed rule of thumb\)$/,
    );
    expect(m.evidence).toContain('By views: (likes + comments + shares) ÷ views, shares included');
  });

  test('engagement rate is the median fraction, with basis, band and per-post lines', () => {
    const m = metric(viewOf(full), 'scout-engagement-rate');
    // median of (likes + 20 comments) ÷ 20,000 over 1000, 1400, 800, 1200, 900 → 1020 ÷ 20,000
    expect(m.value).toBeCloseTo(0.051, 10);
    expect(m.text).toBe('5.1%');
    expect(m.note).toMatch(
      /^median of 5 posts, by followers · \w+ · band .* \(Seed rule of thumb\)$/,
    );
    expect(m.basis).toBe(5);
    expect(m.evidence[0]).toMatch(
      /^By the seed's rule, 5\.1% \(likes \+ comments ÷ followers\) is within the 3\.0%–6\.0% it calls healthy/,
    );
    expect(m.evidence.some((l) => l.startsWith('Rated by: Seed rule of thumb'))).toBe(true);
    const posts = m.evidence.filter((l) => l.startsWith('Post p'));
    expect(posts.length).toBe(5);
    expect(posts[0]).toMatch(
      /^Post p\d: [\d,]+ likes, 20 comments → [\d.]+% by followers — used; counts from data embedded in the page$/,
    );
  });

  test('spam ratio rests on the number of audience comments', () => {
    const r = reading({
      posts: posts([1000, 1400, 800]),
      comments: [
        ...genuineComments(18),
        comment('DM us to collab!! promote it on @promo_page', { author: 'spammer' }, 90),
        comment('check my bio for free followers 🔥🔥', { author: 'bot' }, 91),
      ],
    });
    const m = metric(viewOf(r), 'scout-spam-ratio');
    expect(m.note).toBe('of 20 audience comments');
    expect(m.basis).toBe(20);
    expect(m.value).toBe(scoreReading(r, { now: NOW }).spam.ratio);
    expect(m.evidence[1]).toMatch(/^\d+ spam, \d+ generic, \d+ genuine$/);
  });

  test('too few comments: "not enough comments", never 0%, with how many are needed', () => {
    const m = metric(viewOf(reading({ comments: genuineComments(15) })), 'scout-spam-ratio');
    expect(m.value).toBe(null);
    expect(m.text).toBe('not enough comments');
    expect(m.note).toBe('15 audience comments read, 20 needed');
    expect(`${m.text} ${m.note}`).not.toMatch(/\d%/);
  });

  test('audience fit: empty without a brief, scored with one', () => {
    expect(metric(viewOf(full), 'scout-audience-fit')).toMatchObject({
      value: null,
      note: 'no active campaign brief',
    });
    const withBrief = metric(viewOf(full, brief), 'scout-audience-fit');
    expect(withBrief.note).toBe('for “Oat milk launch”');
    expect(withBrief.value).toBe(scoreReading(full, { brief, now: NOW }).fit.score);
  });

  test('rounded counts are marked as approximate', () => {
    const r = reading({ followers: rounded(12_300), posts: posts([1000, 1400, 800]) });
    const v = viewOf(r);
    expect(metric(v, 'scout-followers').text).toBe('≈12.3K');
    expect(metric(v, 'scout-engagement-rate').text.startsWith('≈')).toBe(true);
  });

  test('flags keep their evidence as plain lines', () => {
    const r = reading({ followers: 20_000, following: 4000, posts: posts([1000, 1400, 800]) });
    const v = viewOf(r);
    const mass = v.flags.find((f) => f.id === 'mass-following');
    expect(mass).toBeDefined();
    expect(v.flags.every((f) => f.evidence.every((l) => typeof l === 'string'))).toBe(true);
  });
});

describe('insufficient data says what to do', () => {
  test.each([
    ['profile without posts', reading({ posts: [] }), ['scroll-posts', 'open-post']],
    [
      'profile with 2 posts',
      reading({ posts: posts([1000, 1200]) }),
      ['scroll-posts', 'open-post'],
    ],
    [
      'profile with enough posts, no comments',
      reading({ posts: posts([1000, 1200, 900]) }),
      ['open-post'],
    ],
    [
      'profile with posts and comments',
      reading({ posts: posts([1000, 1200, 900]), comments: genuineComments(20) }),
      [],
    ],
    [
      'post page without comments',
      reading({ page: 'post', posts: [post()] }),
      ['load-comments', 'open-profile'],
    ],
    [
      'post page with 19 comments',
      reading({ page: 'post', posts: [post()], comments: genuineComments(19) }),
      ['load-comments', 'open-profile'],
    ],
    [
      'post page with 20 comments',
      reading({ page: 'post', posts: [post()], comments: genuineComments(20) }),
      ['open-profile'],
    ],
    [
      'profile without a follower count',
      reading({ followers: null }),
      ['reload', 'scroll-posts', 'open-post'],
    ],
  ])('%s → %j', (_name, r, ids) => {
    expect(viewOf(r).advice.map((a) => a.id)).toEqual(ids);
  });

  test('the advice counts what was read', () => {
    const v = viewOf(reading({ page: 'post', posts: [post()], comments: genuineComments(7) }));
    expect(v.advice[0]!.text).toBe('Scroll the comments to load more: 7 of 20 read.');
    expect(v.advice[1]!.text).toBe(
      "Open @creator's profile for the follower count and the median over recent posts.",
    );
  });
});

describe('page text is inert', () => {
  test('bio link: http(s) becomes a link, anything else stays text', () => {
    const base = reading({ posts: posts([1000, 1200, 900]) });
    const withLink = (externalUrl: string): PageReading => ({
      ...base,
      profile: { ...base.profile!, externalUrl, displayName: '\u202Eevil <b>name</b>' },
    });
    const js = viewOf(withLink('javascript:alert(1)')).about!;
    expect(js.link).toEqual({ text: 'javascript:alert(1)', href: null });
    expect(js.name).toBe('evil <b>name</b>');
    expect(js.bio).toBeNull();
    expect(viewOf(withLink('https://shop.example/x')).about!.link!.href).toBe(
      'https://shop.example/x',
    );
  });

  test('a 10,000-character bio is shown as its first 140 characters, without bidi overrides', () => {
    const base = reading({ bio: `\u202E<script>alert(1)</script> ${'A'.repeat(10_000)}` });
    const about = viewOf(base).about!;
    expect(about.bio!.startsWith('<script>alert(1)</script> AAA')).toBe(true);
    expect(about.bio!.length).toBe(141);
  });

  test('a 10,000-character comment is capped in the evidence', () => {
    const r = reading({
      comments: [comment(`follow me ${'🔥'.repeat(5000)}`, { author: 'x'.repeat(10_000) })],
    });
    const m = metric(viewOf(r), 'scout-spam-ratio');
    for (const line of m.evidence) expect(line.length).toBeLessThan(400);
  });
});
