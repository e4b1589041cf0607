import { describe, expect, test } from 'vitest';
import { Template } from '../../../lib/model/template';
import { BUILTIN_TEMPLATES, builtinTemplate } from '../../../lib/outreach/builtin-templates';
import { buildDraft, draftValues, type DraftInput } from '../../../lib/outreach/draft';
import { findPlaceholders, isPlaceholderName } from '../../../lib/outreach/placeholders';
import { pickRecentPost } from '../../../lib/outreach/recent-post';
import { count, post, reading } from './reading-builder';

const now = new Date('2026-05-20T12:00:00Z');

const input: DraftInput = {
  creator: {
    platform: 'instagram',
    handle: 'jane.paints',
    displayName: 'Jane Doe 🎨 | Watercolor',
    topic: 'watercolour painting',
    followingSince: '2024-03-02',
  },
  recentPost: {
    url: 'https://www.instagram.com/p/C9xYz12AbCd/',
    excerpt: 'Spring palette swatches',
    standout: '“Spring palette swatches”, and it drew 2,400 likes, about 3× your usual',
  },
  campaign: {
    brand: 'Acme Paints',
    product: 'a travel watercolour set',
    startDate: '2026-06-01',
    endDate: '2026-06-30',
    offer: { model: 'hybrid', flatFee: 500, commissionPct: 5, currency: 'USD' },
  },
  code: 'JANE15',
  link: 'https://acme.example/kit?utm_source=influencer&utm_medium=micro&utm_campaign=spring-watercolour-kit&utm_content=jane.paints',
  sender: 'Sam Lee',
};

describe('built-in templates', () => {
  test('are valid Template objects with unique ids, one per kind', () => {
    for (const template of BUILTIN_TEMPLATES) expect(Template.parse(template)).toEqual(template);
    expect(new Set(BUILTIN_TEMPLATES.map((t) => t.id)).size).toBe(BUILTIN_TEMPLATES.length);
    expect(BUILTIN_TEMPLATES.map((t) => t.kind)).toEqual([
      'first-contact',
      'follow-up',
      'ambassador',
      'counter-offer',
      'thank-you',
    ]);
    expect(BUILTIN_TEMPLATES.every((t) => t.builtIn)).toBe(true);
  });

  test('use only known placeholders', () => {
    for (const template of BUILTIN_TEMPLATES) {
      for (const gap of findPlaceholders(template.body))
        expect(isPlaceholderName(gap.name), gap.name).toBe(true);
    }
  });

  test('every campaign-dates wording reads as English in each template (a start date alone too)', () => {
    const startOnly = { ...input, campaign: { ...input.campaign, endDate: null } };
    for (const template of BUILTIN_TEMPLATES) {
      for (const value of [input, startOnly]) {
        const text = buildDraft(template, value, { now }).text;
        // "for from June 1" is what a bad join gives.
        expect(text, template.id).not.toMatch(/\bfor (from|for)\b/);
      }
    }
    const counter = buildDraft(builtinTemplate('counter-offer')!, startOnly, { now }).text;
    expect(counter).toContain('for the campaign running from June 1, 2026');
  });

  test('the first contact has the structure of domain.md', () => {
    const names = findPlaceholders(builtinTemplate('first-contact')!.body).map((gap) => gap.name);
    for (const name of [
      'firstName',
      'postUrl',
      'postStandout',
      'followingFor',
      'company',
      'product',
      'topic',
      'offer',
      'campaignDates',
      'code',
      'link',
      'sender',
    ]) {
      expect(names).toContain(name);
    }
    const body = builtinTemplate('first-contact')!.body;
    expect(body).toMatch(/rights/);
    expect(body).toMatch(/creative freedom/);
    expect(body).toMatch(/FTC/);
    expect(body).toMatch(/no worries/);
  });

  test.each(BUILTIN_TEMPLATES.map((t) => [t.kind, t] as const))(
    '%s, filled, fits an Instagram DM',
    (_kind, template) => {
      const draft = buildDraft(template, input, { now });
      expect(draft.gaps).toEqual([]);
      expect(draft.ready).toBe(true);
      expect(draft.length.over).toBe(false);
    },
  );
});

describe('buildDraft', () => {
  test('fills the first contact from the creator and the campaign', () => {
    const draft = buildDraft(builtinTemplate('first-contact')!, input, { now });
    expect(draft.templateId).toBe('builtin-first-contact');
    expect(draft.text).toContain(
      "Hi Jane! I've followed you for about 2 years, and your recent post stuck with me: “Spring palette swatches”, and it drew 2,400 likes, about 3× your usual (https://www.instagram.com/p/C9xYz12AbCd/)",
    );
    expect(draft.text).toContain(
      "I'm Sam Lee from Acme Paints. We make a travel watercolour set, and your watercolour painting audience",
    );
    expect(draft.text).toMatch(
      /Our offer, up front: \$500 flat \+ 5% commission, for a campaign running June 1\s–\s30, 2026\./u,
    );
    expect(draft.text).toContain(
      'Your code would be JANE15 and your link https://acme.example/kit?utm_source=influencer',
    );
    expect(draft.length).toMatchObject({ platform: 'instagram', unit: 'utf8-bytes', limit: 1000 });
  });

  test('reports every value it cannot know, never fills it with a guess', () => {
    const bare: DraftInput = {
      creator: { platform: 'tiktok', handle: '@山田', displayName: '山田花子' },
      campaign: {},
    };
    const draft = buildDraft(builtinTemplate('first-contact')!, bare, { now });
    expect(draft.ready).toBe(false);
    expect(new Set(draft.gaps.map((gap) => gap.name))).toEqual(
      new Set([
        'firstName',
        'followingFor',
        'postStandout',
        'postUrl',
        'sender',
        'company',
        'product',
        'topic',
        'offer',
        'campaignDates',
        'code',
        'link',
      ]),
    );
    expect(draft.gaps.every((gap) => gap.kind === 'missing')).toBe(true);
    expect(draft.length).toMatchObject({ platform: 'tiktok', limit: 6000 });
  });

  test.each([
    [
      'a javascript: post link',
      { recentPost: { url: 'javascript:alert(1)', standout: 'x' } },
      ['postUrl', 'postStandout'],
    ],
    ['a javascript: tracked link', { link: 'javascript:alert(1)' }, ['link']],
    ['a blank sender', { sender: '   ' }, ['sender']],
    [
      'an offer without its numbers',
      { campaign: { ...input.campaign, offer: { model: 'flat', currency: 'USD' } } },
      ['offer'],
    ],
    [
      'backwards dates',
      { campaign: { ...input.campaign, startDate: '2026-07-01' } },
      ['campaignDates'],
    ],
    [
      'a following date in the future',
      { creator: { ...input.creator, followingSince: '2027-01-01' } },
      ['followingFor'],
    ],
  ] as const)('%s is reported as missing', (_what, override, names) => {
    const draft = buildDraft(
      builtinTemplate('first-contact')!,
      { ...input, ...override } as DraftInput,
      { now },
    );
    expect(new Set(draft.gaps.map((gap) => gap.name))).toEqual(new Set(names));
  });

  test('values typed by the user win over derived ones', () => {
    const values = draftValues(
      {
        ...input,
        creator: { ...input.creator, firstName: 'Janey' },
        campaign: { ...input.campaign, offerText: 'a $400 gift card' },
      },
      { now },
    );
    expect(values.firstName).toBe('Janey');
    expect(values.offer).toBe('a $400 gift card');
    expect(values.handle).toBe('@jane.paints');
  });

  test('a custom template body, with an unknown placeholder', () => {
    const draft = buildDraft('Hey {firstName}, {handle}! {favouriteColour}?', input, { now });
    expect(draft.text).toBe('Hey Jane, @jane.paints! {favouriteColour}?');
    expect(draft.gaps).toEqual([{ name: 'favouriteColour', kind: 'unknown', start: 24, end: 41 }]);
    expect(draft.templateId).toBeNull();
  });

  test('from a reading to a draft: the post referenced is the real one picked', () => {
    const page = reading([
      post('C1', {
        takenAt: '2026-05-18T10:00:00Z',
        caption: 'Sunset wash tutorial',
        likes: count(900),
        comments: count(60),
      }),
      post('C2', { takenAt: '2026-05-15T10:00:00Z', likes: count(200), comments: count(12) }),
      post('C3', { takenAt: '2026-05-12T10:00:00Z', likes: count(210), comments: count(10) }),
    ]);
    const pick = pickRecentPost(page, { now });
    const draft = buildDraft(
      builtinTemplate('first-contact')!,
      { ...input, recentPost: pick.post },
      { now },
    );
    expect(draft.text).toContain(
      '“Sunset wash tutorial”, and it drew 60 comments, about 5.5× your usual (https://www.instagram.com/p/C1/)',
    );
  });
});
