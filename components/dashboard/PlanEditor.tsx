import { useState } from 'react';
import {
  fillFromTemplate,
  planToForm,
  readPlanForm,
  type PlanForm,
} from '../../lib/dashboard/plan-form';
import { BudgetPart, KpiMetric, Objective, type CampaignPlan } from '../../lib/model/plan';
import { BUDGET_TEMPLATE } from '../../lib/rules/campaign/budget-template';
import { KPI_UNIT, OBJECTIVE_KPIS } from '../../lib/rules/campaign/plan-text';
import {
  budgetPartLabel,
  budgetPartShortLabel,
  kpiLabel,
  objectiveLabel,
} from '../../lib/i18n/plan-labels';
import { t, uiLocale } from '../../lib/i18n/messages';
import { Button } from '../common/Button';

const plainNumber = (n: number) => n.toLocaleString(uiLocale());

const UNIT_HINT = { count: '', money: '', percent: '%', multiple: '×' } as const;

const templateText = () =>
  BudgetPart.options
    .map((p) => `${budgetPartShortLabel(p)} ${Math.round(BUDGET_TEMPLATE[p] * 100)}%`)
    .join(', ');

/** A labelled text field of the plan; what is typed goes to onChange as it is, checked on save. */
function PlanField(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  size: number;
  inputMode?: 'decimal' | 'numeric';
  maxLength?: number;
  testId?: string;
}) {
  return (
    <label>
      {props.label}
      <input
        value={props.value}
        inputMode={props.inputMode}
        size={props.size}
        maxLength={props.maxLength}
        data-testid={props.testId}
        onChange={(e) => props.onChange(e.currentTarget.value)}
      />
    </label>
  );
}

/** The campaign's plan: objective, KPI targets, budget with its breakdown, how many creators. */
export function PlanEditor(props: {
  plan: CampaignPlan | null;
  currency: string;
  onSave: (plan: CampaignPlan | null) => void;
}) {
  const [form, setForm] = useState<PlanForm>(planToForm(props.plan, props.currency));
  const [errors, setErrors] = useState<string[]>([]);
  const set = (patch: Partial<PlanForm>) => setForm({ ...form, ...patch });
  const unused = KpiMetric.options.filter((m) => !form.kpis.some((k) => k.metric === m));
  const save = () => {
    const read = readPlanForm(form);
    setErrors(read.ok ? [] : read.errors);
    if (read.ok) props.onSave(read.plan);
  };
  const linesSum = BudgetPart.options.reduce((sum, p) => {
    const n = Number(form.lines[p]);
    return form.lines[p].trim() !== '' && Number.isFinite(n) ? sum + n : sum;
  }, 0);
  const total = Number(form.total);
  return (
    <fieldset className="plan" data-testid="scout-plan-editor">
      <legend>{t('planLegend')}</legend>
      <label>
        {t('objective')}
        <select
          value={form.objective}
          data-testid="scout-plan-objective"
          onChange={(e) => {
            const objective = e.currentTarget.value as Objective;
            const untouched = form.kpis.every((k) => k.target.trim() === '');
            set({
              objective,
              ...(untouched && {
                kpis: OBJECTIVE_KPIS[objective].map((metric) => ({ metric, target: '' })),
              }),
            });
          }}
        >
          {Objective.options.map((o) => (
            <option key={o} value={o}>
              {objectiveLabel(o)}
            </option>
          ))}
        </select>
      </label>
      <PlanField
        label={t('objectiveNote')}
        value={form.objectiveNote}
        size={40}
        maxLength={300}
        onChange={(objectiveNote) => set({ objectiveNote })}
      />
      <div className="plan-block">
        <h4>{t('kpiTargets')}</h4>
        {form.kpis.map((k, i) => (
          <div key={k.metric} className="plan-row" data-testid="scout-plan-kpi">
            <label>
              {kpiLabel(k.metric)}
              <span className="plan-input">
                <input
                  value={k.target}
                  inputMode="decimal"
                  size={10}
                  data-testid={`scout-plan-kpi-${k.metric}`}
                  onChange={(e) => {
                    const kpis = [...form.kpis];
                    kpis[i] = { ...k, target: e.currentTarget.value };
                    set({ kpis });
                  }}
                />
                {UNIT_HINT[KPI_UNIT[k.metric]]}
              </span>
            </label>
            <button
              type="button"
              aria-label={t('removeKpiTarget', kpiLabel(k.metric))}
              onClick={() => set({ kpis: form.kpis.filter((_, j) => j !== i) })}
            >
              {t('remove')}
            </button>
          </div>
        ))}
        {unused.length > 0 ? (
          <label>
            {t('addKpi')}
            <select
              value=""
              data-testid="scout-plan-add-kpi"
              onChange={(e) => {
                const metric = e.currentTarget.value as KpiMetric;
                if (metric) set({ kpis: [...form.kpis, { metric, target: '' }] });
              }}
            >
              <option value="">{t('chooseOption')}</option>
              {unused.map((m) => (
                <option key={m} value={m}>
                  {kpiLabel(m)}
                </option>
              ))}
            </select>
          </label>
        ) : null}
      </div>
      <div className="plan-block">
        <h4>{t('budgetHeading')}</h4>
        <PlanField
          label={t('budgetTotal')}
          value={form.total}
          inputMode="decimal"
          size={10}
          testId="scout-plan-total"
          onChange={(total) => set({ total })}
        />
        <PlanField
          label={t('currency')}
          value={form.currency}
          size={4}
          onChange={(currency) => set({ currency })}
        />
        <button
          type="button"
          data-testid="scout-plan-template"
          disabled={!/^\d+(\.\d+)?$/.test(form.total.trim())}
          onClick={() => setForm(fillFromTemplate(form))}
        >
          {t('splitUsualBreakdown')}
        </button>
        <p className="hint">{t('usualBreakdown', templateText())}</p>
        {BudgetPart.options.map((p) => (
          <PlanField
            key={p}
            label={budgetPartLabel(p)}
            value={form.lines[p]}
            inputMode="decimal"
            size={10}
            testId={`scout-plan-line-${p}`}
            onChange={(value) => set({ lines: { ...form.lines, [p]: value } })}
          />
        ))}
        {form.total.trim() !== '' && Number.isFinite(total) && linesSum !== total ? (
          <p className="hint" data-testid="scout-plan-lines-gap">
            {t('linesAddUp', plainNumber(linesSum), plainNumber(total))}
          </p>
        ) : null}
      </div>
      <div className="plan-block">
        <h4>{t('columnCreators')}</h4>
        <PlanField
          label={t('atLeast')}
          value={form.creatorsMin}
          inputMode="numeric"
          size={4}
          testId="scout-plan-creators-min"
          onChange={(creatorsMin) => set({ creatorsMin })}
        />
        <PlanField
          label={t('atMost')}
          value={form.creatorsMax}
          inputMode="numeric"
          size={4}
          testId="scout-plan-creators-max"
          onChange={(creatorsMax) => set({ creatorsMax })}
        />
        <p className="hint">{t('methodCreatorsHint')}</p>
      </div>
      {errors.length > 0 ? (
        <ul role="alert" data-testid="scout-plan-errors">
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      ) : null}
      <Button variant="primary" type="button" onClick={save} data-testid="scout-plan-save">
        {t('savePlan')}
      </Button>{' '}
      {props.plan ? (
        <button type="button" onClick={() => props.onSave(null)}>
          {t('removePlan')}
        </button>
      ) : null}
    </fieldset>
  );
}
