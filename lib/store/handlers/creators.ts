import { isShortlisted, type CreatorRecord } from '../../model/creator';
import type { ListFilter, RequestType } from '../../model/messages';
import type { CreatorKey } from '../../model/snapshot';
import { loadCampaigns, loadSettings } from '../collections';
import { StoreError, type StoreContext } from '../context';
import { readIndex, type IndexEntry } from '../creator-index';
import {
  applyEntryPatch,
  applyPatch,
  applyShortlist,
  applyUnshortlist,
  applyVisit,
  newCreator,
  visitKey,
} from '../creator-ops';
import { deleteCreator, loadCreator, loadCreators, saveCreator } from '../creators';
import { addDeliverableByHand, applyDeliverables, removeDeliverable } from '../deliverables';
import { postAddress } from '../../sites/read-page';
import { platformName } from '../../model/platforms';
import { parseCreatorId } from '../keys';
import { changeSinceLastVisit } from '../snapshots';
import { markVetted } from './prospects';
import type { Handlers } from './types';

type CreatorType = Exclude<Extract<RequestType, `creator/${string}`>, 'creator/update-campaigns'>;

export const creatorHandlers: Handlers<CreatorType> = {
  async 'creator/record-visit'(request, ctx) {
    const found = visitKey(request);
    if ('reason' in found)
      return { recorded: false, reason: found.reason, creator: null, change: null };
    const now = ctx.now();
    const record = (await loadCreator(ctx, found.key)) ?? newCreator(found.key, now);
    let next = applyVisit(record, request, now);
    if (next.campaigns.some((e) => e.campaignId !== null))
      next = applyDeliverables(
        next,
        request.reading,
        await loadCampaigns(ctx),
        request.snapshot.at,
      );
    await saveCreator(ctx, next);
    if (request.reading.page === 'profile')
      await markVetted(ctx, found.key, request.verdict?.verdict, now);
    return {
      recorded: true,
      reason: null,
      creator: next,
      change: changeSinceLastVisit(next.snapshots),
    };
  },

  async 'creator/get'(request, ctx) {
    const creator = await loadCreator(ctx, request.key);
    return { creator, change: creator && changeSinceLastVisit(creator.snapshots) };
  },

  async 'creator/list'(request, ctx) {
    const index = await readIndex(ctx);
    const keys: CreatorKey[] = [];
    for (const [id, entry] of index) {
      const key = parseCreatorId(id);
      if (key && inIndexFilter(key, entry, request.filter)) keys.push(key);
    }
    const creators = (await loadCreators(ctx, keys)).filter((c) => matches(c, request.filter));
    creators.sort((a, b) => recency(b) - recency(a));
    return { creators };
  },

  async 'creator/shortlist'(request, ctx) {
    const campaignId = await resolveCampaign(ctx, request.campaignId);
    const now = ctx.now();
    let record = (await loadCreator(ctx, request.key)) ?? newCreator(request.key, now);
    if (request.displayName && record.displayName === null)
      record = { ...record, displayName: request.displayName };
    const next = applyShortlist(record, campaignId, now);
    await saveCreator(ctx, next);
    return { creator: next, change: changeSinceLastVisit(next.snapshots) };
  },

  async 'creator/unshortlist'(request, ctx) {
    const campaignId =
      request.campaignId === undefined
        ? (await loadSettings(ctx)).activeCampaignId
        : request.campaignId;
    const record = await mustLoad(ctx, request.key);
    const next = applyUnshortlist(record, campaignId, ctx.now());
    if (next !== record) await saveCreator(ctx, next);
    return { creator: next, change: changeSinceLastVisit(next.snapshots) };
  },

  async 'creator/update'(request, ctx) {
    const next = applyPatch(await mustLoad(ctx, request.key), request.patch, ctx.now());
    await saveCreator(ctx, next);
    return { creator: next };
  },

  async 'creator/update-campaign'(request, ctx) {
    const record = await mustLoad(ctx, request.key);
    const next = applyEntryPatch(record, request.campaignId, request.patch, ctx.now());
    await saveCreator(ctx, next);
    return { creator: next };
  },

  async 'creator/deliverable-add'(request, ctx) {
    const record = await mustLoad(ctx, request.key);
    if (!record.campaigns.some((e) => e.campaignId === request.campaignId))
      throw new StoreError('not-found', 'This creator is not in that campaign.');
    const address = postAddress(request.url);
    const platform = platformName(record.platform);
    if (!address || address.platform !== record.platform)
      throw new StoreError(
        'bad-request',
        `That is not the address of a post or video on ${platform} (paste it from the browser’s address bar).`,
      );
    if (address.handle !== null && address.handle.toLowerCase() !== record.handle)
      throw new StoreError(
        'bad-request',
        `That post is by @${address.handle}, not @${record.handle}.`,
      );
    const next = addDeliverableByHand(record, request.campaignId, address, ctx.now());
    if (!next)
      throw new StoreError('bad-request', 'That post is already a deliverable of this campaign.');
    await saveCreator(ctx, next);
    return { creator: next };
  },

  async 'creator/deliverable-remove'(request, ctx) {
    const record = await mustLoad(ctx, request.key);
    const next = removeDeliverable(record, request.campaignId, request.postId, ctx.now());
    if (!next)
      throw new StoreError('not-found', 'That post is not a deliverable of this campaign.');
    await saveCreator(ctx, next);
    return { creator: next };
  },

  async 'creator/delete'(request, ctx) {
    return { deleted: await deleteCreator(ctx, request.key) };
  },
};

async function mustLoad(ctx: StoreContext, key: CreatorKey): Promise<CreatorRecord> {
  const record = await loadCreator(ctx, key);
  if (!record) throw new StoreError('not-found', `no stored creator ${key.platform}:${key.handle}`);
  return record;
}

/** Omitted: the active campaign (or none); an id must name an existing campaign. */
async function resolveCampaign(
  ctx: StoreContext,
  campaignId: string | null | undefined,
): Promise<string | null> {
  if (campaignId === undefined) return (await loadSettings(ctx)).activeCampaignId;
  if (campaignId === null) return null;
  if (!(await loadCampaigns(ctx)).some((c) => c.id === campaignId))
    throw new StoreError('not-found', `no campaign with id ${campaignId}`);
  return campaignId;
}

function inIndexFilter(key: CreatorKey, entry: IndexEntry, filter: ListFilter): boolean {
  if (filter.platform && key.platform !== filter.platform) return false;
  const shortlisted = entry.campaigns.length > 0;
  if (filter.scope === 'shortlisted' && !shortlisted) return false;
  if (filter.scope === 'seen' && shortlisted) return false;
  return filter.campaignId === undefined || entry.campaigns.includes(filter.campaignId);
}

/** The same filter on the record itself (the index may lag a record repaired on reading). */
function matches(record: CreatorRecord, filter: ListFilter): boolean {
  if (filter.scope === 'shortlisted' && !isShortlisted(record)) return false;
  if (filter.scope === 'seen' && isShortlisted(record)) return false;
  const entries = record.campaigns.filter(
    (e) => filter.campaignId === undefined || e.campaignId === filter.campaignId,
  );
  if (filter.campaignId !== undefined && entries.length === 0) return false;
  return filter.status === undefined || entries.some((e) => e.status === filter.status);
}

const recency = (c: CreatorRecord): number =>
  Math.max(Date.parse(c.updatedAt), c.lastSeenAt ? Date.parse(c.lastSeenAt) : 0);
