import type { Campaign } from '../model/campaign';
import type { CampaignEntry, CreatorRecord } from '../model/creator';
import type { Sender } from '../model/settings-store';
import type { DraftInput, RecentPostPick } from '../outreach';
import { deriveFirstName, pickRecentPost } from '../outreach';
import { readingOfRecentPosts } from './recent-posts-reading';
import { displayNameOf } from './summary';

/**
 * A real recent post of the creator, from the posts the store kept across every recorded reading
 * (profile grids and post pages), so a sponsored video visited after the profile does not leave
 * the draft without a post. Without any the pick says why, so the UI can tell the user what to do.
 */
export function recentPostOf(record: CreatorRecord, now: Date = new Date()): RecentPostPick {
  if (record.recentPosts.length === 0)
    return {
      post: null,
      reason:
        record.lastReading === null
          ? 'no visit of the creator’s page was recorded'
          : 'no posts were read on the creator’s pages visited',
    };
  return pickRecentPost(readingOfRecentPosts(record), { now });
}

export interface DraftSources {
  record: CreatorRecord;
  /** The campaign shown; null for the shortlist without a campaign. */
  campaign: Campaign | null;
  entry: CampaignEntry | null;
  sender: Sender;
  recentPost: RecentPostPick;
}

const text = (value: string | null | undefined): string | null =>
  value && value.trim() !== '' ? value.trim() : null;

/**
 * The stored records mapped into lib/outreach's DraftInput. Brand: the campaign brief's, else the
 * sender's company; the offer: the creator's override, else the campaign's. Nothing is made up: a
 * value that is not stored stays empty and shows up as a placeholder to fill.
 */
export function toDraftInput({
  record,
  campaign,
  entry,
  sender,
  recentPost,
}: DraftSources): DraftInput {
  const post = recentPost.post;
  return {
    creator: {
      platform: record.platform,
      handle: record.handle,
      displayName: displayNameOf(record),
    },
    recentPost: post ? { url: post.url, excerpt: post.excerpt, standout: post.standout } : null,
    campaign: {
      brand: text(campaign?.brief?.brand) ?? text(sender.company),
      product: text(campaign?.brief?.product),
      startDate: campaign?.startsOn ?? null,
      endDate: campaign?.endsOn ?? null,
      offer: entry?.offerOverride ?? campaign?.offer ?? null,
    },
    code: entry?.discountCode ?? null,
    link: entry?.trackingLink ?? null,
    sender: text(sender.name),
  };
}

/**
 * Why a placeholder is empty, in words the user can act on (shown beside each gap). Only the
 * placeholders that have a cause we know are listed.
 */
export function gapHints(sources: DraftSources): Record<string, string> {
  const hints: Record<string, string> = {};
  const { campaign, sender, recentPost, record } = sources;
  const firstName = deriveFirstName(displayNameOf(record));
  if (!firstName.value)
    hints.firstName = `No first name read with confidence (${firstName.reason ?? 'no display name'}): type it.`;
  if (!recentPost.post) {
    const why = `No post to reference: ${recentPost.reason}. Visit the creator’s profile and open this again, or type a post link.`;
    for (const name of ['postUrl', 'postStandout', 'postExcerpt']) hints[name] = why;
  }
  if (!text(sender.name)) hints.sender = 'Set your name in the dashboard’s settings, or type it.';
  if (!campaign) {
    const why = 'No active campaign: choose one above, or type it.';
    for (const name of ['product', 'campaignDates', 'offer', 'code', 'link']) hints[name] = why;
    if (!text(sender.company)) hints.company = why;
    return hints;
  }
  if (!text(campaign.brief?.brand) && !text(sender.company))
    hints.company = 'Set the brand in the campaign brief, or type it.';
  if (!text(campaign.brief?.product))
    hints.product = 'Set the product in the campaign brief, or type it.';
  if (!campaign.startsOn && !campaign.endsOn)
    hints.campaignDates = 'Set the campaign’s dates, or type them.';
  if (!campaign.offer && !sources.entry?.offerOverride)
    hints.offer = 'Set the campaign’s offer, or type it.';
  if (!campaign.landingUrl) hints.link = 'Set the campaign’s landing page for a tracked link.';
  return hints;
}
