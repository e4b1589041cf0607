import type { PlanProgress as Progress } from '../../lib/dashboard/plan-view';
import type { KpiMetric } from '../../lib/model/plan';
import {
  BUDGET_PART_LABEL,
  CREATORS_STATE_TEXT,
  KPI_LABEL,
  KPI_STATE_TEXT,
  KPI_UNIT,
} from '../../lib/rules/campaign/plan-text';
import { formatCount, formatMoney, formatMultiple, formatPercent } from '../../lib/results/format';

function formatKpi(metric: KpiMetric, value: number | null, currency: string): string {
  switch (KPI_UNIT[metric]) {
    case 'money':
      return value === null ? '—' : `${currency} ${formatMoney(value)}`;
    case 'percent':
      return formatPercent(value);
    case 'multiple':
      return formatMultiple(value);
    case 'count':
      return formatCount(value);
  }
}

const creatorsText = (n: number) => `${n} creator${n === 1 ? '' : 's'}`;

function Bar(props: { used: number; of: number; label: string }) {
  const share = props.of > 0 ? props.used / props.of : props.used > 0 ? 2 : 0;
  return (
    <span
      className={share > 1 ? 'bar over' : 'bar'}
      role="img"
      aria-label={`${props.label}: ${Math.round(share * 100)}% used`}
    >
      <span style={{ width: `${Math.min(100, share * 100)}%` }} />
    </span>
  );
}

/** The plan against where the campaign stands: creators, budget committed and spent, KPIs. */
export function PlanProgress(props: { progress: Progress; currency: string }) {
  const { budget, creators, kpis } = props.progress;
  const money = (n: number) => `${props.currency} ${formatMoney(n)}`;
  return (
    <section
      className="plan-progress"
      aria-labelledby="plan-progress-title"
      data-testid="scout-plan-progress"
    >
      <h3 id="plan-progress-title">Against the plan</h3>
      {creators ? (
        <p data-testid="scout-plan-creators" data-state={creators.state}>
          <strong>{creatorsText(creators.count)}</strong> in the campaign (plan: {creators.min}–
          {creators.max}): {CREATORS_STATE_TEXT[creators.state]}.
        </p>
      ) : null}
      {budget ? (
        <div data-testid="scout-plan-budget">
          <dl className="totals-list">
            <div>
              <dt>Budget</dt>
              <dd>{money(budget.total)}</dd>
            </div>
            <div>
              <dt>Committed (offers agreed)</dt>
              <dd data-testid="scout-plan-committed" data-value={budget.committed.amount}>
                {money(budget.committed.amount)}{' '}
                <span className="sub">
                  {creatorsText(budget.committed.creators)}
                  {budget.committed.unpriced
                    ? `, ${budget.committed.unpriced} without a fee set`
                    : ''}
                </span>
              </dd>
            </div>
            <div>
              <dt>Spent (from results)</dt>
              <dd data-testid="scout-plan-spent" data-value={budget.spent.amount}>
                {money(budget.spent.amount)}{' '}
                <span className="sub">{creatorsText(budget.spent.creators)}</span>
              </dd>
            </div>
            <div>
              <dt>In talks (their offers’ fees)</dt>
              <dd data-testid="scout-plan-talks" data-value={budget.inTalks.amount}>
                {money(budget.inTalks.amount)}{' '}
                <span className="sub">
                  {creatorsText(budget.inTalks.creators)}
                  {budget.inTalks.unpriced ? `, ${budget.inTalks.unpriced} without a fee set` : ''}
                </span>
              </dd>
            </div>
            <div>
              <dt>Left</dt>
              <dd
                data-testid="scout-plan-left"
                data-value={budget.left}
                className={budget.left < 0 ? 'danger' : undefined}
              >
                {budget.left < 0 ? `over by ${money(-budget.left)}` : money(budget.left)}{' '}
                <span className={budget.leftIfAllSign < 0 ? 'sub danger' : 'sub'}>
                  {budget.leftIfAllSign < 0
                    ? `over by ${money(-budget.leftIfAllSign)} if everyone in talks signs`
                    : `${money(budget.leftIfAllSign)} if everyone in talks signs`}
                </span>
              </dd>
            </div>
          </dl>
          <p className="bar-line">
            <Bar used={budget.committed.amount} of={budget.total} label="Budget committed" /> Budget
            committed
          </p>
          {budget.lines.map((l) => (
            <p key={l.part} className="bar-line" data-testid={`scout-plan-line-use-${l.part}`}>
              <Bar used={l.used} of={l.planned} label={BUDGET_PART_LABEL[l.part]} />{' '}
              {BUDGET_PART_LABEL[l.part]}: {money(l.used)} of {money(l.planned)}
            </p>
          ))}
        </div>
      ) : (
        <p className="hint">No budget in the plan.</p>
      )}
      {kpis.length > 0 ? (
        <div className="table-scroll" tabIndex={0} role="region" aria-label="KPIs against targets">
          <table className="results">
            <thead>
              <tr>
                <th scope="col">KPI</th>
                <th scope="col" className="num">
                  Target
                </th>
                <th scope="col" className="num">
                  Result
                </th>
                <th scope="col">Where it stands</th>
              </tr>
            </thead>
            <tbody>
              {kpis.map((k) => (
                <tr
                  key={k.metric}
                  data-testid="scout-plan-kpi-row"
                  data-metric={k.metric}
                  data-state={k.state}
                >
                  <td>{KPI_LABEL[k.metric]}</td>
                  <td className="num">{formatKpi(k.metric, k.target, props.currency)}</td>
                  <td className="num">{formatKpi(k.metric, k.actual, props.currency)}</td>
                  <td className={k.state === 'behind' ? 'danger' : undefined}>
                    {k.state === 'met' ? '✓ ' : k.state === 'behind' ? '✗ ' : ''}
                    {KPI_STATE_TEXT[k.state]}
                    {k.progress !== null && k.state === 'behind'
                      ? ` (${Math.round(k.progress * 100)}% of the way)`
                      : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
