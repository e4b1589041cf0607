import type { BrowserContext, Page } from '@playwright/test';
import type { browser } from 'wxt/browser';
import type { RequestInput, RequestType, Response, ResponseData } from '../../lib/model/messages';
import { expect, test } from './fixtures';

/** The extension API as extension pages see it (inside `evaluate`). */
declare const chrome: typeof browser;

/** One store message through real runtime messaging, from an extension page. */
async function ask<T extends RequestType>(
  page: Page,
  request: RequestInput<T>,
): Promise<ResponseData<T>> {
  const response: Response<T> = await page.evaluate(
    (message) => chrome.runtime.sendMessage(message),
    request as unknown,
  );
  if (!response.ok) throw new Error(`${request.type}: ${response.error.message}`);
  return response.data;
}

const storage = (page: Page, keys: string[] | null) =>
  page.evaluate((k) => chrome.storage.local.get(k), keys) as Promise<Record<string, unknown>>;

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

/** Stops the background's service worker, as the browser does when idle or at a restart. */
async function restartBackground(context: BrowserContext, page: Page, extensionId: string) {
  const cdp = await context.newCDPSession(page);
  const targets = async () =>
    ((await cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] }).targetInfos;
  const worker = (await targets()).find(
    (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`),
  );
  expect(worker, 'the background service worker is running').toBeTruthy();
  await cdp.send('Target.closeTarget', { targetId: worker!.targetId });
  await expect
    .poll(async () => (await targets()).some((t) => t.targetId === worker!.targetId))
    .toBe(false);
  await cdp.detach();
  // The next page that asks the store starts it again.
  const fresh = await context.newPage();
  await fresh.goto(`chrome-extension://${extensionId}/dashboard.html#/problems`);
  return fresh;
}

const campaign = (name: string) => ({
  name,
  brief: null,
  startsOn: null,
  endsOn: null,
  offer: null,
  templateIds: [],
  landingUrl: null,
});

const ig = (handle: string) => ({ platform: 'instagram', handle }) as const;

test('records corrupted in chrome.storage.local are quarantined at start; the others are untouched', async ({
  context,
  extensionId,
  openExtensionPage,
}) => {
  const page = await openExtensionPage('dashboard.html');
  for (const handle of ['ann', 'bob', 'cat'])
    await ask(page, { type: 'creator/shortlist', key: ig(handle) });
  const before = await storage(page, ['creator:instagram:ann', 'creator:instagram:cat']);
  const annRaw = before['creator:instagram:ann'] as Record<string, unknown>;

  // Written behind the store's back: a listed record turned to garbage, a record from a newer
  // version, a value under a creator key that names no account, and a valid record the index lacks.
  await page.evaluate(
    (dora) =>
      chrome.storage.local.set({
        'creator:instagram:bob': 'garbage',
        'creator:tiktok:newer': { schemaVersion: 99, platform: 'tiktok', handle: 'newer' },
        'creator:myspace:tom': { handle: 'tom' },
        'creator:instagram:dora': dora,
      }),
    { ...annRaw, handle: 'dora' },
  );

  const fresh = await restartBackground(context, page, extensionId);
  const problems = fresh.getByTestId('scout-problems').locator(':scope > li');
  await expect(problems).toHaveCount(3);
  const list = fresh.getByTestId('scout-problems');
  await expect(list).toContainText('The record of @newer on TikTok');
  await expect(list).toContainText('written by a newer version of Creator Scout');
  await expect(list).toContainText('names no Instagram or TikTok account');
  // What a marketer reads: no storage key, field path or raw message of the validator.
  await expect(list).not.toContainText('creator:');
  await expect(list).not.toContainText('schema');

  // The listed garbage is met on the first read of it, then set aside too.
  const { creators } = await ask(fresh, { type: 'creator/list', filter: { scope: 'all' } });
  expect(creators.map((c) => c.handle).sort()).toEqual(['ann', 'cat', 'dora']);
  const { problems: all } = await ask(fresh, { type: 'store/problems' });
  expect(all.map((p) => [p.key, p.raw, p.resolution]).sort()).toEqual([
    ['creator:instagram:bob', 'garbage', 'quarantined'],
    ['creator:myspace:tom', { handle: 'tom' }, 'quarantined'],
    [
      'creator:tiktok:newer',
      { schemaVersion: 99, platform: 'tiktok', handle: 'newer' },
      'quarantined',
    ],
  ]);

  // The valid records are byte for byte what they were; the corrupt ones are out of storage.
  const after = await storage(fresh, null);
  expect(after['creator:instagram:ann']).toEqual(before['creator:instagram:ann']);
  expect(after['creator:instagram:cat']).toEqual(before['creator:instagram:cat']);
  expect(
    Object.keys(after)
      .filter((k) => k.startsWith('creator:'))
      .sort(),
  ).toEqual(['creator:instagram:ann', 'creator:instagram:cat', 'creator:instagram:dora']);

  await fresh.goto(`chrome-extension://${extensionId}/dashboard.html`);
  const rows = fresh.getByTestId('scout-shortlist-item');
  await expect(rows).toHaveCount(3);
  expect(
    (await rows.evaluateAll((r) => r.map((x) => x.getAttribute('data-handle')))).sort(),
  ).toEqual(['ann', 'cat', 'dora']);
});

test('two pages shortlisting at once through real messaging lose no write', async ({
  openExtensionPage,
}) => {
  const [one, two] = [
    await openExtensionPage('dashboard.html'),
    await openExtensionPage('popup.html'),
  ];
  const { campaign: spring } = await ask(one, {
    type: 'campaign/create',
    campaign: campaign('Spring'),
  });
  const { campaign: autumn } = await ask(two, {
    type: 'campaign/create',
    campaign: campaign('Autumn'),
  });
  const burst = (page: Page, prefix: string, campaignId: string) =>
    page.evaluate(
      ({ prefix, campaignId }) =>
        Promise.all([
          ...Array.from({ length: 60 }, (_, i) =>
            chrome.runtime.sendMessage({
              type: 'creator/shortlist',
              key: { platform: i % 2 ? 'tiktok' : 'instagram', handle: `${prefix}${i}` },
              campaignId,
            }),
          ),
          // Both pages also add the same creator, each to its own campaign.
          chrome.runtime.sendMessage({
            type: 'creator/shortlist',
            key: { platform: 'instagram', handle: 'shared' },
            campaignId,
          }),
        ]),
      { prefix, campaignId },
    ) as Promise<Array<{ ok: boolean }>>;
  const answers = await Promise.all([burst(one, 'one', spring.id), burst(two, 'two', autumn.id)]);
  expect(answers.flat().every((a) => a.ok)).toBe(true);

  const { creators } = await ask(one, { type: 'creator/list', filter: { scope: 'all' } });
  expect(creators).toHaveLength(121);
  const shared = creators.find((c) => c.handle === 'shared')!;
  expect(shared.campaigns.map((e) => e.campaignId).sort()).toEqual([spring.id, autumn.id].sort());
  for (const [{ id }, prefix] of [
    [spring, 'one'],
    [autumn, 'two'],
  ] as const) {
    const { creators: members } = await ask(two, {
      type: 'creator/list',
      filter: { scope: 'shortlisted', campaignId: id },
    });
    expect(members.map((c) => c.handle).filter((h) => h.startsWith(prefix))).toHaveLength(60);
  }
});

test('an over-deep JSON file imported in the dashboard says what is wrong and changes nothing', async ({
  openExtensionPage,
}) => {
  const page = await openExtensionPage('dashboard.html');
  await ask(page, { type: 'creator/shortlist', key: ig('ann') });
  const before = await storage(page, null);
  await page.reload();
  const deep = `{\n  "format": "creator-scout-backup",\n  "creators": ${'['.repeat(100_000)}${']'.repeat(100_000)}\n}`;
  await page.getByTestId('scout-import').setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(deep),
  });
  const errors = page.getByTestId('scout-import-errors');
  await expect(errors).toContainText('line 3');
  await expect(errors).toContainText('nested more than 64 levels deep');
  await expect(errors).toContainText('not a Creator Scout backup');
  await expect(errors).not.toContainText('serialize');
  expect(await storage(page, null)).toEqual(before);
});
