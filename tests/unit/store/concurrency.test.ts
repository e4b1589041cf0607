import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sendMessage } from '../../../lib/store/client';
import { handlers } from '../../../lib/store/handlers/index';
import { createStoreServer, listen } from '../../../lib/store/server';
import { ok, testContext, visit } from './helpers';

beforeEach(() => fakeBrowser.reset());

const handles = (tab: string) => Array.from({ length: 100 }, (_, i) => `${tab}_${i}`);

describe('two tabs writing at once', () => {
  test('2 × 100 concurrent shortlists through runtime messaging → 200 records', async () => {
    listen(fakeBrowser.runtime, createStoreServer(testContext()));
    const tab = (name: string) =>
      handles(name).map((handle) =>
        sendMessage({ type: 'creator/shortlist', key: { platform: 'instagram', handle } }),
      );
    const results = await Promise.all([...tab('a'), ...tab('b')]);
    expect(results.filter((r) => r.ok)).toHaveLength(200);
    const listed = await ok(
      sendMessage({ type: 'creator/list', filter: { scope: 'shortlisted' } }),
    );
    expect(listed.creators).toHaveLength(200);
    const stored = Object.keys(await fakeBrowser.storage.local.get(null));
    expect(stored.filter((k) => k.startsWith('creator:'))).toHaveLength(200);
  });

  test('concurrent changes to the same creator all land', async () => {
    listen(fakeBrowser.runtime, createStoreServer(testContext()));
    const key = { platform: 'instagram', handle: 'jane' } as const;
    await ok(sendMessage({ type: 'creator/shortlist', key }));
    const visits = Array.from({ length: 40 }, (_, i) =>
      sendMessage(visit('jane', new Date(Date.UTC(2026, 2, 1, i)).toISOString(), 1000 + i)),
    );
    const said = { at: '2026-03-02T10:00:00.000Z', channel: 'dm', text: 'from tab a' } as const;
    const edits = [
      sendMessage({ type: 'creator/update', key, patch: { logAdd: [said] } }),
      sendMessage({
        type: 'creator/update-campaign',
        key,
        campaignId: null,
        patch: { discountCode: 'JANE15' },
      }),
    ];
    await Promise.all([...visits, ...edits]);
    const { creator } = await ok(sendMessage({ type: 'creator/get', key }));
    expect(creator?.snapshots).toHaveLength(40);
    expect(creator?.log).toEqual([said]);
    expect(creator?.campaigns[0]?.discountCode).toBe('JANE15');
  });

  test('control: the same writes without the queue lose index entries', async () => {
    // Proves the test above can fail: handlers interleaving on their own read-modify-write.
    const ctx = testContext();
    await Promise.all(
      [...handles('a'), ...handles('b')].map((handle) =>
        handlers['creator/shortlist'](
          { type: 'creator/shortlist', key: { platform: 'instagram', handle } },
          ctx,
        ),
      ),
    );
    const listed = await handlers['creator/list'](
      { type: 'creator/list', filter: { scope: 'all' } },
      ctx,
    );
    expect(listed.creators.length).toBeLessThan(200);
  });
});
