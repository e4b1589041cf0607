import { useMemo } from 'react';
import type { AudienceThresholds } from '../../lib/model/audience';
import type { CreatorRecord } from '../../lib/model/creator';
import { platformName } from '../../lib/model/platforms';
import { audienceVisits, lastAudience } from '../../lib/dashboard/audience-history';
import { storedAudienceView } from '../../lib/panel/audience';
import { formatCount, formatDateTime, formatRate, rateTickLabels } from '../../lib/panel/format';
import { TimeLineChart } from '../charts/TimeLineChart';
import { AudienceSample } from '../panel/AudienceSample';
import { t } from '../../lib/i18n/messages';

/** Who follows the creator: the last sample read, and the fake-or-inactive share over the visits. */
export function AudienceHistory(props: { record: CreatorRecord; thresholds: AudienceThresholds }) {
  const { record, thresholds } = props;
  const visits = useMemo(() => audienceVisits(record), [record]);
  const view = useMemo(() => {
    const a = lastAudience(record);
    return a ? storedAudienceView(a, record.platform, thresholds) : null;
  }, [record, thresholds]);
  const series = useMemo(
    () => [
      {
        name: t('audienceFakeSeries'),
        points: visits.map((v) => ({ at: v.at, value: v.share })),
      },
    ],
    [visits],
  );
  return (
    <section aria-labelledby="audience-title" data-testid="scout-audience-history">
      <h3 id="audience-title">{t('audienceHeading')}</h3>
      {view ? (
        <AudienceSample view={view} />
      ) : (
        <p>
          {visits.length
            ? t('audienceLastNoSample')
            : t('audienceNoSampleYet', record.handle, platformName(record.platform))}
        </p>
      )}
      {visits.length > 1 ? (
        <figure>
          <figcaption>{t('audienceChartCaption')}</figcaption>
          <TimeLineChart
            label={t('audienceChartLabel', record.handle, visits.length)}
            series={series}
            format={formatRate}
            ticks={rateTickLabels}
            empty={t('audienceNoSampleRead')}
            testId="scout-chart-audience"
          />
        </figure>
      ) : null}
      {visits.length ? (
        <table data-testid="scout-audience-visits">
          <caption>{t('audienceTableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('columnVisit')}</th>
              <th scope="col">{t('columnAccountsRead')}</th>
              <th scope="col">{t('columnFakeOrInactive')}</th>
            </tr>
          </thead>
          <tbody>
            {[...visits].reverse().map((v) => (
              <tr key={v.at}>
                <td>{formatDateTime(v.at)}</td>
                <td className="num">{formatCount(v.sample)}</td>
                <td className="num" data-value={String(v.share)}>
                  {formatRate(v.share)}
                  {v.sample < thresholds.minSample ? (
                    <>
                      <br />
                      <small>{t('tooFewAccounts')}</small>
                    </>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
