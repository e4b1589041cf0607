import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ok, testServer, visit } from './helpers';

beforeEach(() => fakeBrowser.reset());

describe('shortlist and campaigns', () => {
  const key = { platform: 'instagram', handle: 'ann' } as const;
  const campaign = {
    name: 'Spring',
    brief: null,
    startsOn: null,
    endsOn: null,
    offer: null,
    templateIds: [],
    landingUrl: null,
  };

  test('shortlists into the active campaign, moving a no-campaign entry over', async () => {
    const { ask } = testServer();
    await ok(ask(visit('ann')));
    const loose = await ok(ask({ type: 'creator/shortlist', key }));
    expect(loose.creator.campaigns.map((c) => c.campaignId)).toEqual([null]);
    await ok(
      ask({
        type: 'creator/update-campaign',
        key,
        campaignId: null,
        patch: { status: 'contacted' },
      }),
    );
    const { campaign: spring } = await ok(ask({ type: 'campaign/create', campaign }));
    await ok(ask({ type: 'campaign/set-active', id: spring.id }));
    const moved = await ok(ask({ type: 'creator/shortlist', key }));
    expect(moved.creator.campaigns).toMatchObject([{ campaignId: spring.id, status: 'contacted' }]);
    expect(
      (
        await ok(
          ask({ type: 'creator/list', filter: { campaignId: spring.id, status: 'contacted' } }),
        )
      ).creators,
    ).toHaveLength(1);
    expect(
      (await ok(ask({ type: 'creator/list', filter: { campaignId: spring.id, status: 'live' } })))
        .creators,
    ).toHaveLength(0);
  });

  test('saving one part of a campaign keeps the others: the brief does not empty the discount', async () => {
    const { ask } = testServer();
    const { campaign: spring } = await ok(ask({ type: 'campaign/create', campaign }));
    await ok(ask({ type: 'campaign/update', id: spring.id, patch: { discountPct: 15 } }));
    await ok(
      ask({
        type: 'campaign/update',
        id: spring.id,
        patch: { brief: { name: 'Spring', brand: 'Acme Paints' } },
      }),
    );
    await ok(ask({ type: 'campaign/update', id: spring.id, patch: { offer: null } }));
    const [saved] = (await ok(ask({ type: 'campaign/list' }))).campaigns;
    expect(saved).toMatchObject({ discountPct: 15, brief: { brand: 'Acme Paints' } });
  });

  test('a creator can be in several campaigns; unshortlisting one keeps the others', async () => {
    const { ask } = testServer();
    const a = (await ok(ask({ type: 'campaign/create', campaign }))).campaign;
    const b = (
      await ok(ask({ type: 'campaign/create', campaign: { ...campaign, name: 'Autumn' } }))
    ).campaign;
    await ok(ask({ type: 'creator/shortlist', key, campaignId: a.id }));
    await ok(ask({ type: 'creator/shortlist', key, campaignId: b.id }));
    const out = await ok(ask({ type: 'creator/unshortlist', key, campaignId: a.id }));
    expect(out.creator.campaigns.map((c) => c.campaignId)).toEqual([b.id]);
    const gone = await ok(ask({ type: 'creator/unshortlist', key, campaignId: b.id }));
    expect(gone.creator.shortlistedAt).toBeNull();
    expect(
      (await ok(ask({ type: 'creator/list', filter: { scope: 'seen' } }))).creators,
    ).toHaveLength(1);
  });

  test('deleting a campaign takes its creators out of it and clears the active campaign', async () => {
    const { ask } = testServer();
    const a = (await ok(ask({ type: 'campaign/create', campaign }))).campaign;
    await ok(ask({ type: 'campaign/set-active', id: a.id }));
    await ok(ask({ type: 'creator/shortlist', key }));
    expect(await ok(ask({ type: 'campaign/delete', id: a.id }))).toEqual({
      deleted: true,
      creatorsUpdated: 1,
    });
    expect((await ok(ask({ type: 'campaign/list' }))).activeCampaignId).toBeNull();
    expect((await ok(ask({ type: 'creator/get', key }))).creator?.campaigns).toEqual([]);
  });

  test.each([
    ['shortlist into a missing campaign', { type: 'creator/shortlist', key, campaignId: 'nope' }],
    ['activate a missing campaign', { type: 'campaign/set-active', id: 'nope' }],
    ['update a creator never stored', { type: 'creator/update', key, patch: { tags: ['x'] } }],
    [
      'update a campaign entry that does not exist',
      { type: 'creator/update-campaign', key, campaignId: 'nope', patch: {} },
    ],
    ['update a missing campaign', { type: 'campaign/update', id: 'nope', patch: { name: 'x' } }],
  ])('%s → not-found', async (_name, request) => {
    const { ask } = testServer();
    if (request.type === 'creator/update-campaign') await ok(ask(visit('ann')));
    const res = await ask(request as never);
    expect(!res.ok && res.error.code).toBe('not-found');
  });

  test('results, code and link are stored per campaign entry', async () => {
    const { ask } = testServer();
    await ok(ask({ type: 'creator/shortlist', key }));
    const results = {
      impressions: 1000,
      clicks: 50,
      conversions: 4,
      revenue: 320,
      paymentOverride: null,
      basis: 'hand' as const,
      byBasis: [],
      updatedAt: '2026-03-10T00:00:00.000Z',
    };
    const { creator } = await ok(
      ask({
        type: 'creator/update-campaign',
        key,
        campaignId: null,
        patch: {
          discountCode: 'ANN10',
          trackingLink: 'https://acme.example/?utm_content=ann',
          results,
        },
      }),
    );
    expect(creator.campaigns[0]).toMatchObject({ discountCode: 'ANN10', results });
  });
});

describe('templates and settings', () => {
  test('template save replaces by id; delete says whether it existed', async () => {
    const { ask } = testServer();
    const t = { id: 't', name: 'One', kind: 'custom', body: 'a', builtIn: false } as const;
    await ok(ask({ type: 'template/save', template: t }));
    await ok(ask({ type: 'template/save', template: { ...t, name: 'Two' } }));
    expect((await ok(ask({ type: 'template/list' }))).templates.map((x) => x.name)).toEqual([
      'Two',
    ]);
    expect(await ok(ask({ type: 'template/delete', id: 't' }))).toEqual({ deleted: true });
    expect(await ok(ask({ type: 'template/delete', id: 't' }))).toEqual({ deleted: false });
  });

  test('settings start from defaults; the sender is merged field by field', async () => {
    const { ask } = testServer();
    const { settings } = await ok(ask({ type: 'settings/get' }));
    expect(settings.activeCampaignId).toBeNull();
    await ok(ask({ type: 'settings/set', patch: { sender: { name: 'Alex' } } }));
    const next = await ok(ask({ type: 'settings/set', patch: { sender: { company: 'Acme' } } }));
    expect(next.settings.sender).toEqual({ name: 'Alex', company: 'Acme', email: '', website: '' });
  });
});

describe('red flags on a campaign entry', () => {
  const key = { platform: 'instagram', handle: 'ann' } as const;
  test('stored through creator/update-campaign, once each; other entry fields untouched', async () => {
    const { ask } = testServer();
    await ok(ask({ type: 'creator/shortlist', key }));
    await ok(
      ask({
        type: 'creator/update-campaign',
        key,
        campaignId: null,
        patch: { status: 'negotiating' },
      }),
    );
    const { creator } = await ok(
      ask({
        type: 'creator/update-campaign',
        key,
        campaignId: null,
        patch: { redFlags: ['refuses-tracking', 'refuses-tracking', 'full-payment-upfront'] },
      }),
    );
    expect(creator.campaigns[0]).toMatchObject({
      status: 'negotiating',
      redFlags: ['refuses-tracking', 'full-payment-upfront'],
    });
    const cleared = await ok(
      ask({ type: 'creator/update-campaign', key, campaignId: null, patch: { redFlags: [] } }),
    );
    expect(cleared.creator.campaigns[0]!.redFlags).toEqual([]);
  });

  test.each([
    ['an empty id', ['']],
    ['too many', Array.from({ length: 51 }, (_, i) => `f${i}`)],
  ])('%s is refused', async (_name, redFlags) => {
    const { ask } = testServer();
    await ok(ask({ type: 'creator/shortlist', key }));
    const res = await ask({
      type: 'creator/update-campaign',
      key,
      campaignId: null,
      patch: { redFlags },
    });
    expect(!res.ok && res.error.code).toBe('bad-request');
  });
});
