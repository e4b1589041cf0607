import { BudgetPart, CampaignPlan, KpiMetric, type Objective } from '../model/plan';
import { budgetFromTemplate, CREATORS_TEMPLATE } from '../rules/campaign/budget-template';
import { KPI_UNIT, OBJECTIVE_KPIS } from '../rules/campaign/plan-text';
import { t } from '../i18n/messages';
import { kpiLabel } from '../i18n/plan-labels';
import { fieldWords } from './problem-words';

/** The plan editor's fields as typed; percentages as the marketer writes them ("1.5" for 1.5%). */
export interface PlanForm {
  objective: Objective;
  objectiveNote: string;
  kpis: { metric: KpiMetric; target: string }[];
  total: string;
  currency: string;
  lines: Record<BudgetPart, string>;
  creatorsMin: string;
  creatorsMax: string;
}

const emptyLines = (): Record<BudgetPart, string> =>
  Object.fromEntries(BudgetPart.options.map((p) => [p, ''])) as Record<BudgetPart, string>;

const asText = (n: number) => String(Math.round(n * 10_000) / 10_000);

/** A new plan starts from the method: sales, its KPIs, no total yet, 10–20 creators. */
export function planToForm(plan: CampaignPlan | null, currency = 'USD'): PlanForm {
  if (!plan)
    return {
      objective: 'sales',
      objectiveNote: '',
      kpis: OBJECTIVE_KPIS.sales.map((metric) => ({ metric, target: '' })),
      total: '',
      currency,
      lines: emptyLines(),
      creatorsMin: String(CREATORS_TEMPLATE.min),
      creatorsMax: String(CREATORS_TEMPLATE.max),
    };
  const lines = emptyLines();
  for (const l of plan.budget?.lines ?? []) lines[l.part] = asText(l.amount);
  return {
    objective: plan.objective,
    objectiveNote: plan.objectiveNote ?? '',
    kpis: plan.kpis.map((k) => ({
      metric: k.metric,
      target: asText(KPI_UNIT[k.metric] === 'percent' ? k.target * 100 : k.target),
    })),
    total: plan.budget ? asText(plan.budget.total) : '',
    currency: plan.budget?.currency ?? currency,
    lines,
    creatorsMin: plan.creators ? String(plan.creators.min) : '',
    creatorsMax: plan.creators ? String(plan.creators.max) : '',
  };
}

/** The template's lines for the typed total (unchanged form when the total is not a number). */
export function fillFromTemplate(form: PlanForm): PlanForm {
  const total = plainNumber(form.total);
  if (total === null) return form;
  const lines = emptyLines();
  for (const l of budgetFromTemplate(total)) lines[l.part] = asText(l.amount);
  return { ...form, lines };
}

export type PlanRead = { ok: true; plan: CampaignPlan } | { ok: false; errors: string[] };

function plainNumber(text: string): number | null {
  const t = text.trim().replace(/^\$/, '');
  return /^\d+(?:\.\d+)?$/.test(t) ? Number(t) : null;
}

/** The form as a plan, or every field that is wrong, in words. */
export function readPlanForm(form: PlanForm): PlanRead {
  const errors: string[] = [];
  const number = (text: string, what: string): number | null => {
    if (text.trim() === '') return null;
    const n = plainNumber(text);
    if (n === null) errors.push(t('planErrPlainNumber', what));
    return n;
  };
  const seen = new Set<KpiMetric>();
  const kpis = form.kpis.flatMap(({ metric, target }) => {
    const label = kpiLabel(metric);
    if (seen.has(metric)) {
      errors.push(t('planErrTwice', label));
      return [];
    }
    seen.add(metric);
    const n = number(target, label);
    if (n === null) {
      if (target.trim() === '') errors.push(t('planErrEnterTarget', label));
      return [];
    }
    if (KPI_UNIT[metric] === 'percent' && n > 100) {
      errors.push(t('planErrAtMost100', label));
      return [];
    }
    return [{ metric, target: KPI_UNIT[metric] === 'percent' ? n / 100 : n }];
  });
  const total = number(form.total, t('planBudgetTotal'));
  const lines = BudgetPart.options.flatMap((part) => {
    const n = number(form.lines[part], t('planBudgetLine'));
    return n === null ? [] : [{ part, amount: n }];
  });
  if (total === null && lines.length > 0) errors.push(t('planErrTotalNeeded'));
  const min = number(form.creatorsMin, t('planCreatorsMin'));
  const max = number(form.creatorsMax, t('planCreatorsMax'));
  if ((min === null) !== (max === null)) errors.push(t('planErrCreatorsBoth'));
  if (errors.length > 0) return { ok: false, errors };
  const parsed = CampaignPlan.safeParse({
    objective: form.objective,
    objectiveNote: form.objectiveNote.trim() || null,
    kpis,
    budget:
      total === null
        ? null
        : { total, currency: form.currency.trim().toUpperCase() || 'USD', lines },
    creators: min === null || max === null ? null : { min, max },
  });
  if (parsed.success) return { ok: true, plan: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.map((i) => {
      const where = i.path.join(' ');
      if (where.startsWith('creators')) return t('planErrCreatorsWhole');
      if (where.startsWith('budget currency')) return t('planErrCurrency');
      if (where.startsWith('objectiveNote')) return t('planErrNote');
      return t('planErrOther', fieldWords(i.path.join('.')) ?? where);
    }),
  };
}
