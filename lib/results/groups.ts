/**
 * Which creators to re-engage first and which to pause (domain.md, "Optimisation").
 *
 * - `top`: the smallest set of creators, best ROAS first, whose conversions reach ≥ 60% of the
 *   conversions of all ranked creators.
 * - `bottom` (suggest pause): every creator who loses money (ROAS below 1: paid more than they
 *   brought in), plus the lowest-ROAS quartile of ranked creators, floor(ranked ÷ 4) of them.
 * - `middle`: everyone else.
 *
 * Decisions (tested in tests/unit/results/groups.test.ts):
 * - A creator whose ROAS is null (nothing paid or payment unknown) is not ranked: `middle` with
 *   reason `roas-unknown`, and their conversions are not part of the 60% base.
 * - Missing conversions count as 0. A creator with 0 conversions never enters `top` (they add
 *   nothing to the share). With 0 conversions overall, `top` is empty.
 * - Ties: best ROAS first, then more conversions, then the key; for the bottom, lowest ROAS
 *   first, then fewer conversions, then the key. The order is total, so the result is stable.
 * - A creator who loses money is never `top`, whatever their conversions: they count in the 60% base
 *   but the set is built from the others.
 * - A creator in both the top set and the bottom quartile is `top`; the bottom is not refilled.
 */
export type Group = 'top' | 'middle' | 'bottom';

export type GroupReason =
  'top-converters' | 'loses-money' | 'lowest-roas-quartile' | 'ranked' | 'roas-unknown';

/** Below this ROAS a creator costs more than they bring in. */
export const BREAK_EVEN_ROAS = 1;

export interface GroupInput {
  key: string;
  roas: number | null;
  conversions: number | null;
}

export interface GroupAssignment {
  key: string;
  group: Group;
  reason: GroupReason;
}

export interface GroupOptions {
  /** Share of conversions the top set must reach; 0.6 by default. */
  topShare?: number;
}

export interface Grouping {
  /** One per input, in input order. */
  assignments: GroupAssignment[];
  /** Share of ranked conversions the top set produces (null when there are none). */
  topConversionShare: number | null;
  /** How many creators had a ROAS to rank. */
  ranked: number;
}

const conv = (item: GroupInput) =>
  item.conversions !== null && Number.isFinite(item.conversions) ? item.conversions : 0;

const hasRoas = (item: GroupInput): item is GroupInput & { roas: number } =>
  item.roas !== null && Number.isFinite(item.roas);

export function groupCreators(items: readonly GroupInput[], options: GroupOptions = {}): Grouping {
  const topShare = options.topShare ?? 0.6;
  const keys = new Set(items.map((item) => item.key));
  if (keys.size !== items.length) throw new Error('groupCreators: keys must be unique');

  const ranked = items.filter(hasRoas);
  const total = ranked.reduce((sum, item) => sum + conv(item), 0);

  const best = [...ranked].sort(
    (a, b) => b.roas - a.roas || conv(b) - conv(a) || compareKeys(a.key, b.key),
  );
  const top = new Set<string>();
  let reached = 0;
  if (total > 0) {
    for (const item of best) {
      // A small tolerance so 0.6 of 10 = 6 counts as reached despite float noise.
      if (reached >= topShare * total - 1e-9) break;
      if (conv(item) <= 0 || item.roas < BREAK_EVEN_ROAS) continue;
      top.add(item.key);
      reached += conv(item);
    }
  }

  const worst = [...ranked].sort(
    (a, b) => a.roas - b.roas || conv(a) - conv(b) || compareKeys(a.key, b.key),
  );
  const bottom = new Set(
    worst
      .slice(0, Math.floor(ranked.length / 4))
      .map((item) => item.key)
      .filter((key) => !top.has(key)),
  );

  const assignments = items.map((item): GroupAssignment => {
    if (!hasRoas(item)) return { key: item.key, group: 'middle', reason: 'roas-unknown' };
    if (top.has(item.key)) return { key: item.key, group: 'top', reason: 'top-converters' };
    if (item.roas < BREAK_EVEN_ROAS)
      return { key: item.key, group: 'bottom', reason: 'loses-money' };
    if (bottom.has(item.key)) {
      return { key: item.key, group: 'bottom', reason: 'lowest-roas-quartile' };
    }
    return { key: item.key, group: 'middle', reason: 'ranked' };
  });
  return {
    assignments,
    topConversionShare: total > 0 ? reached / total : null,
    ranked: ranked.length,
  };
}

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
