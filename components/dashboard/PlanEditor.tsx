import { useState } from 'react';
import {
  fillFromTemplate,
  planToForm,
  readPlanForm,
  type PlanForm,
} from '../../lib/dashboard/plan-form';
import { BudgetPart, KpiMetric, Objective, type CampaignPlan } from '../../lib/model/plan';
import { BUDGET_TEMPLATE } from '../../lib/rules/campaign/budget-template';
import {
  BUDGET_PART_LABEL,
  KPI_LABEL,
  KPI_UNIT,
  OBJECTIVE_KPIS,
  OBJECTIVE_LABEL,
} from '../../lib/rules/campaign/plan-text';

const UNIT_HINT = { count: '', money: '', percent: '%', multiple: '×' } as const;

const templateText = BudgetPart.options
  .map((p) => `${BUDGET_PART_LABEL[p].split(' (')[0]} ${Math.round(BUDGET_TEMPLATE[p] * 100)}%`)
  .join(', ');

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
      <legend>Plan</legend>
      <label>
        Objective
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
              {OBJECTIVE_LABEL[o]}
            </option>
          ))}
        </select>
      </label>
      <label>
        In your words (optional)
        <input
          value={form.objectiveNote}
          size={40}
          maxLength={300}
          onChange={(e) => set({ objectiveNote: e.currentTarget.value })}
        />
      </label>
      <div className="plan-block">
        <h4>KPI targets</h4>
        {form.kpis.map((k, i) => (
          <div key={k.metric} className="plan-row" data-testid="scout-plan-kpi">
            <label>
              {KPI_LABEL[k.metric]}
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
              aria-label={`Remove the ${KPI_LABEL[k.metric]} target`}
              onClick={() => set({ kpis: form.kpis.filter((_, j) => j !== i) })}
            >
              Remove
            </button>
          </div>
        ))}
        {unused.length > 0 ? (
          <label>
            Add a KPI
            <select
              value=""
              data-testid="scout-plan-add-kpi"
              onChange={(e) => {
                const metric = e.currentTarget.value as KpiMetric;
                if (metric) set({ kpis: [...form.kpis, { metric, target: '' }] });
              }}
            >
              <option value="">Choose…</option>
              {unused.map((m) => (
                <option key={m} value={m}>
                  {KPI_LABEL[m]}
                </option>
              ))}
            </select>
          </label>
        ) : null}
      </div>
      <div className="plan-block">
        <h4>Budget</h4>
        <label>
          Total
          <input
            value={form.total}
            inputMode="decimal"
            size={10}
            data-testid="scout-plan-total"
            onChange={(e) => set({ total: e.currentTarget.value })}
          />
        </label>
        <label>
          Currency
          <input
            value={form.currency}
            size={4}
            onChange={(e) => set({ currency: e.currentTarget.value })}
          />
        </label>
        <button
          type="button"
          data-testid="scout-plan-template"
          disabled={!/^\d+(\.\d+)?$/.test(form.total.trim())}
          onClick={() => setForm(fillFromTemplate(form))}
        >
          Split with the usual breakdown
        </button>
        <p className="hint">Usual breakdown (edit freely): {templateText}.</p>
        {BudgetPart.options.map((p) => (
          <label key={p}>
            {BUDGET_PART_LABEL[p]}
            <input
              value={form.lines[p]}
              inputMode="decimal"
              size={10}
              data-testid={`scout-plan-line-${p}`}
              onChange={(e) => set({ lines: { ...form.lines, [p]: e.currentTarget.value } })}
            />
          </label>
        ))}
        {form.total.trim() !== '' && Number.isFinite(total) && linesSum !== total ? (
          <p className="hint" data-testid="scout-plan-lines-gap">
            The lines add up to {linesSum.toLocaleString('en-US')}, the total is{' '}
            {total.toLocaleString('en-US')}.
          </p>
        ) : null}
      </div>
      <div className="plan-block">
        <h4>Creators</h4>
        <label>
          At least
          <input
            value={form.creatorsMin}
            inputMode="numeric"
            size={4}
            data-testid="scout-plan-creators-min"
            onChange={(e) => set({ creatorsMin: e.currentTarget.value })}
          />
        </label>
        <label>
          At most
          <input
            value={form.creatorsMax}
            inputMode="numeric"
            size={4}
            data-testid="scout-plan-creators-max"
            onChange={(e) => set({ creatorsMax: e.currentTarget.value })}
          />
        </label>
        <p className="hint">
          The method starts a programme with 10–20 creators and keeps the best 20–30%.
        </p>
      </div>
      {errors.length > 0 ? (
        <ul role="alert" data-testid="scout-plan-errors">
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      ) : null}
      <button type="button" onClick={save} data-testid="scout-plan-save">
        Save plan
      </button>{' '}
      {props.plan ? (
        <button type="button" onClick={() => props.onSave(null)}>
          Remove plan
        </button>
      ) : null}
    </fieldset>
  );
}
