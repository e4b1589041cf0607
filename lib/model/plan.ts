import { z } from 'zod';
import { SCHEMA_WORDS } from './schema-words';

/** What a campaign is for (the method's step 1): the KPIs follow from it. */
export const Objective = z.enum(['sales', 'awareness', 'ugc', 'other']);
export type Objective = z.infer<typeof Objective>;

/**
 * A KPI a campaign can be judged on once results are in. All but `cpa` are better higher;
 * `cpa` (cost per conversion) is better lower.
 */
export const KpiMetric = z.enum([
  'conversions',
  'cpa',
  'revenue',
  'roas',
  'ctr',
  'cvr',
  'clicks',
  'impressions',
]);
export type KpiMetric = z.infer<typeof KpiMetric>;

export const KpiTarget = z.object({
  metric: KpiMetric,
  /** Counts and money as such; `ctr` and `cvr` as fractions (0.02 = 2%); `roas` as a multiple. */
  target: z.number().nonnegative().finite(),
});
export type KpiTarget = z.infer<typeof KpiTarget>;

/** The budget's parts, in the order of the method's breakdown. */
export const BudgetPart = z.enum([
  'creator-payments',
  'commission-pool',
  'content-licensing',
  'tools',
  'buffer',
]);
export type BudgetPart = z.infer<typeof BudgetPart>;

export const BudgetLine = z.object({
  part: BudgetPart,
  amount: z.number().nonnegative().finite(),
});
export type BudgetLine = z.infer<typeof BudgetLine>;

export const Budget = z.object({
  /** What the campaign may spend in all; the lines are how it is meant to be split. */
  total: z.number().nonnegative().finite(),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .default('USD'),
  lines: z.array(BudgetLine).max(BudgetPart.options.length),
});
export type Budget = z.infer<typeof Budget>;

export const CreatorsTarget = z
  .object({ min: z.number().int().positive(), max: z.number().int().positive() })
  .refine((t) => t.min <= t.max, { message: SCHEMA_WORDS.vmMinAboveMax, path: ['max'] });
export type CreatorsTarget = z.infer<typeof CreatorsTarget>;

/** The campaign's plan: objective, KPI targets, budget and how many creators it needs. */
export const CampaignPlan = z.object({
  objective: Objective,
  /** The objective in the marketer's words (required in spirit for `other`). */
  objectiveNote: z.string().max(300).nullable(),
  kpis: z.array(KpiTarget).max(KpiMetric.options.length),
  budget: Budget.nullable(),
  creators: CreatorsTarget.nullable(),
});
export type CampaignPlan = z.infer<typeof CampaignPlan>;
