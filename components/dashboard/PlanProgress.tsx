import type { PlanProgress as Progress } from '../../lib/dashboard/plan-view';
import { Mark } from '../common/icons';
import type { KpiMetric } from '../../lib/model/plan';
import { KPI_UNIT } from '../../lib/rules/campaign/plan-text';
import {
  budgetPartLabel,
  creatorsCount,
  creatorsStateText,
  kpiLabel,
  kpiStateText,
} from '../../lib/i18n/plan-labels';
import { t } from '../../lib/i18n/messages';
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

const unpricedText = (creators: number, unpriced: number) =>
  unpriced ? t('withoutFeeSet', creatorsCount(creators), unpriced) : creatorsCount(creators);

function Bar(props: { used: number; of: number; label: string }) {
  const share = props.of > 0 ? props.used / props.of : props.used > 0 ? 2 : 0;
  return (
    <span
      className={share > 1 ? 'bar over' : 'bar'}
      role="img"
      aria-label={t('barUsed', props.label, Math.round(share * 100))}
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
      <h3 id="plan-progress-title">{t('againstPlan')}</h3>
      {creators ? (
        <p data-testid="scout-plan-creators" data-state={creators.state}>
          {t(
            'planCreatorsLine',
            creatorsCount(creators.count),
            creators.min,
            creators.max,
            creatorsStateText(creators.state),
          )}
        </p>
      ) : null}
      {budget ? (
        <div data-testid="scout-plan-budget">
          <dl className="totals-list">
            <div>
              <dt>{t('budgetHeading')}</dt>
              <dd>{money(budget.total)}</dd>
            </div>
            <div>
              <dt>{t('budgetCommitted')}</dt>
              <dd data-testid="scout-plan-committed" data-value={budget.committed.amount}>
                {money(budget.committed.amount)}{' '}
                <span className="sub">
                  {unpricedText(budget.committed.creators, budget.committed.unpriced)}
                </span>
              </dd>
            </div>
            <div>
              <dt>{t('budgetSpent')}</dt>
              <dd data-testid="scout-plan-spent" data-value={budget.spent.amount}>
                {money(budget.spent.amount)}{' '}
                <span className="sub">{creatorsCount(budget.spent.creators)}</span>
              </dd>
            </div>
            <div>
              <dt>{t('budgetInTalks')}</dt>
              <dd data-testid="scout-plan-talks" data-value={budget.inTalks.amount}>
                {money(budget.inTalks.amount)}{' '}
                <span className="sub">
                  {unpricedText(budget.inTalks.creators, budget.inTalks.unpriced)}
                </span>
              </dd>
            </div>
            <div>
              <dt>{t('budgetLeft')}</dt>
              <dd
                data-testid="scout-plan-left"
                data-value={budget.left}
                className={budget.left < 0 ? 'danger' : undefined}
              >
                {budget.left < 0 ? t('overBy', money(-budget.left)) : money(budget.left)}{' '}
                <span className={budget.leftIfAllSign < 0 ? 'sub danger' : 'sub'}>
                  {budget.leftIfAllSign < 0
                    ? t('overByIfAllSign', money(-budget.leftIfAllSign))
                    : t('leftIfAllSign', money(budget.leftIfAllSign))}
                </span>
              </dd>
            </div>
          </dl>
          <p className="bar-line">
            <Bar used={budget.committed.amount} of={budget.total} label={t('budgetCommittedBar')} />{' '}
            {t('budgetCommittedBar')}
          </p>
          {budget.lines.map((l) => (
            <p key={l.part} className="bar-line" data-testid={`scout-plan-line-use-${l.part}`}>
              <Bar used={l.used} of={l.planned} label={budgetPartLabel(l.part)} />{' '}
              {t('budgetLineUse', budgetPartLabel(l.part), money(l.used), money(l.planned))}
            </p>
          ))}
        </div>
      ) : (
        <p className="hint">{t('noBudgetInPlan')}</p>
      )}
      {kpis.length > 0 ? (
        <div
          className="table-scroll"
          tabIndex={0}
          role="region"
          aria-label={t('kpisAgainstTargets')}
        >
          {/* The roles are said outright: on a phone the table is laid out as cards (display:
              block and grid), and Safari drops a table's semantics with its display. */}
          <table className="results kpi-table" role="table">
            <thead role="rowgroup">
              <tr role="row">
                <th scope="col" role="columnheader">
                  {t('columnKpi')}
                </th>
                <th scope="col" role="columnheader" className="num">
                  {t('columnTarget')}
                </th>
                <th scope="col" role="columnheader" className="num">
                  {t('columnResult')}
                </th>
                <th scope="col" role="columnheader">
                  {t('columnWhereItStands')}
                </th>
              </tr>
            </thead>
            <tbody role="rowgroup">
              {kpis.map((k) => (
                <tr
                  key={k.metric}
                  role="row"
                  data-testid="scout-plan-kpi-row"
                  data-metric={k.metric}
                  data-state={k.state}
                >
                  <th scope="row" role="rowheader">
                    {kpiLabel(k.metric)}
                  </th>
                  {/* On a phone each KPI is a card, the column names shown beside the values (to
                      the eye only: a screen reader has the column headers). */}
                  <td role="cell" className="num" data-label={t('columnTarget')}>
                    {formatKpi(k.metric, k.target, props.currency)}
                  </td>
                  <td role="cell" className="num" data-label={t('columnResult')}>
                    {formatKpi(k.metric, k.actual, props.currency)}
                  </td>
                  <td role="cell" className={k.state === 'behind' ? 'danger' : undefined}>
                    {k.state === 'met' || k.state === 'behind' ? (
                      <Mark ok={k.state === 'met'} />
                    ) : null}
                    {kpiStateText(k.state)}
                    {k.progress !== null && k.state === 'behind'
                      ? ` ${t('kpiProgress', Math.round(k.progress * 100))}`
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
