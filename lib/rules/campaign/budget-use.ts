import type { PipelineStatus } from '../../model/creator';
import type { Budget, CreatorsTarget } from '../../model/plan';

/**
 * One creator of the campaign as the budget sees it. The amounts come from the offer in force for
 * that creator (lib/offer); the rule only adds them up.
 */
export interface MemberCost {
  status: PipelineStatus;
  /** The offer's fixed part (flat fee, product value); null when no offer or the fee is not set. */
  fixed: number | null;
  /** What the creator is owed from entered results (override or offer on the revenue); null when unknown. */
  owed: number | null;
  /** The commission inside `owed`, when the offer computed it; null otherwise. */
  commission: number | null;
}

/** Where a creator stands for the budget. */
export type BudgetStage = 'talks' | 'agreed' | 'out';

const AGREED: ReadonlySet<PipelineStatus> = new Set([
  'signed',
  'content-approval',
  'live',
  'reporting',
  'ambassador',
  // Paused creators were usually signed (the bottom quartile is paused after results): their fee stands.
  'paused',
]);

export function budgetStage(member: MemberCost): BudgetStage {
  if (member.owed !== null) return 'agreed';
  if (AGREED.has(member.status)) return 'agreed';
  return member.status === 'declined' ? 'out' : 'talks';
}

export interface StageSum {
  creators: number;
  /** Sum of the known amounts. */
  amount: number;
  /** Creators of this stage whose amount is not known (no offer, no fee set). */
  unpriced: number;
}

export interface BudgetUse {
  total: number;
  /** Shortlisted, contacted, negotiating: the fixed fees their offers would cost. */
  inTalks: StageSum;
  /** Offers agreed: what is owed from results where entered, else the agreed fixed fee. */
  committed: StageSum;
  /** What the entered results say is owed (payments made or due). */
  spent: StageSum;
  /** The total less what is committed (negative when over budget). */
  left: number;
  /** Committed plus the fees still in talks, against the total (negative: the shortlist would overspend). */
  leftIfAllSign: number;
  /** Fixed fees committed against the creator-payments line, commissions against the pool (null: no such line). */
  lines: { part: 'creator-payments' | 'commission-pool'; planned: number; used: number }[];
}

const money = (n: number) => Math.round(n * 100) / 100;

export function budgetUse(budget: Budget, members: readonly MemberCost[]): BudgetUse {
  const empty = (): StageSum => ({ creators: 0, amount: 0, unpriced: 0 });
  const inTalks = empty();
  const committed = empty();
  const spent = empty();
  let fixedCommitted = 0;
  let commissions = 0;
  for (const m of members) {
    const stage = budgetStage(m);
    if (stage === 'out') continue;
    const sum = stage === 'talks' ? inTalks : committed;
    const amount = stage === 'agreed' ? (m.owed ?? m.fixed) : m.fixed;
    sum.creators++;
    if (amount === null) sum.unpriced++;
    else sum.amount += amount;
    if (stage === 'agreed') {
      const commission = m.owed !== null ? (m.commission ?? 0) : 0;
      commissions += commission;
      fixedCommitted += m.owed !== null ? m.owed - commission : (m.fixed ?? 0);
    }
    if (m.owed !== null) {
      spent.creators++;
      spent.amount += m.owed;
    }
  }
  for (const s of [inTalks, committed, spent]) s.amount = money(s.amount);
  const planned = (part: 'creator-payments' | 'commission-pool') =>
    budget.lines.find((l) => l.part === part)?.amount;
  const lines: BudgetUse['lines'] = [];
  const payments = planned('creator-payments');
  if (payments !== undefined)
    lines.push({ part: 'creator-payments', planned: payments, used: money(fixedCommitted) });
  const pool = planned('commission-pool');
  if (pool !== undefined)
    lines.push({ part: 'commission-pool', planned: pool, used: money(commissions) });
  return {
    total: budget.total,
    inTalks,
    committed,
    spent,
    left: money(budget.total - committed.amount),
    leftIfAllSign: money(budget.total - committed.amount - inTalks.amount),
    lines,
  };
}

export type CreatorsState = 'below' | 'within' | 'above';

/** How many creators are in the campaign (declined left out) against the plan's range. */
export function creatorsAgainstTarget(
  target: CreatorsTarget,
  members: readonly MemberCost[],
): { count: number; state: CreatorsState } {
  const count = members.filter((m) => budgetStage(m) !== 'out').length;
  return {
    count,
    state: count < target.min ? 'below' : count > target.max ? 'above' : 'within',
  };
}
