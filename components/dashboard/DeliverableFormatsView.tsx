import { useMemo } from 'react';
import {
  DELIVERABLE_WORDS as W,
  deliverableFormatBars,
  deliverableFormatMethod,
} from '../../lib/dashboard/deliverables-view';
import { formatLabel } from '../../lib/i18n/labels';
import { t } from '../../lib/i18n/messages';
import { platformName } from '../../lib/model/platforms';
import type { DeliverableFormats } from '../../lib/rules/campaign/deliverable-formats';
import { countTickLabels, rateTickLabels } from '../../lib/panel/format';
import { formatCount, formatMoney, formatPercent } from '../../lib/results/format';
import { BarChart } from '../charts/BarChart';

const rateText = (v: number) => formatPercent(v, 1);

/** The campaign's results by the deliverables' format: a table per platform and its charts. */
export function DeliverableFormatsView(props: {
  formats: readonly DeliverableFormats[];
  currency: string;
  freshPostHours: number;
}) {
  const { formats, currency } = props;
  return (
    <section aria-labelledby="deliverable-formats-title" data-testid="scout-deliverable-formats">
      <h4 id="deliverable-formats-title">{W.formatsTitle}</h4>
      {formats.length === 0 ? (
        <p className="empty">{W.formatsEmpty}</p>
      ) : (
        <>
          <p className="sub">{W.formatsMethod}</p>
          {formats.map((split) => (
            <PlatformFormats
              key={split.platform}
              split={split}
              currency={currency}
              freshPostHours={props.freshPostHours}
            />
          ))}
        </>
      )}
    </section>
  );
}

function PlatformFormats(props: {
  split: DeliverableFormats;
  currency: string;
  freshPostHours: number;
}) {
  const { split, currency } = props;
  const bars = useMemo(() => deliverableFormatBars(split), [split]);
  const money = (v: number) => `${formatMoney(v)} ${currency}`;
  const moneyTicks = (values: number[]) =>
    countTickLabels(values).map((label) => `${label} ${currency}`);
  const title = platformName(split.platform);
  return (
    <div data-testid={`scout-deliverable-formats-${split.platform}`}>
      <h5>{title}</h5>
      <p className="sub">{deliverableFormatMethod(split, props.freshPostHours)}</p>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('dfFormat')}</th>
              <th scope="col">{t('delTitle')}</th>
              <th scope="col">{t('dfCreators')}</th>
              <th scope="col">{t('dfMedian')}</th>
              <th scope="col">{t('dfOnly')}</th>
              <th scope="col">{t('resConversions')}</th>
              <th scope="col">{t('resWithCurrency', t('resRevenue'), currency)}</th>
            </tr>
          </thead>
          <tbody>
            {split.rows.map((r) => (
              <tr
                key={r.format ?? 'unknown'}
                data-testid="scout-deliverable-format-row"
                data-format={r.format ?? 'unknown'}
              >
                <th scope="row">{formatLabel(r.format)}</th>
                <td className="num">{r.deliverables}</td>
                <td className="num">{r.creators}</td>
                <td className="num" data-value={r.rate ?? ''}>
                  {r.rate === null
                    ? r.deliverables === 0
                      ? t('dfNone')
                      : t('dfNotEnough')
                    : rateText(r.rate)}
                </td>
                <td className="num">{r.onlyThisFormat}</td>
                <td className="num" data-value={r.conversions ?? ''}>
                  {formatCount(r.conversions)}
                </td>
                <td className="num" data-value={r.revenue ?? ''}>
                  {formatMoney(r.revenue)}
                </td>
              </tr>
            ))}
            {split.mixed.creators > 0 ? (
              <tr data-testid="scout-deliverable-format-row" data-format="mixed">
                <th scope="row">{t('severalFormats')}</th>
                <td className="num">—</td>
                <td className="num">{split.mixed.creators}</td>
                <td className="num">—</td>
                <td className="num">{split.mixed.creators}</td>
                <td className="num" data-value={split.mixed.conversions ?? ''}>
                  {formatCount(split.mixed.conversions)}
                </td>
                <td className="num" data-value={split.mixed.revenue ?? ''}>
                  {formatMoney(split.mixed.revenue)}
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
      <div className="charts">
        {bars.rate.length > 0 ? (
          <figure>
            <figcaption>{t('dfMedianChart')}</figcaption>
            <BarChart
              label={t('dfMedianChartLabel', title)}
              bars={bars.rate}
              valueName={t('dfMedian')}
              format={rateText}
              ticks={rateTickLabels}
              testId={`scout-deliverable-formats-${split.platform}-chart`}
            />
          </figure>
        ) : null}
        {bars.revenue.length > 0 ? (
          <figure>
            <figcaption>{t('resWithCurrency', t('resRevenue'), currency)}</figcaption>
            <BarChart
              label={t('dfRevenueChartLabel', title)}
              bars={bars.revenue}
              valueName={t('resWithCurrency', t('resRevenue'), currency)}
              format={money}
              ticks={moneyTicks}
              testId={`scout-deliverable-formats-${split.platform}-revenue`}
            />
          </figure>
        ) : null}
      </div>
    </div>
  );
}
