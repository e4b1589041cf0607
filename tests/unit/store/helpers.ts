import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { z } from 'zod';
import type { Request, RequestType, Response } from '../../../lib/model/messages';
import type { PageReading, Platform } from '../../../lib/model/reading';
import type { Snapshot } from '../../../lib/model/snapshot';
import { browserArea } from '../../../lib/store/browser-area';
import { storeContext, type StoreContext } from '../../../lib/store/context';
import { createStoreServer } from '../../../lib/store/server';

export const exact = (value: number) => ({ value, exact: true, source: 'embedded-json' as const });

export function reading(
  handle: string,
  platform: Platform = 'instagram',
  at = '2026-03-01T10:00:00.000Z',
): PageReading {
  return {
    platform,
    page: 'profile',
    url: `https://www.${platform}.com/${platform === 'tiktok' ? '@' : ''}${handle}/`,
    handle,
    status: 'ok',
    profile: {
      handle,
      displayName: `Name of ${handle}`,
      bio: 'Watercolour tutorials',
      externalUrl: null,
      verified: false,
      private: false,
      category: null,
      followers: exact(12_300),
      following: exact(321),
      posts: exact(240),
      likes: { value: null, exact: false, source: null, reason: 'not shown on Instagram' },
    },
    posts: [],
    comments: [],
    missing: [],
    readAt: at,
  };
}

export function snapshot(at: string, followers = 12_300): Snapshot {
  return {
    at,
    followers,
    following: 321,
    posts: 240,
    likes: null,
    engagementRate: 0.031,
    engagementBasis: 'followers',
    spamRatio: 0.05,
  };
}

export const visit = (handle: string, at = '2026-03-01T10:00:00.000Z', followers = 12_300) =>
  ({
    type: 'creator/record-visit',
    reading: reading(handle, 'instagram', at),
    snapshot: snapshot(at, followers),
    verdict: { verdict: 'strong', scores: { engagementRate: 0.031 }, engagement: { posts: [] } },
  }) as const;

/** A clock that moves one second per call, from a fixed start. */
export function testContext(start = Date.parse('2026-03-01T12:00:00.000Z')): StoreContext {
  let tick = 0;
  let id = 0;
  return storeContext(browserArea(fakeBrowser.storage.local), {
    now: () => new Date(start + 1000 * tick++).toISOString(),
    newId: () => `id-${++id}`,
  });
}

export type Ask = <R extends z.input<typeof Request>>(request: R) => Promise<Response<R['type']>>;

/** A store server on fakeBrowser storage, asked directly (no runtime messaging). */
export function testServer(ctx = testContext()): { ask: Ask; ctx: StoreContext } {
  const handle = createStoreServer(ctx);
  const ask = ((request: unknown) => handle(request)) as Ask;
  return { ask, ctx };
}

/** The data of a successful response, or a failed expectation with the error. */
export async function ok<T extends RequestType>(pending: Promise<Response<T>>) {
  const res = await pending;
  if (!res.ok) throw new Error(`expected ok, got ${JSON.stringify(res.error)}`);
  return res.data;
}

export const storageDump = async () => structuredClone(await fakeBrowser.storage.local.get(null));
