import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LOG_MAX, type LogEntry } from '../../../lib/model/conversation-log';
import { ok, storageDump, testServer, visit } from './helpers';

const key = { platform: 'instagram', handle: 'ann' } as const;
const said = (text: string, at: string, channel: LogEntry['channel'] = 'dm'): LogEntry => ({
  at,
  channel,
  text,
});

describe('creator/update: the conversation log', () => {
  beforeEach(() => fakeBrowser.reset());

  const start = async () => {
    const { ask } = testServer();
    await ok(ask(visit('ann')));
    const log = async () => (await ok(ask({ type: 'creator/get', key }))).creator!.log;
    return { ask, log };
  };

  test('adds newest first whatever the order sent, trims the text, logs a duplicate once', async () => {
    const { ask, log } = await start();
    const old = said('first', '2026-01-05T10:00:00Z');
    const recent = said('  second\n', '2026-02-01T09:00:00.000Z', 'email');
    await ok(ask({ type: 'creator/update', key, patch: { logAdd: [old, recent, old] } }));
    expect(await log()).toEqual([
      said('second', '2026-02-01T09:00:00.000Z', 'email'),
      said('first', '2026-01-05T10:00:00.000Z'),
    ]);
  });

  test('an edit is a removal and an addition; one removed in another tab refuses it', async () => {
    const { ask, log } = await start();
    const a = said('a', '2026-01-05T10:00:00.000Z');
    await ok(ask({ type: 'creator/update', key, patch: { logAdd: [a] } }));
    const edited = { ...a, text: 'a, corrected', channel: 'call' as const };
    await ok(ask({ type: 'creator/update', key, patch: { logRemove: [a], logAdd: [edited] } }));
    expect(await log()).toEqual([edited]);
    const stale = await ask({
      type: 'creator/update',
      key,
      patch: { logRemove: [a], logAdd: [said('b', '2026-01-06T10:00:00.000Z')] },
    });
    expect(stale.ok).toBe(false);
    expect(!stale.ok && stale.error.message).toMatch(/no longer in the log of ann: reload/);
    expect(await log()).toEqual([edited]);
  });

  test(`at ${LOG_MAX} entries another is refused with the reason; nothing is dropped`, async () => {
    const { ask, log } = await start();
    const full = Array.from({ length: LOG_MAX }, (_, i) =>
      said(`call ${i}`, new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString()),
    );
    await ok(ask({ type: 'creator/update', key, patch: { logAdd: full } }));
    expect(await log()).toHaveLength(LOG_MAX);
    const before = await storageDump();
    const more = await ask({
      type: 'creator/update',
      key,
      patch: { logAdd: [said('one more', '2026-06-01T10:00:00.000Z')] },
    });
    expect(more.ok).toBe(false);
    expect(!more.ok && more.error.message).toMatch(
      `holds at most ${LOG_MAX} entries: delete older ones first`,
    );
    expect(await storageDump()).toEqual(before);
    // Deleting one makes room for the next.
    await ok(
      ask({
        type: 'creator/update',
        key,
        patch: { logRemove: [full[0]!], logAdd: [said('one more', '2026-06-01T10:00:00.000Z')] },
      }),
    );
    expect((await log())[0]!.text).toBe('one more');
  });

  test.each([
    ['a blank text', [said('   ', '2026-01-05T10:00:00.000Z')]],
    ['a text too long', [said('x'.repeat(5001), '2026-01-05T10:00:00.000Z')]],
    ['a time that is none', [said('hi', 'last tuesday')]],
    ['an unknown channel', [{ at: '2026-01-05T10:00:00.000Z', channel: 'fax', text: 'hi' }]],
  ])('refuses %s', async (_name, logAdd) => {
    const { ask, log } = await start();
    const res = await ask({ type: 'creator/update', key, patch: { logAdd } as never });
    expect(res.ok).toBe(false);
    expect(await log()).toEqual([]);
  });
});
