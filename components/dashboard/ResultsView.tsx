import { useMemo, useState } from 'react';
import { WarnIcon } from '../common/icons';
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
import { t, type MessageKey } from '../../lib/i18n/messages';
import { SLOT, Slotted } from '../common/Slotted';
import { countedText, plural } from '../../lib/i18n/plural';

const GROUP_TEXT = {
  top: 'resGroupTop',
  middle: 'resGroupMiddle',
  bottom: 'resGroupBottom',
} as const satisfies Record<Group, MessageKey>;
const GROUP_WORD = {
  top: 'resGroupTopShort',
  middle: 'resGroupMiddleShort',
  bottom: 'resGroupBottomShort',
} as const satisfies Record<Group, MessageKey>;

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
        <h2>{t('navResults')}</h2>
        <p>
          <Slotted
            text={t('resNoCampaign', SLOT)}
            slot={<a href="#/campaigns">{t('navCampaigns')}</a>}
          />
        </p>
      </>
    );
  const totals = results?.report.totals;
  const currency = campaign?.offer?.currency ?? 'USD';
  return (
    <>
      <h2>{t('navResults')}</h2>
      <div className="toolbar">
        <label>
          {t('scopeCampaign')}{' '}
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
      {results && totals ? (
        <>
          {progress ? (
            <PlanProgress
              progress={progress}
              currency={campaign?.plan?.budget?.currency ?? currency}
            />
          ) : campaign ? (
            <p className="hint">
              <Slotted
                text={t('resNoPlan', SLOT)}
                slot={<a href="#/campaigns">{t('navCampaigns')}</a>}
              />
            </p>
          ) : null}
          <section
            aria-labelledby="totals-title"
            className="totals"
            data-testid="scout-results-totals"
          >
            <h3 id="totals-title">
              {plural(
                totals.creators,
                'resTotalsOne',
                'resTotalsMany',
                formatCount(totals.creators),
                currency,
              )}
            </h3>
            <dl>
              <div>
                <dt>{t('resSpend')}</dt>
                <dd>{formatMoney(totals.spend)}</dd>
              </div>
              <div>
                <dt>{t('resRevenue')}</dt>
                <dd>{formatMoney(totals.revenue)}</dd>
              </div>
              <div>
                <dt>{t('resConversions')}</dt>
                <dd>{formatCount(totals.conversions)}</dd>
              </div>
              <div>
                <dt>{t('resClicks')}</dt>
                <dd>{formatCount(totals.clicks)}</dd>
              </div>
              <div>
                <dt>{t('resImpressions')}</dt>
                <dd>{formatCount(totals.impressions)}</dd>
              </div>
              <div>
                <dt>{t('resCtr')}</dt>
                <dd>{formatPercent(totals.ctr)}</dd>
              </div>
              <div>
                <dt>{t('resCvr')}</dt>
                <dd className={totals.problems.length > 0 ? 'danger' : undefined}>
                  {formatPercent(totals.cvr)}
                  {totals.problems.length > 0 ? (
                    <>
                      {' '}
                      <WarnIcon />
                      {t('resCheck')}
                    </>
                  ) : null}
                </dd>
              </div>
              <div>
                <dt>{t('resCpa')}</dt>
                <dd>{formatMoney(totals.cpa)}</dd>
              </div>
              <div>
                <dt>{t('resRoas')}</dt>
                <dd data-testid="scout-total-roas" data-value={totals.roas ?? ''}>
                  {formatMultiple(totals.roas)}
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
                <WarnIcon />@{l.handle}: {problem}
              </p>
            )),
          )}
          <div className="table-scroll" tabIndex={0} role="region" aria-label={t('resPerCreator')}>
            <table className="results">
              <thead>
                <tr>
                  <th scope="col">{t('resCreator')}</th>
                  <th scope="col">{t('resGroup')}</th>
                  {[
                    t('resImpressions'),
                    t('resClicks'),
                    t('resConversions'),
                    t('resWithCurrency', t('resRevenue'), currency),
                    t('resWithCurrency', t('resPayment'), currency),
                    t('resCtr'),
                    t('resCvr'),
                    t('resWithCurrency', t('resCpa'), currency),
                    t('resRoas'),
                  ].map((label) => (
                    <th key={label} scope="col" className="num">
                      {label}
                    </th>
                  ))}
                  <th scope="col">{t('resEditColumn')}</th>
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
                    <td data-testid="scout-result-group">{t(GROUP_WORD[l.group])}</td>
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
                      {l.problems.length > 0 ? (
                        <>
                          {' '}
                          <WarnIcon />
                          {t('resCheck')}
                        </>
                      ) : null}
                    </td>
                    <td className="num">{formatMoney(l.cpa)}</td>
                    <td className="num" data-testid="scout-roas" data-value={l.roas ?? ''}>
                      {formatMultiple(l.roas)}
                    </td>
                    <td>
                      <button
                        type="button"
                        onClick={() => setEditing(l.key)}
                        aria-label={t('resEnterOf', l.handle)}
                        data-testid="scout-result-edit"
                      >
                        {t('resEnter')}
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
            <h3 id="groups-title">{t('resGroups')}</h3>
            {results.report.topConversionShare !== null ? (
              <p>{t('resTopShare', formatPercent(results.report.topConversionShare, 0))}</p>
            ) : null}
            {(['top', 'middle', 'bottom'] as const).map((g) => (
              <div key={g} data-testid={`scout-group-${g}`}>
                <h4>{t(GROUP_TEXT[g])}</h4>
                <p>
                  {results.lines
                    .filter((l) => l.group === g)
                    .map((l) => `@${l.handle}`)
                    .join(', ') || t('resNobody')}
                </p>
              </div>
            ))}
          </section>
          <div className="charts">
            <figure>
              <figcaption>
                {t('resRoasChart')}
                {bars && bars.without
                  ? countedText(bars.without, 'resRoasLeftOutOne', 'resRoasLeftOutMany')
                  : ''}
              </figcaption>
              <BarChart
                label={t('resRoasChartLabel')}
                bars={bars?.bars ?? []}
                valueName={t('resRoas')}
                format={(v) => formatMultiple(v, 1)}
                ticks={roasTicks}
                testId="scout-chart-roas"
              />
            </figure>
            <figure>
              <figcaption>{t('resShareChart')}</figcaption>
              <DoughnutChart
                label={t('resShareChartLabel')}
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
