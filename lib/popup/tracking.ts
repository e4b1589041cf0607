import type { Campaign } from '../model/campaign';
import type { CampaignEntry, CreatorRecord } from '../model/creator';
import type { LinkPlatformParam, Tier } from '../model/settings';
import { buildTrackedLink, makeDiscountCode } from '../outreach';
import { displayNameOf, summarize } from './summary';
import { t } from '../i18n/messages';

/** Every discount code stored, in any campaign, of any creator: a new code must differ from all. */
export function existingCodes(records: readonly CreatorRecord[]): Set<string> {
  const codes = new Set<string>();
  for (const record of records)
    for (const entry of record.campaigns)
      if (entry.discountCode) codes.add(entry.discountCode.trim().toUpperCase());
  return codes;
}

export interface TrackingNeeds {
  code: boolean;
  link: boolean;
}

/** Which of {code} and {link} a text asks for. */
export function trackingNeeds(body: string): TrackingNeeds {
  return { code: body.includes('{code}'), link: body.includes('{link}') };
}

export interface TrackingPlan {
  /** What to save with creator/update-campaign; empty when nothing is new. */
  patch: { discountCode?: string; trackingLink?: string };
  /** Why something needed could not be made (shown to the user). */
  problems: string[];
}

/** Medium for a creator whose tier is unknown (no follower count read): said, not guessed. */
export const UNKNOWN_TIER = 'unknown-tier';

/**
 * The discount code and tracked link to create for a creator in a campaign, when needed and not
 * stored yet. A stored code or link is never replaced. Codes avoid every code in `allCreators`.
 */
export function planTracking(input: {
  record: CreatorRecord;
  campaign: Campaign | null;
  entry: CampaignEntry | null;
  allCreators: readonly CreatorRecord[];
  tiers: readonly Tier[];
  /** Where the link names the platform (settings); utm_term by default. */
  platformParam?: LinkPlatformParam;
  needs: TrackingNeeds;
}): TrackingPlan {
  const { record, campaign, entry, needs } = input;
  const patch: TrackingPlan['patch'] = {};
  const problems: string[] = [];
  if (!entry || !campaign) {
    if (needs.code || needs.link) problems.push(t('trNeedCampaign'));
    return { patch, problems };
  }
  if (needs.code && !entry.discountCode) {
    const others = input.allCreators.filter(
      (r) => !(r.platform === record.platform && r.handle === record.handle),
    );
    const taken = existingCodes([...others, record]);
    patch.discountCode = makeDiscountCode(
      {
        displayName: displayNameOf(record),
        handle: record.handle,
        discountPct: campaign.discountPct,
      },
      taken,
    ).code;
  }
  if (needs.link && !entry.trackingLink) {
    if (!campaign.landingUrl) {
      problems.push(t('trNoLanding'));
    } else {
      const summary = summarize(record, campaign.id, input.tiers);
      const tier = summary?.tier?.id ?? UNKNOWN_TIER;
      const link = buildTrackedLink({
        landingUrl: campaign.landingUrl,
        tier,
        campaign: campaign.name,
        handle: record.handle,
        platform: record.platform,
        platformParam: input.platformParam,
      });
      if (link.ok) patch.trackingLink = link.url;
      else problems.push(t('trNoLink', link.error));
    }
  }
  return { patch, problems };
}
