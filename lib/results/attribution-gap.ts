import type { BasisFigures } from '../model/results';
import { roas } from './ratios';

/** Two counts within this share of the lower one are said to agree (ours: smaller gaps are noise). */
export const AGREE_WITHIN = 0.1;
/** Below this many conversions on both sides, which basis counts more says nothing. */
export const MIN_CONVERSIONS = 5;

/** One basis's side of the comparison: its figures, and ROAS on the creator's one payment. */
export interface BasisSide {
  clicks: number | null;
  conversions: number | null;
  revenue: number | null;
  roas: number | null;
  from: string | null;
  at: string;
}

/** code − link, and that gap as a share of the lower of the two (null when the lower is 0). */
export interface Difference {
  code: number;
  link: number;
  gap: number;
  share: number | null;
}

export type GapDirection = 'code-higher' | 'link-higher' | 'agree' | 'too-few' | 'not-comparable';

export interface AttributionGap {
  code: BasisSide;
  link: BasisSide;
  conversions: Difference | null;
  revenue: Difference | null;
  /** Which basis counts more, decided on conversions (on revenue when a side lacks conversions). */
  direction: GapDirection;
  measure: 'conversions' | 'revenue' | null;
}

const side = (f: BasisFigures, spend: number | null): BasisSide => ({
  clicks: f.clicks,
  conversions: f.conversions,
  revenue: f.revenue,
  roas: roas(f.revenue, spend),
  from: f.from,
  at: f.at,
});

function difference(code: number | null, link: number | null): Difference | null {
  if (code === null || link === null) return null;
  const lower = Math.min(code, link);
  const gap = code - link;
  return { code, link, gap, share: lower > 0 ? Math.abs(gap) / lower : null };
}

function direction(d: Difference, measure: 'conversions' | 'revenue'): GapDirection {
  if (measure === 'conversions' && Math.max(d.code, d.link) < MIN_CONVERSIONS) return 'too-few';
  if (d.gap === 0 || (d.share !== null && d.share <= AGREE_WITHIN)) return 'agree';
  return d.gap > 0 ? 'code-higher' : 'link-higher';
}

/**
 * Code-based against link-based figures for one creator in one campaign (docs/domain.md: codes
 * leak to coupon sites, links lose buyers across devices; use both). `spend` is what the creator
 * is paid, the same for both sides.
 */
export function attributionGap(
  code: BasisFigures,
  link: BasisFigures,
  spend: number | null,
): AttributionGap {
  const conversions = difference(code.conversions, link.conversions);
  const revenue = difference(code.revenue, link.revenue);
  const measure = conversions ? 'conversions' : revenue ? 'revenue' : null;
  const decided = conversions ?? revenue;
  return {
    code: side(code, spend),
    link: side(link, spend),
    conversions,
    revenue,
    direction: decided && measure ? direction(decided, measure) : 'not-comparable',
    measure,
  };
}

/** The code-based and link-based imports of a result, when it has both. */
export function bothBases(
  byBasis: readonly BasisFigures[] | undefined,
): { code: BasisFigures; link: BasisFigures } | null {
  const code = byBasis?.find((f) => f.basis === 'code');
  const link = byBasis?.find((f) => f.basis === 'link');
  return code && link ? { code, link } : null;
}

const sum = (values: (number | null)[]): number | null =>
  values.some((v) => v === null) ? null : values.reduce<number>((a, b) => a + b!, 0);

/** The same comparison over every creator that has both: their figures and payments summed. */
export function attributionTotals(
  rows: readonly { code: BasisFigures; link: BasisFigures; spend: number | null }[],
): AttributionGap | null {
  if (rows.length === 0) return null;
  const total = (basis: 'code' | 'link'): BasisFigures => ({
    basis,
    clicks: sum(rows.map((r) => r[basis].clicks)),
    conversions: sum(rows.map((r) => r[basis].conversions)),
    revenue: sum(rows.map((r) => r[basis].revenue)),
    from: null,
    at: rows
      .map((r) => r[basis].at)
      .sort()
      .at(-1)!,
  });
  return attributionGap(total('code'), total('link'), sum(rows.map((r) => r.spend)));
}
