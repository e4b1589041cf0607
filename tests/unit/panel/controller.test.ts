import { describe, expect, test } from 'vitest';
import type {
  RequestInput,
  RequestType,
  Response,
  ResponseData,
} from '../../../lib/model/messages';
import type { PageReading } from '../../../lib/model/reading';
import { createPanelController, type PanelState, type Send } from '../../../lib/panel/controller';
import { memoryArea } from '../../../lib/store/area';
import { storeContext } from '../../../lib/store/context';
import { createStoreServer } from '../../../lib/store/server';
import { genuineComments, NOW, posts, reading } from '../rules/build';

/** A profile reading of `handle` with `followers`, three posts and enough comments. */
function profile(handle: string, followers: number, over: Partial<PageReading> = {}): PageReading {
  const r = reading({ followers, posts: posts([1000, 1400, 800]), comments: genuineComments(20) });
  return {
    ...r,
    handle,
    url: `https://www.instagram.com/${handle}/`,
    profile: { ...r.profile!, handle, displayName: handle.toUpperCase() },
    ...over,
  };
}

/** The real store (lib/store) over memory, with a log of requests and an optional gate per type. */
function harness(options: { clock?: () => Date } = {}) {
  const area = memoryArea();
  let counter = 0;
  const clock = options.clock ?? (() => NOW);
  const server = createStoreServer(
    storeContext(area, { now: () => clock().toISOString(), newId: () => `id${++counter}` }),
  );
  const sent: Array<RequestInput<RequestType>> = [];
  const gates: Array<() => void> = [];
  let held: (request: RequestInput<RequestType>) => boolean = () => false;
  const send: Send = async <T extends RequestType>(request: RequestInput<T>) => {
    const r = request as RequestInput<RequestType>;
    sent.push(r);
    if (held(r)) await new Promise<void>((resolve) => gates.push(resolve));
    return (await server(request)) as Response<T>;
  };
  const states: PanelState[] = [];
  const timers: Array<() => void> = [];
  const controller = createPanelController({
    platform: 'instagram',
    send,
    now: clock,
    onChange: (s) => states.push(s),
    setTimer: (fn) => timers.push(fn),
    clearTimer: () => undefined,
  });
  /** A request straight to the store, as the popup would send it; fails the test on an error. */
  const ask = async <T extends RequestType>(request: RequestInput<T>): Promise<ResponseData<T>> => {
    const response = (await server(request)) as Response<T>;
    if (!response.ok) throw new Error(response.error.message);
    return response.data;
  };
  return {
    controller,
    ask,
    sent,
    states,
    /** Holds back the answers to the requests `which` picks until `release()`. */
    hold: (which: (request: RequestInput<RequestType>) => boolean) => (held = which),
    release: () => {
      for (const resolve of gates.splice(0)) resolve();
    },
    runTimers: async () => {
      for (const fn of timers.splice(0)) fn();
      await settle();
    },
    last: () => states[states.length - 1]!,
    value: (s: PanelState, id: string) => s.view.metrics.find((m) => m.testId === id)!.value,
  };
}

const settle = async () => {
  for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 0));
};

describe('the panel controller', () => {
  test('shows the numbers at once, before the store answers', () => {
    const h = harness();
    h.hold((r) => r.type === 'creator/get');
    h.controller.update(profile('alice', 20_000), true);
    expect(h.value(h.last(), 'scout-followers')).toBe(20_000);
    expect(h.last().shortlist.disabled).toBe(true);
  });

  test('navigating to another creator clears the old numbers in the first state emitted', async () => {
    const h = harness();
    h.controller.update(profile('alice', 20_000), true);
    await settle();
    const before = h.states.length;
    h.controller.update(profile('bob', 55_555), true);
    const first = h.states[before]!;
    expect(first.key).toBe('instagram:bob');
    expect(first.view.metrics.map((m) => m.value)).not.toContain(20_000);
    for (const s of h.states.slice(before)) expect(h.value(s, 'scout-followers')).not.toBe(20_000);
    expect(h.value(h.last(), 'scout-followers')).toBe(55_555);
  });

  test('the same URL with a new handle (stale page data replaced) also starts afresh', () => {
    const h = harness();
    h.controller.update(profile('alice', 20_000), false);
    h.controller.update(profile('bob', 30_000), false);
    expect(h.last().key).toBe('instagram:bob');
    expect(h.value(h.last(), 'scout-followers')).toBe(30_000);
  });

  test("an answer about the previous creator does not leak into the next one's panel", async () => {
    const h = harness();
    await h.ask({ type: 'creator/shortlist', key: { platform: 'instagram', handle: 'alice' } });
    h.hold((r) => r.type === 'creator/get' && r.key.handle === 'alice');
    h.controller.update(profile('alice', 20_000), true);
    h.controller.update(profile('bob', 30_000), true);
    await settle();
    expect(h.last().shortlist.state).toBe('idle');
    // alice's answer arrives after bob's.
    h.release();
    await settle();
    expect(h.last().key).toBe('instagram:bob');
    // alice is shortlisted, bob is not: the late answer for alice must not mark bob.
    expect(h.last().shortlist.state).toBe('idle');
  });

  test('records the visit once per distinct snapshot', async () => {
    const h = harness();
    h.controller.update(profile('alice', 20_000), true);
    await settle();
    await h.runTimers();
    h.controller.update(profile('alice', 20_000), false);
    await h.runTimers();
    h.controller.update(profile('alice', 20_100), false);
    await h.runTimers();
    const visits = h.sent.filter((r) => r.type === 'creator/record-visit');
    expect(visits).toHaveLength(2);
    expect(
      visits.map((v) => (v.type === 'creator/record-visit' ? v.snapshot.followers : 0)),
    ).toEqual([20_000, 20_100]);
    const stored = await h.ask({
      type: 'creator/get',
      key: { platform: 'instagram', handle: 'alice' },
    });
    expect(stored.creator?.snapshots.map((s) => s.followers)).toEqual([20_100]);
  });

  test('an identical re-reading (only its time differs) is not scored or rendered again', async () => {
    const h = harness();
    h.controller.update(profile('alice', 20_000), true);
    await settle();
    const before = h.states.length;
    h.controller.update({ ...profile('alice', 20_000), readAt: '2026-03-01T12:00:05.000Z' }, false);
    expect(h.states.length).toBe(before);
    h.controller.update(profile('alice', 20_001), false);
    expect(h.states.length).toBe(before + 1);
    expect(h.value(h.last(), 'scout-followers')).toBe(20_001);
  });

  test('leaving a creator before the quiet delay still records their visit', async () => {
    const h = harness();
    h.controller.update(profile('alice', 20_000), true);
    await settle();
    // The visit is scheduled (timer pending), then the user moves on.
    h.controller.update(profile('bob', 30_000), true);
    await settle();
    const visits = h.sent.filter((r) => r.type === 'creator/record-visit');
    expect(visits.map((v) => v.type === 'creator/record-visit' && v.reading.handle)).toEqual([
      'alice',
    ]);
    const alice = await h.ask({
      type: 'creator/get',
      key: { platform: 'instagram', handle: 'alice' },
    });
    expect(alice.creator?.snapshots.map((s) => s.followers)).toEqual([20_000]);
    // bob's own visit follows after the delay; unmounting flushes it as well.
    h.controller.dispose();
    await settle();
    expect(
      h.sent
        .filter((r) => r.type === 'creator/record-visit')
        .map((v) => v.type === 'creator/record-visit' && v.reading.handle),
    ).toEqual(['alice', 'bob']);
  });

  test('does not record unusable pages', async () => {
    const h = harness();
    h.controller.update({ ...profile('alice', 20_000), status: 'login-wall' }, true);
    await settle();
    await h.runTimers();
    expect(h.sent.some((r) => r.type === 'creator/record-visit')).toBe(false);
    expect(h.last().view.metrics.every((m) => m.value === null)).toBe(true);
  });

  test('shortlists into the active campaign, then shows "Shortlisted" and the change since the last visit', async () => {
    let now = new Date('2026-03-01T09:00:00Z');
    const h = harness({ clock: () => now });
    const created = await h.ask({
      type: 'campaign/create',
      campaign: {
        name: 'Oat milk launch',
        brief: { name: 'Oat milk launch', keywords: ['recipe'] },
        startsOn: null,
        endsOn: null,
        offer: null,
        templateIds: [],
        landingUrl: null,
      },
    });
    const id = created.campaign.id;
    await h.ask({ type: 'campaign/set-active', id });
    // An earlier visit, three days before.
    h.controller.update(profile('alice', 20_000), true);
    await settle();
    await h.runTimers();
    now = new Date('2026-03-04T09:00:00Z');
    h.controller.update(profile('alice', 20_600), true);
    await settle();
    expect(h.last().change).toMatchObject({ followers: 600 });
    expect(h.last().change!.text).toMatch(
      /^Since your last visit 3 days ago: followers \+600 \(\+3\.0%\)/,
    );
    expect(h.last().view.metrics.find((m) => m.testId === 'scout-audience-fit')!.note).toBe(
      'for “Oat milk launch”',
    );
    expect(h.last().shortlist).toMatchObject({ state: 'idle', disabled: false });

    await h.controller.shortlist();
    expect(h.last().shortlist).toMatchObject({ state: 'done', disabled: true });
    expect(h.last().shortlist.label).toBe('Shortlisted in “Oat milk launch”');
    const listed = await h.ask({ type: 'creator/list', filter: { campaignId: id } });
    expect(listed.creators.map((c) => c.handle)).toEqual(['alice']);
    expect(listed.creators[0]!.displayName).toBe('ALICE');
  });

  test('shortlisting records the visit at once: a tab closed right after keeps its posts', async () => {
    const h = harness();
    h.controller.update(profile('alice', 20_000), true);
    await settle();
    // No quiet time has passed: the visit is still waiting.
    expect(h.sent.some((r) => r.type === 'creator/record-visit')).toBe(false);
    await h.controller.shortlist();
    await settle();
    const types = h.sent.map((r) => r.type);
    expect(types.indexOf('creator/record-visit')).toBeGreaterThan(-1);
    expect(types.indexOf('creator/record-visit')).toBeLessThan(types.indexOf('creator/shortlist'));
    const got = await h.ask({
      type: 'creator/get',
      key: { platform: 'instagram', handle: 'alice' },
    });
    expect(got.creator?.lastReading?.postIds?.length).toBe(3);
    expect(got.creator?.campaigns.length).toBe(1);
  });

  test('a creator already on the shortlist shows "Shortlisted" on arrival', async () => {
    const h = harness();
    await h.ask({ type: 'creator/shortlist', key: { platform: 'instagram', handle: 'alice' } });
    h.controller.update(profile('Alice', 20_000), true);
    await settle();
    expect(h.last().shortlist).toMatchObject({ state: 'done', label: 'Shortlisted' });
  });

  test('without a background: numbers still show, the failure is told, nothing throws', async () => {
    const states: PanelState[] = [];
    const controller = createPanelController({
      platform: 'tiktok',
      send: async () => {
        throw new Error('Could not establish connection');
      },
      now: () => NOW,
      onChange: (s) => states.push(s),
      setTimer: () => 0,
      clearTimer: () => undefined,
    });
    controller.update(profile('alice', 20_000), true);
    await settle();
    const last = states[states.length - 1]!;
    expect(last.view.metrics[0]!.value).toBe(20_000);
    expect(last.notice).toMatch(
      /^Couldn't load the campaign settings: .*Could not establish connection/,
    );
    await controller.shortlist();
    expect(states[states.length - 1]!.shortlist.state).toBe('error');
  });

  test('a page without a handle cannot be shortlisted', async () => {
    const h = harness();
    h.controller.update({ ...profile('x', 1000), handle: null }, true);
    await settle();
    expect(h.last().shortlist.disabled).toBe(true);
    await h.controller.shortlist();
    expect(h.sent.some((r) => r.type === 'creator/shortlist')).toBe(false);
  });
});

describe('a malformed reading (a reader bug)', () => {
  test('shows "couldn\'t read" with no number instead of throwing or keeping the old numbers', async () => {
    const h = harness();
    h.controller.update(profile('alice', 20_000), true);
    await settle();
    const broken = {
      ...profile('bob', 30_000),
      profile: { handle: 'bob' },
      posts: [{ id: 'p1' }],
    } as unknown as PageReading;
    expect(() => h.controller.update(broken, true)).not.toThrow();
    const last = h.last();
    expect(last.key).toBe('instagram:bob');
    expect(last.view.status.kind).toBe('unreadable');
    expect(last.view.status.detail).toMatch(/^Creator Scout could not show this page/);
    expect(last.view.metrics.map((m) => m.value)).toEqual([null, null, null, null]);
  });
});
