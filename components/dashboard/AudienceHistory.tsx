import { useMemo } from 'react';
import type { AudienceThresholds } from '../../lib/model/audience';
import type { CreatorRecord } from '../../lib/model/creator';
import { platformName } from '../../lib/model/platforms';
import { audienceVisits, lastAudience } from '../../lib/dashboard/audience-history';
import { storedAudienceView } from '../../lib/panel/audience';
import { formatCount, formatDateTime, formatRate, rateTickLabels } from '../../lib/panel/format';
import { TimeLineChart } from '../charts/TimeLineChart';
import { AudienceSample } from '../panel/AudienceSample';

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
        name: 'Look fake or inactive',
        points: visits.map((v) => ({ at: v.at, value: v.share })),
      },
    ],
    [visits],
  );
  return (
    <section aria-labelledby="audience-title" data-testid="scout-audience-history">
      <h3 id="audience-title">Audience</h3>
      {view ? (
        <AudienceSample view={view} />
      ) : (
        <p>
          {visits.length
            ? 'The last visit did not read a followers list; earlier samples are below.'
            : `No followers sample yet: open @${record.handle}'s followers list on ${platformName(record.platform)} and scroll; the panel judges the accounts the page loads.`}
        </p>
      )}
      {visits.length > 1 ? (
        <figure>
          <figcaption>Followers who look fake or inactive, by visit</figcaption>
          <TimeLineChart
            label={`Share of @${record.handle}'s followers sample that looks fake or inactive over ${visits.length} visits`}
            series={series}
            format={formatRate}
            ticks={rateTickLabels}
            empty="No followers sample read yet."
            testId="scout-chart-audience"
          />
        </figure>
      ) : null}
      {visits.length ? (
        <table data-testid="scout-audience-visits">
          <caption>Followers samples by visit</caption>
          <thead>
            <tr>
              <th scope="col">Visit</th>
              <th scope="col">Accounts read</th>
              <th scope="col">Fake or inactive</th>
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
                      <small>too few accounts</small>
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
