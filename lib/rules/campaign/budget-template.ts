import type { BudgetLine, BudgetPart } from '../../model/plan';

/**
 * The method's budget breakdown as shares of the total: on its $20,000 example, $12,000 to
 * creator payments, $3,000 to a commission pool, $2,000 to content licensing, $1,000 to tools and
 * $2,000 kept as a buffer. A starting point the marketer edits, not a rule.
 */
export const BUDGET_TEMPLATE: Readonly<Record<BudgetPart, number>> = {
  'creator-payments': 0.6,
  'commission-pool': 0.15,
  'content-licensing': 0.1,
  tools: 0.05,
  buffer: 0.1,
};

/** The method's starting size for a programme: 10–20 creators, of whom the best 20–30% are kept. */
export const CREATORS_TEMPLATE = { min: 10, max: 20 } as const;

/**
 * The template applied to a total, in whole currency units; rounding is absorbed by the buffer so
 * that the lines always add up to the total.
 */
export function budgetFromTemplate(total: number): BudgetLine[] {
  if (!Number.isFinite(total) || total < 0) return [];
  const parts = Object.keys(BUDGET_TEMPLATE) as BudgetPart[];
  const lines = parts.map((part) => ({
    part,
    amount: part === 'buffer' ? 0 : Math.floor(total * BUDGET_TEMPLATE[part]),
  }));
  const assigned = lines.reduce((sum, l) => sum + l.amount, 0);
  return lines.map((l) =>
    l.part === 'buffer' ? { ...l, amount: Math.round((total - assigned) * 100) / 100 } : l,
  );
}

/** What the lines add up to, and how far that is from the total (positive: lines exceed it). */
export function linesGap(total: number, lines: readonly BudgetLine[]): number {
  const sum = lines.reduce((acc, l) => acc + l.amount, 0);
  return Math.round((sum - total) * 100) / 100;
}
