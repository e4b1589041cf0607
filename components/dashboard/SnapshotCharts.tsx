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
import { t, type MessageKey } from '../../lib/i18n/messages';
import { countedText, plural } from '../../lib/i18n/plural';

const BASIS = {
  followers: 'erByFollowers',
  views: 'erByViews',
  'single-post': 'erOnePost',
} as const satisfies Record<string, MessageKey>;
const countText = (v: number) => formatCount(v);

/** Followers and engagement over the visits, with the visits as a table for reading. */
export function SnapshotCharts({ record }: { record: CreatorRecord }) {
  const series = useMemo(() => snapshotSeries(record), [record]);
  const followers = useMemo(
    () => [{ name: t('columnFollowers'), points: series.followers }],
    [series],
  );
  const engagement = useMemo(
    () => series.engagement.map((s) => ({ name: t(BASIS[s.basis]), points: s.points })),
    [series],
  );
  if (record.snapshots.length === 0) return <p>{t('noVisitYet')}</p>;
  return (
    <section aria-labelledby="history-title">
      <h3 id="history-title">
        {countedText(record.snapshots.length, 'historyVisitsOne', 'historyVisitsMany')}
      </h3>
      <div className="charts">
        <figure>
          <figcaption>{t('columnFollowers')}</figcaption>
          <TimeLineChart
            label={plural(
              series.followers.length,
              'followersChartLabelOne',
              'followersChartLabelMany',
              record.handle,
              series.followers.length,
            )}
            series={followers}
            format={countText}
            ticks={countTickLabels}
            integer
            testId="scout-chart-followers"
            empty={t('noFollowerCount')}
          />
        </figure>
        <figure>
          <figcaption>{t('engagementRateHeading')}</figcaption>
          <TimeLineChart
            label={t('engagementChartLabel', record.handle)}
            series={engagement}
            format={formatRate}
            ticks={rateTickLabels}
            testId="scout-chart-engagement"
            empty={t('noEngagementRate')}
          />
        </figure>
      </div>
      <details>
        <summary>{t('visitsAsTable')}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('columnVisit')}</th>
              <th scope="col">{t('columnFollowers')}</th>
              <th scope="col">{t('columnFollowing')}</th>
              <th scope="col">{t('columnPosts')}</th>
              <th scope="col">{t('columnEr')}</th>
              <th scope="col">{t('columnBasis')}</th>
              <th scope="col">{t('columnSpam')}</th>
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
