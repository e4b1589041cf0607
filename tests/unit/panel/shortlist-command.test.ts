import { describe, expect, test, vi } from 'vitest';
import { listenForShortlistCommand } from '../../../lib/background/shortlist-command';
import {
  onShortlistCommand,
  SHORTLIST_COMMAND,
  SHORTLIST_MESSAGE,
} from '../../../lib/content-script/shortlist-command';
import { isShortlistedIn, shortlistView } from '../../../lib/panel/shortlist';

function fakeRuntime() {
  const listeners = new Set<(message: unknown) => void>();
  return {
    onMessage: {
      addListener: (l: (message: unknown) => void) => listeners.add(l),
      removeListener: (l: (message: unknown) => void) => listeners.delete(l),
    },
    dispatch: (message: unknown) => listeners.forEach((l) => l(message)),
    count: () => listeners.size,
  };
}

function fakeApis(activeTab: number | undefined, sendFails = false) {
  let listener: ((command: string, tab?: { id?: number }) => void) | null = null;
  const sent: Array<[number, unknown]> = [];
  return {
    sent,
    fire: (command: string, tab?: { id?: number }) => listener?.(command, tab),
    apis: {
      commands: { onCommand: { addListener: (l: typeof listener) => (listener = l) } },
      tabs: {
        query: async () => (activeTab === undefined ? [] : [{ id: activeTab }]),
        sendMessage: async (id: number, message: unknown) => {
          if (sendFails)
            throw new Error('Could not establish connection. Receiving end does not exist.');
          sent.push([id, message]);
        },
      },
    },
  };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('the shortlist shortcut, background side', () => {
  test('forwards the command to the tab it was pressed in', async () => {
    const f = fakeApis(9);
    listenForShortlistCommand(f.apis);
    f.fire(SHORTLIST_COMMAND, { id: 4 });
    await settle();
    expect(f.sent).toEqual([[4, { type: SHORTLIST_MESSAGE }]]);
  });

  test('without a tab in the event, to the active tab', async () => {
    const f = fakeApis(9);
    listenForShortlistCommand(f.apis);
    f.fire(SHORTLIST_COMMAND);
    await settle();
    expect(f.sent).toEqual([[9, { type: SHORTLIST_MESSAGE }]]);
  });

  test('ignores other commands, and tabs without a panel', async () => {
    const f = fakeApis(9);
    listenForShortlistCommand(f.apis);
    f.fire('_execute_action', { id: 4 });
    await settle();
    expect(f.sent).toEqual([]);
    const failing = fakeApis(9, true);
    listenForShortlistCommand(failing.apis);
    failing.fire(SHORTLIST_COMMAND, { id: 4 });
    await settle();
    expect(failing.sent).toEqual([]);
    const none = fakeApis(undefined);
    listenForShortlistCommand(none.apis);
    none.fire(SHORTLIST_COMMAND);
    await settle();
    expect(none.sent).toEqual([]);
  });
});

describe('the shortlist shortcut, page side', () => {
  test('calls the handler for the command message only, until unsubscribed', () => {
    const runtime = fakeRuntime();
    const handler = vi.fn();
    const stop = onShortlistCommand(runtime, handler);
    runtime.dispatch({ type: 'creator/get' });
    runtime.dispatch(null);
    runtime.dispatch('creator-scout/shortlist-command');
    expect(handler).not.toHaveBeenCalled();
    runtime.dispatch({ type: SHORTLIST_MESSAGE });
    expect(handler).toHaveBeenCalledTimes(1);
    stop();
    expect(runtime.count()).toBe(0);
  });

  test('a failing handler does not throw into the messaging', () => {
    const runtime = fakeRuntime();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    onShortlistCommand(runtime, () => {
      throw new Error('boom');
    });
    expect(() => runtime.dispatch({ type: SHORTLIST_MESSAGE })).not.toThrow();
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});

describe('the shortlist button', () => {
  const entry = (campaignId: string | null) => ({ campaignId }) as never;
  test.each([
    [null, null, false],
    [{ campaigns: [] }, null, false],
    [{ campaigns: [entry(null)] }, null, true],
    [{ campaigns: [entry(null)] }, 'c1', false],
    [{ campaigns: [entry('c1')] }, 'c1', true],
    [{ campaigns: [entry('c2')] }, 'c1', false],
  ])('record %j, active campaign %j → shortlisted %s', (record, active, expected) => {
    expect(isShortlistedIn(record, active)).toBe(expected);
  });

  test.each([
    ['unknown', null, true, 'Shortlist', true],
    ['idle', null, true, 'Shortlist', false],
    ['idle', 'Spring', true, 'Shortlist to “Spring”', false],
    ['idle', null, false, 'Shortlist', true],
    ['saving', null, true, 'Shortlisting…', true],
    ['done', null, true, 'Shortlisted', true],
    ['done', 'Spring', true, 'Shortlisted in “Spring”', true],
    ['error', null, true, 'Retry: shortlist', false],
  ] as const)('%s (campaign %j, can %s) → %j, disabled %s', (state, name, can, label, disabled) => {
    expect(shortlistView(state, name, can)).toEqual({ state, label, disabled });
  });
});
