import { useMemo } from 'react';
import { snapshotSeries } from '../../lib/dashboard/creator-view';
import type { CreatorRecord } from '../../lib/model/creator';
import { basisLabel } from '../../lib/i18n/labels';
import {
  countTickLabels,
  formatCount,
  formatDateTime,
  formatRate,
  rateTickLabels,
} from '../../lib/panel/format';
import { TimeLineChart } from '../charts/TimeLineChart';

const BASIS = {
  followers: 'ER by followers',
  views: 'ER by views',
  'single-post': 'ER, one post',
} as const;
const countText = (v: number) => formatCount(v);

/** Followers and engagement over the visits, with the visits as a table for reading. */
export function SnapshotCharts({ record }: { record: CreatorRecord }) {
  const series = useMemo(() => snapshotSeries(record), [record]);
  const followers = useMemo(() => [{ name: 'Followers', points: series.followers }], [series]);
  const engagement = useMemo(
    () => series.engagement.map((s) => ({ name: BASIS[s.basis], points: s.points })),
    [series],
  );
  if (record.snapshots.length === 0)
    return <p>No visit recorded yet: open the creator’s page to take a first reading.</p>;
  return (
    <section aria-labelledby="history-title">
      <h3 id="history-title">
        History ({record.snapshots.length} {record.snapshots.length === 1 ? 'visit' : 'visits'})
      </h3>
      <div className="charts">
        <figure>
          <figcaption>Followers</figcaption>
          <TimeLineChart
            label={`Followers of @${record.handle} over ${series.followers.length} visits`}
            series={followers}
            format={countText}
            ticks={countTickLabels}
            integer
            testId="scout-chart-followers"
            empty="No follower count recorded yet."
          />
        </figure>
        <figure>
          <figcaption>Engagement rate</figcaption>
          <TimeLineChart
            label={`Engagement rate of @${record.handle} over time`}
            series={engagement}
            format={formatRate}
            ticks={rateTickLabels}
            testId="scout-chart-engagement"
            empty="No engagement rate recorded yet: it needs recent posts with their counts (open the profile and scroll)."
          />
        </figure>
      </div>
      <details>
        <summary>Visits as a table</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">Visit</th>
              <th scope="col">Followers</th>
              <th scope="col">Following</th>
              <th scope="col">Posts</th>
              <th scope="col">ER</th>
              <th scope="col">Basis</th>
              <th scope="col">Spam</th>
            </tr>
          </thead>
          <tbody>
            {[...record.snapshots].reverse().map((s) => (
              <tr key={s.at}>
                <td>{formatDateTime(s.at)}</td>
                <td className="num">{formatCount(s.followers)}</td>
                <td className="num">{formatCount(s.following)}</td>
                <td className="num">{formatCount(s.posts)}</td>
                <td className="num">{formatRate(s.engagementRate)}</td>
                <td>{s.engagementBasis ? basisLabel(s.engagementBasis) : '—'}</td>
                <td className="num">{formatRate(s.spamRatio)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
