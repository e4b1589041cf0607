import { describe, expect, test } from 'vitest';
import type { Sender } from '../../../lib/model/settings-store';
import { buildDraft, BUILTIN_TEMPLATES } from '../../../lib/outreach';
import { gapHints, recentPostOf, toDraftInput } from '../../../lib/popup';
import { post, reading } from '../outreach/reading-builder';
import { campaign, creator, entry, NOW } from './records';

const sender: Sender = { name: 'Sam', company: 'Sam’s Shop', email: '', website: '' };
const firstContact = BUILTIN_TEMPLATES.find((t) => t.kind === 'first-contact')!;

describe('recentPostOf', () => {
  test('a real post from the last reading, with its own link', () => {
    const pick = recentPostOf(creator(), NOW);
    expect(pick.post?.url).toBe('https://www.instagram.com/p/A1/');
    expect(pick.post?.excerpt).toBe('Spring swatches in the park');
  });

  test('no reading stored: no post, and why', () => {
    const pick = recentPostOf(creator({ lastReading: null }), NOW);
    expect(pick).toEqual({ post: null, reason: expect.stringMatching(/no visit/) });
  });

  test('the kept posts, not only the last reading: a post page visited last does not hide them', () => {
    const base = creator();
    const record = {
      ...base,
      lastReading: {
        ...base.lastReading!,
        reading: reading([post('S1', { paidPartnership: true })]),
      },
    };
    expect(recentPostOf(record, NOW).post?.id).toBe('A1');
  });

  test('readings without posts: no post, and why', () => {
    const pick = recentPostOf(creator({ recentPosts: [] }), NOW);
    expect(pick).toEqual({ post: null, reason: expect.stringMatching(/no posts were read/) });
  });

  test('a sponsored post is never offered', () => {
    const base = creator();
    const record = creator({
      lastReading: {
        ...base.lastReading!,
        reading: reading([post('S1', { paidPartnership: true })]),
      },
    });
    expect(recentPostOf(record, NOW).post).toBeNull();
  });
});

describe('toDraftInput', () => {
  test('creator, post, campaign, code, link and sender', () => {
    const record = creator({
      campaigns: [entry({ discountCode: 'JANE', trackingLink: 'https://acme.example/kit?a=1' })],
    });
    const input = toDraftInput({
      record,
      campaign: campaign(),
      entry: record.campaigns[0]!,
      sender,
      recentPost: recentPostOf(record, NOW),
    });
    expect(input).toMatchObject({
      creator: { platform: 'instagram', handle: 'jane.paints', displayName: 'Jane Doe 🎨' },
      recentPost: { url: 'https://www.instagram.com/p/A1/' },
      campaign: {
        brand: 'Acme Paints',
        product: 'travel watercolour sets',
        startDate: '2026-06-01',
        endDate: '2026-06-15',
        offer: { model: 'hybrid' },
      },
      code: 'JANE',
      link: 'https://acme.example/kit?a=1',
      sender: 'Sam',
    });
    const draft = buildDraft(firstContact, input, { now: NOW });
    expect(draft.text).toContain('Hi Jane!');
    expect(draft.text).toContain('https://www.instagram.com/p/A1/');
    expect(draft.gaps.map((g) => g.name)).toEqual(['followingFor', 'topic']);
  });

  test('the creator’s offer override wins; the sender’s company stands in for a missing brand', () => {
    const record = creator({
      campaigns: [entry({ offerOverride: { model: 'flat', flatFee: 800, currency: 'EUR' } })],
    });
    const input = toDraftInput({
      record,
      campaign: campaign({ brief: null }),
      entry: record.campaigns[0]!,
      sender,
      recentPost: recentPostOf(record, NOW),
    });
    expect(input.campaign.offer).toEqual({ model: 'flat', flatFee: 800, currency: 'EUR' });
    expect(input.campaign.brand).toBe('Sam’s Shop');
    expect(input.campaign.product).toBeNull();
  });

  test('no campaign and nothing stored: empty values, never invented ones', () => {
    const record = creator({ displayName: null, lastReading: null });
    const input = toDraftInput({
      record,
      campaign: null,
      entry: null,
      sender: { name: ' ', company: '', email: '', website: '' },
      recentPost: recentPostOf(record, NOW),
    });
    expect(input).toMatchObject({
      creator: { displayName: null },
      recentPost: null,
      campaign: { brand: null, product: null, startDate: null, endDate: null, offer: null },
      code: null,
      link: null,
      sender: null,
    });
    const draft = buildDraft(firstContact, input, { now: NOW });
    expect(draft.ready).toBe(false);
    expect(draft.gaps.map((g) => g.name)).toContain('postUrl');
  });
});

describe('gapHints', () => {
  const sources = (fields: Partial<Parameters<typeof gapHints>[0]> = {}) => {
    const record = fields.record ?? creator();
    return {
      record,
      campaign: campaign(),
      entry: record.campaigns[0] ?? null,
      sender,
      recentPost: recentPostOf(record, NOW),
      ...fields,
    };
  };

  test('a complete campaign and a post: no hint but the ones only the user can answer', () => {
    expect(gapHints(sources())).toEqual({});
  });

  test('no post: the reason, for each post placeholder', () => {
    const record = creator({ lastReading: null });
    const hints = gapHints(sources({ record, recentPost: recentPostOf(record, NOW) }));
    expect(hints.postUrl).toMatch(/no visit/);
    expect(hints.postStandout).toBe(hints.postUrl);
  });

  test('no campaign: the campaign placeholders say to choose one', () => {
    const hints = gapHints(sources({ campaign: null, entry: null }));
    expect(Object.keys(hints).sort()).toEqual(
      ['campaignDates', 'code', 'link', 'offer', 'product'].sort(),
    );
  });

  test('missing campaign fields are named', () => {
    const hints = gapHints(
      sources({
        campaign: campaign({
          brief: null,
          startsOn: null,
          endsOn: null,
          offer: null,
          landingUrl: null,
        }),
        sender: { name: '', company: '', email: '', website: '' },
      }),
    );
    expect(Object.keys(hints).sort()).toEqual(
      ['campaignDates', 'company', 'link', 'offer', 'product', 'sender'].sort(),
    );
  });

  test('a display name with no sure first name says why', () => {
    const hints = gapHints(sources({ record: creator({ displayName: 'ACME STUDIO' }) }));
    expect(hints.firstName).toMatch(/first name/);
  });
});
