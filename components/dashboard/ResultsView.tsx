import { useMemo, useState } from 'react';
import {
  campaignResults,
  conversionShares,
  paymentSource,
  roasBars,
} from '../../lib/dashboard/results-view';
import { planProgress } from '../../lib/dashboard/plan-view';
import { formatCount, formatMoney, formatMultiple, formatPercent } from '../../lib/results/format';
import { tickLabels } from '../../lib/panel/format';

const roasTicks = (values: number[]) => tickLabels(values, (v, d) => formatMultiple(v, d), 1);
import type { Group } from '../../lib/results/groups';
import { BarChart } from '../charts/BarChart';
import { DoughnutChart } from '../charts/DoughnutChart';
import { creatorHref } from './CreatorTable';
import { DropAlert } from './DropAlert';
import { PlanProgress } from './PlanProgress';
import { ResultForm } from './ResultForm';
import { AttributionGapView } from './AttributionGapView';
import { basisWord } from './basis-word';
import { ResultsImport } from './ResultsImport';
import type { DashboardData } from './store';

const GROUP_TEXT: Record<Group, string> = {
  top: 'Top: re-engage first (the best ROAS producing ≥ 60% of conversions)',
  middle: 'Middle',
  bottom: 'Consider pausing: losing money (ROAS below 1) or in the lowest quarter by ROAS',
};

/** Campaign results: per-creator figures and ratios, totals, groups, charts, drop alerts. */
export function ResultsView(props: { data: DashboardData; reload: () => Promise<void> }) {
  const { data } = props;
  const [campaignId, setCampaignId] = useState(
    data.activeCampaignId ?? data.campaigns[0]?.id ?? '',
  );
  const [editing, setEditing] = useState<string | null>(null);
  const campaign = data.campaigns.find((c) => c.id === campaignId);
  const results = useMemo(
    () =>
      campaign ? campaignResults(data.creators, campaign, data.settings.rules.thresholds) : null,
    [campaign, data],
  );
  const bars = useMemo(() => (results ? roasBars(results.lines) : null), [results]);
  const shares = useMemo(() => (results ? conversionShares(results.lines) : []), [results]);
  const progress = useMemo(
    () =>
      campaign && results ? planProgress(data.creators, campaign, results.report.totals) : null,
    [campaign, results, data.creators],
  );
  if (data.campaigns.length === 0)
    return (
      <>
        <h2>Results</h2>
        <p>
          Create a campaign first (<a href="#/campaigns">Campaigns</a>), then shortlist creators
          into it.
        </p>
      </>
    );
  const t = results?.report.totals;
  const currency = campaign?.offer?.currency ?? 'USD';
  return (
    <>
      <h2>Results</h2>
      <div className="toolbar">
        <label>
          Campaign{' '}
          <select
            value={campaignId}
            onChange={(e) => setCampaignId(e.currentTarget.value)}
            data-testid="scout-results-campaign"
          >
            {data.campaigns.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      {results && t ? (
        <>
          {progress ? (
            <PlanProgress
              progress={progress}
              currency={campaign?.plan?.budget?.currency ?? currency}
            />
          ) : campaign ? (
            <p className="hint">
              No plan for this campaign yet: set its objective, KPI targets and budget under{' '}
              <a href="#/campaigns">Campaigns</a> to see the results against them.
            </p>
          ) : null}
          <section
            aria-labelledby="totals-title"
            className="totals"
            data-testid="scout-results-totals"
          >
            <h3 id="totals-title">
              Totals ({t.creators} creators, {currency})
            </h3>
            <dl>
              <div>
                <dt>Spend</dt>
                <dd>{formatMoney(t.spend)}</dd>
              </div>
              <div>
                <dt>Revenue</dt>
                <dd>{formatMoney(t.revenue)}</dd>
              </div>
              <div>
                <dt>Conversions</dt>
                <dd>{formatCount(t.conversions)}</dd>
              </div>
              <div>
                <dt>Clicks</dt>
                <dd>{formatCount(t.clicks)}</dd>
              </div>
              <div>
                <dt>Impressions</dt>
                <dd>{formatCount(t.impressions)}</dd>
              </div>
              <div>
                <dt>CTR</dt>
                <dd>{formatPercent(t.ctr)}</dd>
              </div>
              <div>
                <dt>CVR</dt>
                <dd className={t.problems.length > 0 ? 'danger' : undefined}>
                  {formatPercent(t.cvr)}
                  {t.problems.length > 0 ? ' ⚠ check' : ''}
                </dd>
              </div>
              <div>
                <dt>CPA</dt>
                <dd>{formatMoney(t.cpa)}</dd>
              </div>
              <div>
                <dt>ROAS</dt>
                <dd data-testid="scout-total-roas" data-value={t.roas ?? ''}>
                  {formatMultiple(t.roas)}
                </dd>
              </div>
            </dl>
          </section>
          {results.lines.map((l) => (
            <DropAlert key={l.key} drop={l.drop} handle={l.handle} />
          ))}
          {results.lines.flatMap((l) =>
            l.problems.map((problem) => (
              <p
                key={`${l.key}:${problem}`}
                className="alert"
                role="note"
                data-testid="scout-result-problem"
              >
                ⚠ @{l.handle}: {problem}
              </p>
            )),
          )}
          <div className="table-scroll" tabIndex={0} role="region" aria-label="Results per creator">
            <table className="results">
              <thead>
                <tr>
                  <th scope="col">Creator</th>
                  <th scope="col">Group</th>
                  <th scope="col" className="num">
                    Impressions
                  </th>
                  <th scope="col" className="num">
                    Clicks
                  </th>
                  <th scope="col" className="num">
                    Conversions
                  </th>
                  <th scope="col" className="num">
                    Revenue ({currency})
                  </th>
                  <th scope="col" className="num">
                    Payment ({currency})
                  </th>
                  <th scope="col" className="num">
                    CTR
                  </th>
                  <th scope="col" className="num">
                    CVR
                  </th>
                  <th scope="col" className="num">
                    CPA ({currency})
                  </th>
                  <th scope="col" className="num">
                    ROAS
                  </th>
                  <th scope="col">Edit</th>
                </tr>
              </thead>
              <tbody>
                {results.lines.map((l) => (
                  <tr
                    key={l.key}
                    data-testid="scout-result-row"
                    data-handle={l.handle}
                    data-group={l.group}
                  >
                    <td>
                      <a href={creatorHref(l)}>@{l.handle}</a>
                    </td>
                    <td data-testid="scout-result-group">{l.group}</td>
                    <td className="num">{formatCount(l.impressions)}</td>
                    <td className="num">{formatCount(l.clicks)}</td>
                    <td className="num" data-testid="scout-conversions">
                      {formatCount(l.conversions)}{' '}
                      {l.entry.results && l.conversions !== null ? (
                        <span className="sub" data-testid="scout-result-basis">
                          {basisWord(l.entry.results.basis)}
                        </span>
                      ) : null}
                    </td>
                    <td className="num">{formatMoney(l.revenue)}</td>
                    <td
                      className="num"
                      title={paymentSource(l.payment)}
                      data-testid="scout-payment"
                    >
                      {formatMoney(l.spend)} <span className="sub">{paymentSource(l.payment)}</span>
                    </td>
                    <td className="num">{formatPercent(l.ctr)}</td>
                    <td
                      className={l.problems.length > 0 ? 'num danger' : 'num'}
                      data-testid="scout-cvr"
                    >
                      {formatPercent(l.cvr)}
                      {l.problems.length > 0 ? ' ⚠ check' : ''}
                    </td>
                    <td className="num">{formatMoney(l.cpa)}</td>
                    <td className="num" data-testid="scout-roas" data-value={l.roas ?? ''}>
                      {formatMultiple(l.roas)}
                    </td>
                    <td>
                      <button
                        type="button"
                        onClick={() => setEditing(l.key)}
                        aria-label={`Enter results of @${l.handle}`}
                        data-testid="scout-result-edit"
                      >
                        Enter
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {editing
            ? results.lines
                .filter((l) => l.key === editing)
                .map((l) => (
                  <ResultForm
                    key={l.key}
                    line={l}
                    reload={props.reload}
                    onDone={() => setEditing(null)}
                  />
                ))
            : null}
          <AttributionGapView
            lines={results.attribution.lines}
            totals={results.attribution.totals}
            currency={currency}
          />
          <section aria-labelledby="groups-title" className="groups">
            <h3 id="groups-title">Groups</h3>
            {results.report.topConversionShare !== null ? (
              <p>
                The top group produces {formatPercent(results.report.topConversionShare, 0)} of
                conversions.
              </p>
            ) : null}
            {(['top', 'middle', 'bottom'] as const).map((g) => (
              <div key={g} data-testid={`scout-group-${g}`}>
                <h4>{GROUP_TEXT[g]}</h4>
                <p>
                  {results.lines
                    .filter((l) => l.group === g)
                    .map((l) => `@${l.handle}`)
                    .join(', ') || 'nobody'}
                </p>
              </div>
            ))}
          </section>
          <div className="charts">
            <figure>
              <figcaption>
                ROAS per creator
                {bars && bars.without ? ` (${bars.without} without a ROAS left out)` : ''}
              </figcaption>
              <BarChart
                label="ROAS per creator, best first"
                bars={bars?.bars ?? []}
                valueName="ROAS"
                format={(v) => formatMultiple(v, 1)}
                ticks={roasTicks}
                testId="scout-chart-roas"
              />
            </figure>
            <figure>
              <figcaption>Share of conversions</figcaption>
              <DoughnutChart
                label="Share of conversions per creator"
                parts={shares}
                testId="scout-chart-conversions"
              />
            </figure>
          </div>
          <ResultsImport
            results={results}
            mappings={data.settings.resultsMappings}
            reload={props.reload}
          />
        </>
      ) : null}
    </>
  );
}
