import type { Campaign } from '../model/campaign';
import type { CampaignEntry, CreatorRecord } from '../model/creator';
import type { Sender } from '../model/settings-store';
import type { DraftInput, RecentPostPick } from '../outreach';
import { deriveFirstName, pickRecentPost } from '../outreach';
import { readingOfRecentPosts } from './recent-posts-reading';
import { displayNameOf } from './summary';
import { t } from '../i18n/messages';

/**
 * A real recent post of the creator, from the posts the store kept across every recorded reading
 * (profile grids and post pages), so a sponsored video visited after the profile does not leave
 * the draft without a post. Without any the pick says why, so the UI can tell the user what to do.
 */
export function recentPostOf(record: CreatorRecord, now: Date = new Date()): RecentPostPick {
  if (record.recentPosts.length === 0)
    return {
      post: null,
      reason: record.lastReading === null ? t('rpNoVisit') : t('rpNoPostsVisited'),
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
  if (!firstName.value) hints.firstName = t('hintFirstName', firstName.reason ?? t('fnNoName'));
  if (!recentPost.post) {
    const why = t('hintNoPost', recentPost.reason);
    for (const name of ['postUrl', 'postStandout', 'postExcerpt']) hints[name] = why;
  }
  if (!text(sender.name)) hints.sender = t('hintSender');
  if (!campaign) {
    const why = t('hintNoCampaign');
    for (const name of ['product', 'campaignDates', 'offer', 'code', 'link']) hints[name] = why;
    if (!text(sender.company)) hints.company = why;
    return hints;
  }
  if (!text(campaign.brief?.brand) && !text(sender.company)) hints.company = t('hintBrand');
  if (!text(campaign.brief?.product)) hints.product = t('hintProduct');
  if (!campaign.startsOn && !campaign.endsOn) hints.campaignDates = t('hintDates');
  if (!campaign.offer && !sources.entry?.offerOverride) hints.offer = t('hintOffer');
  if (!campaign.landingUrl) hints.link = t('hintLanding');
  return hints;
}
