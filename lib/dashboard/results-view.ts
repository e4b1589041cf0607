import type { Campaign } from '../model/campaign';
import { creatorId, type CampaignEntry, type CreatorRecord } from '../model/creator';
import type { Offer } from '../model/offer';
import { noResult } from '../model/results';
import type { Thresholds } from '../model/settings';
import type { EffectivePayment, PaymentGap } from '../offer/payment';
import { t, type MessageKey } from '../i18n/messages';
import {
  attributionGap,
  attributionTotals,
  bothBases,
  type AttributionGap,
} from '../results/attribution-gap';
import { engagementDrop, type EngagementDrop } from '../results/engagement-drop';
import type { MatchCreator } from '../results/match-rows';
import {
  buildReport,
  reportInputFromResult,
  type CampaignReport,
  type CreatorReport,
} from '../results/report';

/** One creator of a campaign in the results view: figures, the payment used, the drop alert. */
export interface ResultLine extends CreatorReport {
  platform: CreatorRecord['platform'];
  entry: CampaignEntry;
  payment: EffectivePayment;
  /** The offer the payment comes from: the creator's override or the campaign's. */
  offer: Offer | null;
  drop: EngagementDrop;
}

/** A creator whose code-based and link-based imports can be set side by side. */
export interface AttributionLine {
  key: string;
  handle: string;
  platform: CreatorRecord['platform'];
  gap: AttributionGap;
}

export interface CampaignResults {
  campaign: Campaign;
  report: Omit<CampaignReport, 'creators'>;
  lines: ResultLine[];
  /** Creators with both a code-based and a link-based import, and the comparison over all of them. */
  attribution: { lines: AttributionLine[]; totals: AttributionGap | null };
  /** Who to recognise rows of an imported file by. */
  matchers: MatchCreator[];
}

const EMPTY_RESULT = noResult('');

/**
 * The results of one campaign: every creator in it (with or without figures yet), their ratios,
 * groups and payment, the campaign totals, and the engagement-drop alert from their snapshots
 * since the campaign started.
 */
export function campaignResults(
  records: readonly CreatorRecord[],
  campaign: Campaign,
  thresholds: Pick<
    Thresholds,
    'engagementDropShare' | 'engagementDropMinDays' | 'engagementDropMaxDays'
  >,
): CampaignResults {
  const members = records.flatMap((record) => {
    const entry = record.campaigns.find((e) => e.campaignId === campaign.id);
    return entry ? [{ record, entry }] : [];
  });
  const inputs = members.map(({ record, entry }) => {
    const offer = entry.offerOverride ?? campaign.offer;
    return {
      ...reportInputFromResult(
        creatorId(record),
        record.handle,
        entry.results ?? EMPTY_RESULT,
        offer,
      ),
      offer,
    };
  });
  const report = buildReport(inputs);
  const lines = report.creators.map((creator, i): ResultLine => {
    const { record, entry } = members[i]!;
    return {
      ...creator,
      platform: record.platform,
      entry,
      payment: inputs[i]!.payment,
      offer: inputs[i]!.offer,
      drop: engagementDrop(record.snapshots, {
        minDrop: thresholds.engagementDropShare,
        minDays: thresholds.engagementDropMinDays,
        maxDays: thresholds.engagementDropMaxDays,
        ...(campaign.startsOn ? { since: `${campaign.startsOn}T00:00:00Z` } : {}),
      }),
    };
  });
  const compared = lines.flatMap((line) => {
    const both = bothBases(line.entry.results?.byBasis);
    return both ? [{ line, ...both }] : [];
  });
  return {
    campaign,
    report: { totals: report.totals, topConversionShare: report.topConversionShare },
    lines,
    attribution: {
      lines: compared.map(({ line, code, link }) => ({
        key: line.key,
        handle: line.handle,
        platform: line.platform,
        gap: attributionGap(code, link, line.spend),
      })),
      totals:
        compared.length > 1
          ? attributionTotals(
              compared.map(({ line, code, link }) => ({ code, link, spend: line.spend })),
            )
          : null,
    },
    matchers: members.map(({ record, entry }) => ({
      key: creatorId(record),
      handle: record.handle,
      code: entry.discountCode,
      link: entry.trackingLink,
      affiliateLink: record.affiliateLink,
    })),
  };
}

export interface ChartBar {
  label: string;
  value: number;
}

/** ROAS per creator, best first; creators without a ROAS are left out and counted. */
export function roasBars(lines: readonly ResultLine[]): { bars: ChartBar[]; without: number } {
  const bars = lines
    .filter((l) => l.roas !== null)
    .map((l) => ({ label: `@${l.handle}`, value: l.roas! }))
    .sort((a, b) => b.value - a.value);
  return { bars, without: lines.length - bars.length };
}

/** Each creator's share of conversions, largest first; creators with none are left out. */
export function conversionShares(lines: readonly ResultLine[]): ChartBar[] {
  return lines
    .filter((l) => l.conversions !== null && l.conversions > 0)
    .map((l) => ({ label: `@${l.handle}`, value: l.conversions! }))
    .sort((a, b) => b.value - a.value);
}

const PAYMENT_GAP_TEXT: Record<PaymentGap | 'no-offer', MessageKey> = {
  'no-offer': 'payNoOffer',
  'no-flat-fee': 'payNoFlatFee',
  'no-commission': 'payNoCommission',
  'no-product-value': 'payNoProductValue',
  'no-bonus': 'payNoBonus',
  'revenue-unknown': 'payNeedsRevenue',
};

export function paymentSource(payment: EffectivePayment): string {
  if (payment.source === 'override')
    return payment.from ? t('payFromFile', payment.from) : t('payByHand');
  if (payment.source === 'offer') return t('payFromOffer');
  if (payment.amount !== null) return t('payFromOffer');
  return paymentGapText(payment.reason);
}

/** Why no payment can be computed, in the UI language. */
export const paymentGapText = (reason: PaymentGap | 'no-offer'): string =>
  t(PAYMENT_GAP_TEXT[reason]);
