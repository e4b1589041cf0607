import { z } from 'zod';
import { CampaignEntryPatch, CreatorPatch, type RequestOf } from '../model/messages';
import { Handle, STORE_VERSION, type CampaignEntry, type CreatorRecord } from '../model/creator';
import { LOG_MAX, sameEntry, sortLog, type LogEntry } from '../model/conversation-log';
import type { CreatorKey } from '../model/snapshot';
import { compactReading, compactVerdict, postIdsOf } from './compact';
import { mergeLastReading } from './merge-reading';
import { StoreError } from './context';
import { withShortlistInvariant } from './revive';
import { keptPostsOf, mergeRecentPosts } from './recent-posts';
import { mergeSnapshot } from './snapshots';

/** Pure changes to one creator record: no storage, no clock but the `now` passed in. */

export function newCreator(key: CreatorKey, now: string): CreatorRecord {
  return {
    schemaVersion: STORE_VERSION,
    platform: key.platform,
    handle: key.handle,
    displayName: null,
    firstSeenAt: null,
    lastSeenAt: null,
    shortlistedAt: null,
    log: [],
    tags: [],
    affiliateLink: null,
    campaigns: [],
    snapshots: [],
    lastReading: null,
    recentPosts: [],
    updatedAt: now,
  };
}

export type Visit = Omit<RequestOf<'creator/record-visit'>, 'type'>;

/** Which creator a visit is about, or why it cannot be recorded. */
export function visitKey(visit: Visit): { key: CreatorKey } | { reason: string } {
  const { reading, snapshot } = visit;
  if (reading.status !== 'ok') return { reason: `the page is not readable (${reading.status})` };
  const handle = Handle.safeParse(reading.handle ?? '');
  if (!handle.success) return { reason: 'the page names no creator handle' };
  const numbers = [
    snapshot.followers,
    snapshot.following,
    snapshot.posts,
    snapshot.likes,
    snapshot.engagementRate,
    snapshot.spamRatio,
  ];
  // A post page of a creator one only viewed is kept too: its post's numbers are the evidence.
  if (
    numbers.every((n) => n === null) &&
    keptPostsOf(reading, handle.data, snapshot.at).length === 0
  )
    return { reason: 'no number could be read on this page' };
  return { key: { platform: reading.platform, handle: handle.data } };
}

const SNAPSHOT_COUNTS = ['followers', 'following', 'posts', 'likes'] as const;

const hasNumbers = (snapshot: Visit['snapshot']): boolean =>
  [...SNAPSHOT_COUNTS, 'engagementRate', 'spamRatio'].some(
    (field) => snapshot[field as keyof typeof snapshot] != null,
  );

/**
 * A visit's snapshot merged into the history and its reading merged into the last one: an exact
 * count is not replaced by its rounded display, a verdict or rate not by none (lib/store/merge-reading.ts).
 */
export function applyVisit(record: CreatorRecord, visit: Visit, now: string): CreatorRecord {
  const at = visit.snapshot.at;
  const newer = (a: string | null) => a === null || Date.parse(at) >= Date.parse(a);
  const isLatest = newer(record.lastReading?.at ?? null);
  const lastReading = isLatest
    ? mergeLastReading(record.lastReading, {
        at,
        url: visit.reading.url,
        reading: compactReading(visit.reading),
        verdict: compactVerdict(visit.verdict),
        postIds: postIdsOf(visit.reading),
      })
    : record.lastReading;
  const snapshot = { ...visit.snapshot };
  const profile = isLatest ? lastReading?.reading.profile : null;
  // The snapshot takes the exact count kept from an earlier reading over its rounded display.
  for (const field of SNAPSHOT_COUNTS) {
    const live = visit.reading.profile?.[field];
    const kept = profile?.[field];
    if (live && kept && !live.exact && kept.exact && snapshot[field] === live.value)
      snapshot[field] = kept.value;
  }
  return {
    ...record,
    displayName: visit.reading.profile?.displayName ?? record.displayName,
    firstSeenAt:
      record.firstSeenAt === null || Date.parse(at) < Date.parse(record.firstSeenAt)
        ? at
        : record.firstSeenAt,
    lastSeenAt: newer(record.lastSeenAt) ? at : record.lastSeenAt,
    snapshots: hasNumbers(snapshot) ? mergeSnapshot(record.snapshots, snapshot) : record.snapshots,
    lastReading,
    recentPosts: mergeRecentPosts(
      record.recentPosts,
      keptPostsOf(visit.reading, record.handle, at),
    ),
    updatedAt: now,
  };
}

/** A creator just shortlisted into a campaign (null: none): nothing agreed, coded or posted yet. */
export function newEntry(campaignId: string | null, now: string): CampaignEntry {
  return {
    campaignId,
    status: 'shortlisted',
    addedAt: now,
    discountCode: null,
    trackingLink: null,
    offerOverride: null,
    results: null,
    redFlags: [],
    deliverables: [],
    removedDeliverables: [],
    publishAt: null,
    updatedAt: now,
  };
}

/**
 * Into a campaign (or the shortlist without one). Already there: unchanged. Shortlisting into a
 * campaign a creator who sits in the no-campaign shortlist moves that entry (status, code, …) over.
 */
export function applyShortlist(
  record: CreatorRecord,
  campaignId: string | null,
  now: string,
): CreatorRecord {
  if (record.campaigns.some((e) => e.campaignId === campaignId)) return record;
  const loose = record.campaigns.findIndex((e) => e.campaignId === null);
  const campaigns =
    campaignId !== null && loose >= 0
      ? record.campaigns.map((e, i) => (i === loose ? { ...e, campaignId, updatedAt: now } : e))
      : [...record.campaigns, newEntry(campaignId, now)];
  return { ...record, campaigns, shortlistedAt: record.shortlistedAt ?? now, updatedAt: now };
}

/**
 * Into a campaign without moving anything: an import row names its campaign, and a creator can sit
 * in the no-campaign shortlist and a campaign at once. Already there: unchanged.
 */
export function applyAddEntry(
  record: CreatorRecord,
  campaignId: string | null,
  now: string,
): CreatorRecord {
  if (record.campaigns.some((e) => e.campaignId === campaignId)) return record;
  return {
    ...record,
    campaigns: [...record.campaigns, newEntry(campaignId, now)],
    shortlistedAt: record.shortlistedAt ?? now,
    updatedAt: now,
  };
}

/** Out of one campaign (or the no-campaign shortlist); with no entry left the creator is only seen. */
export function applyUnshortlist(
  record: CreatorRecord,
  campaignId: string | null,
  now: string,
): CreatorRecord {
  const campaigns = record.campaigns.filter((e) => e.campaignId !== campaignId);
  if (campaigns.length === record.campaigns.length) return record;
  return withShortlistInvariant({ ...record, campaigns, updatedAt: now });
}

export function applyPatch(
  record: CreatorRecord,
  patch: z.infer<typeof CreatorPatch>,
  now: string,
): CreatorRecord {
  return {
    ...record,
    ...(patch.displayName !== undefined && { displayName: patch.displayName }),
    ...((patch.logRemove !== undefined || patch.logAdd !== undefined) && {
      log: applyLogChange(record, patch.logRemove ?? [], patch.logAdd ?? []),
    }),
    ...(patch.tags !== undefined && { tags: [...new Set(patch.tags)] }),
    ...(patch.affiliateLink !== undefined && { affiliateLink: patch.affiliateLink }),
    updatedAt: now,
  };
}

/**
 * The log after taking out `remove` (each must be there: one deleted meanwhile refuses the change)
 * and adding `add` (one already logged is not added twice), newest first. Past LOG_MAX entries the
 * change is refused with a message saying so; nothing is dropped to make room.
 */
export function applyLogChange(
  record: CreatorRecord,
  remove: readonly LogEntry[],
  add: readonly LogEntry[],
): LogEntry[] {
  let log = [...record.log];
  for (const gone of remove) {
    const index = log.findIndex((e) => sameEntry(e, gone));
    if (index < 0)
      throw new StoreError(
        'not-found',
        `that conversation (${gone.at}) is no longer in the log of ${record.handle}: reload the page`,
      );
    log.splice(index, 1);
  }
  for (const entry of add) {
    const clean = {
      ...entry,
      at: new Date(Date.parse(entry.at)).toISOString(),
      text: entry.text.trim(),
    };
    if (!log.some((e) => sameEntry(e, clean))) log = [clean, ...log];
  }
  if (log.length > LOG_MAX)
    throw new StoreError(
      'bad-request',
      `the conversation log of ${record.handle} holds at most ${LOG_MAX} entries: delete older ones first`,
    );
  return sortLog(log);
}

export function applyEntryPatch(
  record: CreatorRecord,
  campaignId: string | null,
  patch: z.infer<typeof CampaignEntryPatch>,
  now: string,
): CreatorRecord {
  const index = record.campaigns.findIndex((e) => e.campaignId === campaignId);
  if (index < 0)
    throw new StoreError('not-found', `${record.handle} is not in campaign ${String(campaignId)}`);
  const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
  if (patch.redFlags) defined.redFlags = [...new Set(patch.redFlags)];
  const campaigns = record.campaigns.map((e, i) =>
    i === index ? { ...e, ...defined, updatedAt: now } : e,
  );
  return { ...record, campaigns, updatedAt: now };
}
