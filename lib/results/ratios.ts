/**
 * numerator ÷ denominator, or null when the ratio is undefined: a missing value, a zero (or
 * negative) denominator, or a non-finite input. Never Infinity, never NaN.
 */
export function ratio(numerator: number | null, denominator: number | null): number | null {
  if (numerator === null || denominator === null) return null;
  if (!Number.isFinite(numerator) || !Number.isFinite(denominator)) return null;
  if (denominator <= 0) return null;
  return numerator / denominator;
}

/** Click-through rate = clicks ÷ impressions (fraction). */
export const ctr = (clicks: number | null, impressions: number | null) =>
  ratio(clicks, impressions);

/** Conversion rate = conversions ÷ clicks (fraction; above 1 when codes convert without clicks). */
export const cvr = (conversions: number | null, clicks: number | null) =>
  ratio(conversions, clicks);

/** Cost per acquisition = payment ÷ conversions. */
export const cpa = (payment: number | null, conversions: number | null) =>
  ratio(payment, conversions);

/** Return on ad spend = revenue ÷ payment (healthy influencer ROAS is ~3–5×). */
export const roas = (revenue: number | null, payment: number | null) => ratio(revenue, payment);

/** The four ratios of one creator or of a whole campaign. */
export interface Ratios {
  ctr: number | null;
  cvr: number | null;
  cpa: number | null;
  roas: number | null;
}

export interface Counts {
  impressions: number | null;
  clicks: number | null;
  conversions: number | null;
  revenue: number | null;
  /** What the creator was paid (or the campaign's total spend). */
  spend: number | null;
}

export function ratiosOf(counts: Counts): Ratios {
  return {
    ctr: ctr(counts.clicks, counts.impressions),
    cvr: cvr(counts.conversions, counts.clicks),
    cpa: cpa(counts.spend, counts.conversions),
    roas: roas(counts.revenue, counts.spend),
  };
}
