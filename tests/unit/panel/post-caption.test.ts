import { describe, expect, test } from 'vitest';
import type { CampaignEntry } from '../../../lib/model/creator';
import type { PageReading } from '../../../lib/model/reading';
import { postCaptionView } from '../../../lib/panel/post-caption';
import { NOW, post, reading } from '../rules/build';

const entry = (over: Partial<CampaignEntry> = {}): CampaignEntry => ({
  campaignId: 'c1',
  status: 'signed',
  addedAt: NOW.toISOString(),
  discountCode: 'ANA15',
  trackingLink: 'https://acme.example/kit?utm_content=ana',
  offerOverride: null,
  results: null,
  redFlags: [],
  deliverables: [],
  removedDeliverables: [],
  publishAt: null,
  updatedAt: NOW.toISOString(),
  ...over,
});

const brief = { name: 'Spring kit', brand: 'Acme Paints', competitors: ['Sakura'] };

function postPage(caption: string | null, over: Partial<PageReading> = {}): PageReading {
  return {
    ...reading({ page: 'post', posts: [post({ caption, paidPartnership: null })] }),
    ...over,
  };
}

const view = (r: PageReading, entries = [entry()], campaignId: string | null = 'c1') =>
  postCaptionView({
    reading: r,
    record: { campaigns: entries },
    campaignId,
    campaignName: 'Spring kit',
    brief,
  });

describe('shown only on a post of a creator shortlisted in the active campaign', () => {
  test.each([
    ['a profile page', postPage('#ad', { page: 'profile' }), [entry()], 'c1'],
    ['no active campaign', postPage('#ad'), [entry()], null],
    ['shortlisted in another campaign', postPage('#ad'), [entry({ campaignId: 'c2' })], 'c1'],
    ['not shortlisted', postPage('#ad'), [], 'c1'],
    ['a login wall', postPage('#ad', { status: 'login-wall' }), [entry()], 'c1'],
  ] as const)('%s → nothing', (_, r, entries, campaignId) => {
    expect(view(r, [...entries], campaignId)).toBeNull();
  });
  test('a TikTok video of a shortlisted creator → the checks', () => {
    expect(view(postPage('#ad', { page: 'video', platform: 'tiktok' }))).not.toBeNull();
  });
});

describe('disclosure position against the platform cut-off', () => {
  const filler = 'x'.repeat(130);
  test.each([
    ['instagram', '#ad first', 0, true],
    ['instagram', `${'y'.repeat(110)} #ad`, 111, true],
    ['instagram', `${filler} #ad`, 131, false],
    ['tiktok', `${'y'.repeat(110)} #ad`, 111, false],
    ['tiktok', `${'y'.repeat(90)} #ad`, 91, true],
  ] as const)('%s: %j… → at %d, before "more": %s', (platform, caption, at, before) => {
    const v = view(
      postPage(caption, { platform, page: platform === 'tiktok' ? 'video' : 'post' }),
    )!;
    expect(v.disclosureAt).toBe(at);
    expect(v.beforeCutoff).toBe(before);
    expect(v.lines[0]).toEqual({
      ok: before,
      text: expect.stringContaining(`character ${at + 1}`),
    });
  });
});

describe('lines and problems', () => {
  test('every check passes', () => {
    const v = view(
      postPage('#ad with Acme Paints, code ANA15 at acme.example/kit?utm_content=ana'),
    )!;
    expect(v.lines.map((l) => l.ok)).toEqual([true, true, true, true]);
    expect(v.problems).toEqual([]);
  });
  test('missing code, link and brand; a competitor named', () => {
    const v = view(postPage('#ad better than my Sakura set'))!;
    expect(v.lines.map((l) => [l.ok, l.text])).toEqual([
      [true, expect.stringMatching(/^Disclosure “#ad” at character 1/)],
      [false, 'Discount code ANA15'],
      [false, 'Tracked link'],
      [false, 'Brand named (Acme Paints)'],
    ]);
    expect(v.problems).toEqual(['Mentions a competitor: Sakura']);
  });
  test('no disclosure in the caption, the platform label said beside it', () => {
    const r = postPage('code ANA15');
    r.posts[0]!.paidPartnership = true;
    const v = view(r, [entry({ trackingLink: null })])!;
    expect(v.lines.slice(0, 2)).toEqual([
      { ok: false, text: 'No ad disclosure in the caption' },
      { ok: true, text: 'Instagram shows its paid-partnership label on this post' },
    ]);
    expect(v.disclosureAt).toBeNull();
  });
  test('a caption not read → said, nothing checked', () => {
    const v = view(postPage(null))!;
    expect(v.lines).toEqual([
      { ok: false, text: 'Couldn’t read this post’s caption: check it by hand' },
    ]);
  });
});
