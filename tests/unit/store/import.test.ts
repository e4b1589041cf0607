import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ok, storageDump, testServer, visit, type Ask } from './helpers';

beforeEach(() => fakeBrowser.reset());

const campaignInput = {
  name: 'Spring kit',
  brief: { name: 'Spring kit' },
  startsOn: '2026-03-01',
  endsOn: null,
  offer: null,
  templateIds: [],
  landingUrl: 'https://acme.example/kit',
};

async function populate(ask: Ask) {
  const { campaign } = await ok(ask({ type: 'campaign/create', campaign: campaignInput }));
  await ok(ask({ type: 'campaign/set-active', id: campaign.id }));
  await ok(ask(visit('ann', '2026-03-01T10:00:00.000Z', 1000)));
  await ok(ask(visit('ann', '2026-03-02T10:00:00.000Z', 1100)));
  await ok(ask(visit('bob')));
  await ok(ask({ type: 'creator/shortlist', key: { platform: 'instagram', handle: 'ann' } }));
  await ok(
    ask({
      type: 'template/save',
      template: { id: 't1', name: 'Hi', kind: 'custom', body: 'Hi {firstName}', builtIn: false },
    }),
  );
  await ok(ask({ type: 'settings/set', patch: { sender: { name: 'Alex' } } }));
  return (await ok(ask({ type: 'store/export' }))).backup;
}

describe('export → import', () => {
  test('a backup restores the same store', async () => {
    const { ask } = testServer();
    const backup = await populate(ask);
    expect(backup.creators.map((c) => c.handle).sort()).toEqual(['ann', 'bob']);
    const before = await storageDump();
    fakeBrowser.reset();
    const fresh = testServer().ask;
    expect(
      await ok(fresh({ type: 'store/import', backup: JSON.parse(JSON.stringify(backup)) })),
    ).toEqual({
      mode: 'replace',
      creators: 2,
      campaigns: 1,
      templates: 1,
    });
    expect(await storageDump()).toEqual(before);
  });

  test('replace removes creators the backup does not have, and keeps quarantined problems', async () => {
    const { ask } = testServer();
    const backup = await populate(ask);
    await ok(ask(visit('cat')));
    await ok(ask(visit('dan')));
    await fakeBrowser.storage.local.set({ 'creator:instagram:dan': 'garbage' });
    await ok(ask({ type: 'creator/list', filter: { scope: 'all' } }));
    await ok(ask({ type: 'store/import', backup }));
    const { creators } = await ok(ask({ type: 'creator/list', filter: { scope: 'all' } }));
    expect(creators.map((c) => c.handle).sort()).toEqual(['ann', 'bob']);
    expect(await fakeBrowser.storage.local.get('creator:instagram:cat')).toEqual({});
    expect((await ok(ask({ type: 'store/problems' }))).problems.map((p) => p.key)).toEqual([
      'creator:instagram:dan',
    ]);
  });

  test('merge adds to what is there, the backup winning on the same creator, settings kept', async () => {
    const { ask } = testServer();
    const backup = await populate(ask);
    const ann = backup.creators.find((c) => c.handle === 'ann')!;
    await ok(
      ask({
        type: 'creator/update',
        key: { platform: 'instagram', handle: 'ann' },
        patch: { logAdd: [{ at: '2026-03-02T10:00:00.000Z', channel: 'dm', text: 'newer' }] },
      }),
    );
    await ok(ask(visit('cat')));
    await ok(ask({ type: 'settings/set', patch: { sender: { name: 'Sam' } } }));
    const partial = {
      ...backup,
      creators: [
        {
          ...ann,
          log: [{ at: '2026-03-01T10:00:00.000Z', channel: 'email' as const, text: 'from backup' }],
        },
      ],
      settings: { ...backup.settings, sender: { ...backup.settings.sender, name: 'Old' } },
    };
    await ok(ask({ type: 'store/import', backup: partial, mode: 'merge' }));
    const { creators } = await ok(ask({ type: 'creator/list', filter: { scope: 'all' } }));
    expect(creators.map((c) => [c.handle, c.log.map((e) => e.text).join()]).sort()).toEqual([
      ['ann', 'from backup'],
      ['bob', ''],
      ['cat', ''],
    ]);
    expect((await ok(ask({ type: 'settings/get' }))).settings.sender.name).toBe('Sam');
    expect((await ok(ask({ type: 'creator/list' }))).creators.map((c) => c.handle)).toEqual([
      'ann',
    ]);
  });
});

describe('all or nothing', () => {
  test('a backup with errors changes nothing and reports every error with its path', async () => {
    const { ask } = testServer();
    const backup = await populate(ask);
    const first = backup.creators.find((c) => c.handle === 'ann')!;
    const second = backup.creators.find((c) => c.handle === 'bob')!;
    const bad = {
      ...backup,
      creators: [
        first,
        { ...second, snapshots: [{ ...second.snapshots[0]!, followers: -5 }] },
        { ...first },
        { ...second, handle: 'eve', campaigns: [{ ...first.campaigns[0]!, campaignId: 'gone' }] },
      ],
      campaigns: [{ ...backup.campaigns[0]!, landingUrl: 'javascript:alert(1)' }],
    };
    const before = await storageDump();
    const res = await ask({ type: 'store/import', backup: bad });
    expect(res.ok).toBe(false);
    expect(!res.ok && res.error.code).toBe('invalid-import');
    const paths = !res.ok ? res.error.issues.map((i) => i.path) : [];
    expect(paths).toEqual([
      'creators[1].snapshots[0].followers',
      'campaigns[0].landingUrl',
      'creators[2]',
      'creators[3].campaigns[0].campaignId',
    ]);
    expect(await storageDump()).toEqual(before);
  });

  test.each([
    ['not an object', 'hello', '(root)'],
    ['another format', { format: 'csv' }, 'format'],
    ['a newer version', { format: 'creator-scout-backup', version: 99 }, 'version'],
    ['a broken version', { format: 'creator-scout-backup', version: '1' }, 'version'],
    ['lists missing', { format: 'creator-scout-backup', version: 1 }, 'creators'],
    [
      'an active campaign that is not in the backup',
      {
        format: 'creator-scout-backup',
        version: 1,
        exportedAt: '',
        creators: [],
        campaigns: [],
        templates: [],
        settings: {
          schemaVersion: 1,
          sender: { name: '', company: '', email: '', website: '' },
          activeCampaignId: 'x',
          rules: {},
        },
      },
      'settings.activeCampaignId',
    ],
  ])('refuses %s', async (_name, backup, path) => {
    const { ask } = testServer();
    await populate(ask);
    const before = await storageDump();
    const res = await ask({ type: 'store/import', backup });
    expect(!res.ok && res.error.issues.map((i) => i.path)).toContain(path);
    expect(await storageDump()).toEqual(before);
  });

  test('merge accepts references to campaigns already stored; replace does not', async () => {
    const { ask } = testServer();
    const backup = await populate(ask);
    const withoutCampaigns = { ...backup, campaigns: [] };
    expect((await ask({ type: 'store/import', backup: withoutCampaigns, mode: 'merge' })).ok).toBe(
      true,
    );
    const res = await ask({ type: 'store/import', backup: withoutCampaigns, mode: 'replace' });
    expect(!res.ok && res.error.issues.map((i) => i.path)).toEqual(
      expect.arrayContaining(['creators[0].campaigns[0].campaignId', 'settings.activeCampaignId']),
    );
  });
});
