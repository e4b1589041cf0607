import type { Campaign } from '../model/campaign';
import type { CampaignEntry, CreatorRecord, KeptPost } from '../model/creator';
import type { Carried, Deliverable, DeliverableVisit } from '../model/deliverable';
import type { PageReading, PostReading } from '../model/reading';
import { checkCaption } from '../rules/caption/check-caption';
import { DAY_MS, timeOf } from '../rules/stats';

/**
 * A campaign's deliverables on its creators' entries: found when a shortlisted creator's post or
 * video is opened during the campaign and its caption carries the creator's code, tracked link or
 * the brand, added or removed by hand, and given the post's counts at every later visit that reads
 * them (post page or profile grid). Pure: the background's record-visit handler and the
 * deliverable messages call these inside the write queue.
 */

/** Visits kept per deliverable: the first and the latest ones (hourly visits over two months). */
export const MAX_DELIVERABLE_VISITS = 60;
/** Deliverables per campaign entry; beyond it nothing more is found automatically. */
export const MAX_DELIVERABLES = 100;
/** Posts the marketer removed, remembered so that a visit does not find them again. */
export const MAX_REMOVED = 200;

/**
 * When the campaign runs for this creator: from its start day (or, without one, when the creator
 * joined it) to the end of its end day (open-ended without one), in UTC.
 */
export function campaignWindow(
  campaign: Pick<Campaign, 'startsOn' | 'endsOn'>,
  entry: Pick<CampaignEntry, 'addedAt'>,
): { from: number; to: number | null } {
  const from = campaign.startsOn
    ? Date.parse(`${campaign.startsOn}T00:00:00.000Z`)
    : Date.parse(entry.addedAt);
  const to = campaign.endsOn ? Date.parse(`${campaign.endsOn}T00:00:00.000Z`) + DAY_MS : null;
  return { from, to };
}

const within = (t: number, w: { from: number; to: number | null }) =>
  t >= w.from && (w.to === null || t < w.to);

/** What the post's caption carries of the entry's code and link and the campaign's brand. */
export function carriedBy(
  post: Pick<PostReading, 'caption'>,
  platform: PageReading['platform'],
  campaign: Pick<Campaign, 'brief'>,
  entry: Pick<CampaignEntry, 'discountCode' | 'trackingLink'>,
): Carried[] {
  if (!post.caption?.trim()) return [];
  const check = checkCaption({
    caption: post.caption,
    platform,
    brief: campaign.brief,
    code: entry.discountCode,
    link: entry.trackingLink,
  });
  return (['code', 'link', 'brand'] as const).filter((k) => check[k] === true);
}

const visitOf = (post: PostReading, at: string): DeliverableVisit => ({
  at,
  likes: post.likesHidden ? null : post.likes.value,
  comments: post.comments.value,
  views: post.views.value,
  shares: post.shares.value,
});

const hourOf = (iso: string) => iso.slice(0, 13);

/** A visit added to the list: one per clock hour (the later counts win), oldest first, capped. */
export function addVisit(
  visits: readonly DeliverableVisit[],
  visit: DeliverableVisit,
): DeliverableVisit[] {
  if (
    visit.likes === null &&
    visit.comments === null &&
    visit.views === null &&
    visit.shares === null
  )
    return [...visits];
  const others = visits.filter((v) => hourOf(v.at) !== hourOf(visit.at));
  const sorted = [...others, visit].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return sorted.length > MAX_DELIVERABLE_VISITS
    ? [sorted[0]!, ...sorted.slice(sorted.length - MAX_DELIVERABLE_VISITS + 1)]
    : sorted;
}

/** The creator's own posts of a reading (another author's post, e.g. a collab, is not theirs). */
const ownPosts = (reading: PageReading, handle: string): PostReading[] =>
  reading.status !== 'ok'
    ? []
    : reading.posts.filter(
        (p) =>
          p.id !== '' && (p.author === null || p.author.replace(/^@/, '').toLowerCase() === handle),
      );

function refreshed(d: Deliverable, post: PostReading, at: string): Deliverable {
  return {
    ...d,
    url: d.url ?? post.url,
    format: post.format ?? d.format,
    takenAt: d.takenAt ?? post.takenAt,
    visits: addVisit(d.visits, visitOf(post, at)),
  };
}

/**
 * A visit's reading applied to the creator's campaign entries: the counts of every deliverable the
 * reading shows, and on a post or video page opened while a campaign runs, the post found as a
 * deliverable of that campaign when its caption carries the code, the tracked link or the brand
 * and it was not published before the campaign (nor removed by hand).
 */
export function applyDeliverables(
  record: CreatorRecord,
  reading: PageReading,
  campaigns: readonly Campaign[],
  at: string,
): CreatorRecord {
  const posts = ownPosts(reading, record.handle);
  if (posts.length === 0) return record;
  const opened = reading.page === 'post' || reading.page === 'video' ? posts[0] : undefined;
  let changed = false;
  const entries = record.campaigns.map((entry) => {
    const campaign = campaigns.find((c) => c.id === entry.campaignId);
    if (!campaign) return entry;
    let deliverables = entry.deliverables.map((d) => {
      const post = posts.find((p) => p.id === d.postId);
      return post ? refreshed(d, post, at) : d;
    });
    const touched = deliverables.some((d, i) => d !== entry.deliverables[i]);
    if (
      opened &&
      !deliverables.some((d) => d.postId === opened.id) &&
      !entry.removedDeliverables.includes(opened.id) &&
      deliverables.length < MAX_DELIVERABLES
    ) {
      const window = campaignWindow(campaign, entry);
      const taken = timeOf(opened.takenAt);
      const visited = timeOf(at);
      const carries = carriedBy(opened, reading.platform, campaign, entry);
      if (
        visited !== null &&
        within(visited, window) &&
        (taken === null || within(taken, window)) &&
        carries.length > 0
      ) {
        deliverables = [
          ...deliverables,
          {
            postId: opened.id,
            url: opened.url,
            format: opened.format,
            takenAt: opened.takenAt,
            addedAt: at,
            how: 'found',
            carries,
            visits: addVisit([], visitOf(opened, at)),
          },
        ];
      }
    }
    if (!touched && deliverables.length === entry.deliverables.length) return entry;
    changed = true;
    return { ...entry, deliverables, updatedAt: at };
  });
  return changed ? { ...record, campaigns: entries } : record;
}

/** A post the marketer names by its address, as lib/sites reads the address. */
export interface PostAddress {
  postId: string;
  url: string;
}

/**
 * Adds a deliverable by hand; its format, date and counts come from the creator's kept posts when
 * that post was read before, else from the next visit. Null when it is already one.
 */
export function addDeliverableByHand(
  record: CreatorRecord,
  campaignId: string,
  address: PostAddress,
  now: string,
): CreatorRecord | null {
  const entry = record.campaigns.find((e) => e.campaignId === campaignId);
  if (!entry || entry.deliverables.some((d) => d.postId === address.postId)) return null;
  const kept: KeptPost | undefined = record.recentPosts.find((p) => p.id === address.postId);
  const deliverable: Deliverable = {
    postId: address.postId,
    url: kept?.url ?? address.url,
    format: kept?.format ?? null,
    takenAt: kept?.takenAt ?? null,
    addedAt: now,
    how: 'by-hand',
    carries: [],
    visits: kept
      ? addVisit([], {
          at: kept.seenAt,
          likes: kept.likes,
          comments: kept.comments,
          views: kept.views,
          shares: kept.shares,
        })
      : [],
  };
  return withEntry(record, campaignId, now, (e) => ({
    ...e,
    deliverables: [...e.deliverables, deliverable],
    removedDeliverables: e.removedDeliverables.filter((id) => id !== address.postId),
  }));
}

/** Removes a deliverable; a later visit will not find it again. Null when it is not one. */
export function removeDeliverable(
  record: CreatorRecord,
  campaignId: string,
  postId: string,
  now: string,
): CreatorRecord | null {
  const entry = record.campaigns.find((e) => e.campaignId === campaignId);
  if (!entry?.deliverables.some((d) => d.postId === postId)) return null;
  return withEntry(record, campaignId, now, (e) => ({
    ...e,
    deliverables: e.deliverables.filter((d) => d.postId !== postId),
    removedDeliverables: [...e.removedDeliverables.filter((id) => id !== postId), postId].slice(
      -MAX_REMOVED,
    ),
  }));
}

function withEntry(
  record: CreatorRecord,
  campaignId: string,
  now: string,
  change: (entry: CampaignEntry) => CampaignEntry,
): CreatorRecord {
  return {
    ...record,
    campaigns: record.campaigns.map((e) =>
      e.campaignId === campaignId ? { ...change(e), updatedAt: now } : e,
    ),
    updatedAt: now,
  };
}
