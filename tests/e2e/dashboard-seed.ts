import type { Page } from '@playwright/test';
import type { Campaign } from '../../lib/model/campaign';
import type { LogEntry } from '../../lib/model/conversation-log';
import { STORE_VERSION, type CampaignEntry, type CreatorRecord } from '../../lib/model/creator';
import type { Backup } from '../../lib/model/messages';
import type { PageReading, Platform } from '../../lib/model/reading';
import { defaultUserSettings } from '../../lib/model/settings-store';
import { noResult, type CampaignResult } from '../../lib/model/results';
import type { Snapshot } from '../../lib/model/snapshot';
import { keptPostsOf } from '../../lib/store/recent-posts';

/** Backups for the dashboard's browser tests: the store is seeded the way a user restores one. */

const exact = (value: number) => ({
  value,
  exact: true,
  source: 'embedded-json' as const,
  detail: 'user.edge_followed_by.count',
});

export function reading(
  handle: string,
  platform: Platform,
  at: string,
  followers: number,
): PageReading {
  return {
    platform,
    page: 'profile',
    url:
      platform === 'tiktok'
        ? `https://www.tiktok.com/@${handle}`
        : `https://www.instagram.com/${handle}/`,
    handle,
    status: 'ok',
    profile: {
      handle,
      displayName: null,
      bio: null,
      externalUrl: null,
      verified: false,
      private: false,
      category: null,
      followers: exact(followers),
      following: exact(300),
      posts: exact(120),
      likes: { value: null, exact: false, source: null, reason: 'not shown on Instagram' },
    },
    posts: [],
    comments: [
      {
        id: 'c1',
        postId: null,
        author: 'spammer<b>',
        text: '<img src=x onerror=alert(1)> DM us to collab 🔥',
        likes: null,
        createdAt: null,
        isCreatorReply: false,
        isReply: false,
        source: 'network',
      },
    ],
    missing: [],
    readAt: at,
  };
}

export function snapshot(at: string, followers: number, engagementRate: number): Snapshot {
  return {
    at,
    followers,
    following: 300,
    posts: 120,
    likes: null,
    engagementRate,
    engagementBasis: 'followers',
    spamRatio: 0.1,
  };
}

/** One logged conversation (channel `other` unless given). */
export function said(
  text: string,
  at = '2026-03-01T10:00:00.000Z',
  channel: LogEntry['channel'] = 'other',
): LogEntry {
  return { at, channel, text };
}

export function entry(
  campaignId: string | null,
  patch: Partial<CampaignEntry> = {},
): CampaignEntry {
  return {
    campaignId,
    status: 'shortlisted',
    addedAt: '2026-03-01T10:00:00.000Z',
    discountCode: null,
    trackingLink: null,
    offerOverride: null,
    results: null,
    redFlags: [],
    deliverables: [],
    removedDeliverables: [],
    publishAt: null,
    updatedAt: '2026-03-01T10:00:00.000Z',
    ...patch,
  };
}

export function creator(
  handle: string,
  followers: number,
  options: {
    platform?: Platform;
    displayName?: string | null;
    log?: LogEntry[];
    tags?: string[];
    campaigns?: CampaignEntry[];
    engagement?: number[];
  } = {},
): CreatorRecord {
  const platform = options.platform ?? 'instagram';
  const rates = options.engagement ?? [0.03];
  const snapshots = rates.map((rate, i) =>
    snapshot(new Date(Date.UTC(2026, 2, 1 + 7 * i, 10)).toISOString(), followers + i * 10, rate),
  );
  const last = snapshots.at(-1)!;
  const lastReading = reading(handle, platform, last.at, last.followers!);
  return {
    schemaVersion: STORE_VERSION,
    platform,
    handle,
    displayName: options.displayName ?? null,
    firstSeenAt: snapshots[0]!.at,
    lastSeenAt: last.at,
    shortlistedAt: options.campaigns?.length ? snapshots[0]!.at : null,
    log: options.log ?? [],
    tags: options.tags ?? [],
    affiliateLink: null,
    campaigns: options.campaigns ?? [],
    snapshots,
    lastReading: {
      at: last.at,
      url: reading(handle, platform, last.at, followers).url,
      reading: lastReading,
      verdict: {
        verdict: 'review',
        scores: {
          engagementRate: last.engagementRate,
          engagementBasis: 'followers',
          spamRatio: 0.1,
          audienceFit: 0.5,
        },
        reasons: [{ weight: 1, direction: 'data', text: 'seeded reading' }],
        flags: [
          {
            id: 'spam-comments',
            severity: 'medium',
            message: 'Some comments look like spam',
            evidence: [{ kind: 'comment', id: 'c1', detail: '<img src=x onerror=alert(1)>' }],
          },
        ],
        spam: { audienceComments: 1, spam: 1, generic: 0, genuine: 0 },
        comments: [
          {
            id: null,
            postId: null,
            author: null,
            text: '<img src=x onerror=alert(1)> DM us to collab 🔥',
            label: 'spam',
            reasons: ['asks readers to message an account'],
            isCreatorReply: false,
          },
        ],
      },
      postIds: lastReading.posts.map((p) => p.id),
    },
    recentPosts: keptPostsOf(lastReading, handle, last.at),
    updatedAt: last.at,
  };
}

export function campaign(id: string, name: string, patch: Partial<Campaign> = {}): Campaign {
  return {
    id,
    name,
    brief: null,
    discountPct: null,
    plan: null,
    startsOn: '2026-03-01',
    endsOn: null,
    offer: { model: 'hybrid', flatFee: 500, commissionPct: 5, currency: 'USD' },
    templateIds: [],
    landingUrl: 'https://shop.example/kit',
    createdAt: '2026-03-01T09:00:00.000Z',
    updatedAt: '2026-03-01T09:00:00.000Z',
    ...patch,
  };
}

/** Figures typed by hand for a creator in a campaign (on 20 March 2026); what is not given is unknown. */
export const handResult = (figures: Partial<CampaignResult>): CampaignResult => ({
  ...noResult('2026-03-20T10:00:00.000Z'),
  basis: 'hand',
  ...figures,
});

export function backup(creators: CreatorRecord[], campaigns: Campaign[] = []): Backup {
  return {
    format: 'creator-scout-backup',
    version: 1,
    exportedAt: '2026-03-20T10:00:00.000Z',
    creators,
    campaigns,
    templates: [],
    settings: defaultUserSettings(),
    problems: [],
  };
}

/** Replaces the store with the backup (from the extension page, as the dashboard would) and reloads. */
export async function seed(page: Page, data: Backup): Promise<void> {
  const answer = await page.evaluate(
    (message) =>
      (
        globalThis as unknown as {
          chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
        }
      ).chrome.runtime.sendMessage(message),
    { type: 'store/import', backup: data, mode: 'replace' },
  );
  if (!(answer as { ok: boolean }).ok) throw new Error(`seeding failed: ${JSON.stringify(answer)}`);
  await page.reload();
  await page.getByTestId('scout-dashboard').and(page.locator('[data-state="ready"]')).waitFor();
}

/** The handles of the table's rows, top to bottom. */
export const tableHandles = (page: Page) =>
  page
    .getByTestId('scout-shortlist-item')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-handle')));

/** A new campaign made in the dashboard the way a marketer does: its name, then Create. */
export async function createCampaignOnPage(page: Page, name: string): Promise<void> {
  await page.getByTestId('scout-nav-campaigns').click();
  await page.getByTestId('scout-campaign-name').fill(name);
  await page.getByRole('button', { name: 'Create' }).click();
  await page.getByRole('heading', { name, level: 3 }).waitFor();
}
