import type { CampaignResult } from '../model/results';
import type { Offer } from '../model/offer';
import { effectivePayment, roundMoney, type EffectivePayment } from '../offer/payment';
import { groupCreators, type Group, type GroupOptions, type GroupReason } from './groups';
import { ratioProblems } from './ratio-problems';
import { ratiosOf, type Counts, type Ratios } from './ratios';

/** One creator's campaign figures, whatever their source (hand entry, import, report CSV). */
export interface ReportInput extends Counts {
  /** Unique within the report (e.g. "instagram:jane"). */
  key: string;
  handle: string;
}

export interface CreatorReport extends ReportInput, Ratios {
  group: Group;
  groupReason: GroupReason;
  /** Figures that contradict each other (e.g. conversions above clicks), in words. */
  problems: string[];
}

export interface ReportTotals extends Counts, Ratios {
  creators: number;
  /** How many creators lacked each count (a total over fewer creators than listed). */
  missing: Record<keyof Counts, number>;
  /** Figures that contradict each other over the creators that have both, in words. */
  problems: string[];
}

export interface CampaignReport {
  creators: CreatorReport[];
  totals: ReportTotals;
  /** Share of conversions produced by the top group (null when nobody converted). */
  topConversionShare: number | null;
}

const countKeys = ['impressions', 'clicks', 'conversions', 'revenue', 'spend'] as const;

/**
 * Per-creator ratios and groups, and campaign totals. A total sums the creators that have the
 * value; a total ratio only uses creators that have both of its sides (CTR over creators with
 * clicks and impressions), so one creator's missing impressions cannot drag the CTR down.
 */
export function buildReport(
  inputs: readonly ReportInput[],
  options?: GroupOptions,
): CampaignReport {
  const withRatios = inputs.map((input) => ({ ...input, ...ratiosOf(input) }));
  const grouping = groupCreators(withRatios, options);
  const creators = withRatios.map((creator, i) => ({
    ...creator,
    group: grouping.assignments[i]!.group,
    groupReason: grouping.assignments[i]!.reason,
    problems: ratioProblems(creator),
  }));
  return { creators, totals: totalsOf(inputs), topConversionShare: grouping.topConversionShare };
}

export function totalsOf(inputs: readonly Counts[]): ReportTotals {
  const sum = (key: keyof Counts, among: readonly Counts[] = inputs): number | null => {
    const known = among.filter((input) => isKnown(input[key]));
    if (known.length === 0) return null;
    const total = known.reduce((acc, input) => acc + input[key]!, 0);
    return key === 'revenue' || key === 'spend' ? roundMoney(total) : total;
  };
  const both = (a: keyof Counts, b: keyof Counts) =>
    inputs.filter((input) => isKnown(input[a]) && isKnown(input[b]));
  const pair = (a: keyof Counts, b: keyof Counts) => {
    const among = both(a, b);
    return ratiosOf({
      impressions: null,
      clicks: null,
      conversions: null,
      revenue: null,
      spend: null,
      [a]: sum(a, among),
      [b]: sum(b, among),
    });
  };
  const missing = Object.fromEntries(
    countKeys.map((key) => [key, inputs.filter((input) => !isKnown(input[key])).length]),
  ) as Record<keyof Counts, number>;
  return {
    creators: inputs.length,
    impressions: sum('impressions'),
    clicks: sum('clicks'),
    conversions: sum('conversions'),
    revenue: sum('revenue'),
    spend: sum('spend'),
    ctr: pair('clicks', 'impressions').ctr,
    cvr: pair('conversions', 'clicks').cvr,
    cpa: pair('spend', 'conversions').cpa,
    roas: pair('revenue', 'spend').roas,
    missing,
    problems: ratioProblems({
      clicks: sum('clicks', both('conversions', 'clicks')),
      conversions: sum('conversions', both('conversions', 'clicks')),
    }),
  };
}

function isKnown(value: number | null): value is number {
  return value !== null && Number.isFinite(value);
}

/** A stored result (+ the creator's offer) as report input: the payment override wins. */
export function reportInputFromResult(
  key: string,
  handle: string,
  result: CampaignResult,
  offer: Offer | null | undefined,
): ReportInput & { payment: EffectivePayment } {
  const payment = effectivePayment(result, offer);
  return {
    key,
    handle,
    impressions: result.impressions,
    clicks: result.clicks,
    conversions: result.conversions,
    revenue: result.revenue,
    spend: payment.amount,
    payment,
  };
}
