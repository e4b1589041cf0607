import { rateTickLabels } from '../../lib/panel/format';
import { formatPercent } from '../../lib/results/format';
import type { FormatView } from '../../lib/dashboard/format-view';
import { BarChart } from '../charts/BarChart';
import { t } from '../../lib/i18n/messages';

const rateText = (v: number) => formatPercent(v, 1);

/** Engagement by format: the table (for reading) and the bars (for seeing), or why there is none. */
export function FormatSplitView(props: {
  view: FormatView;
  id: string;
  testId: string;
  level: 3 | 4 | 5;
}) {
  const { view, id } = props;
  const Heading = `h${props.level}` as const;
  const group = view.lines.some((l) => l.creators !== null);
  return (
    <section aria-labelledby={`${id}-title`} data-testid={props.testId}>
      <Heading id={`${id}-title`}>{view.title}</Heading>
      {view.empty ? (
        <p className="empty">{view.empty}</p>
      ) : (
        <>
          <p className="sub">{view.method}</p>
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('columnFormat')}</th>
                  <th scope="col">{t('columnPosts')}</th>
                  <th scope="col">{t('columnCounted')}</th>
                  {group ? <th scope="col">{t('columnCreators')}</th> : null}
                  <th scope="col">{t('columnMedianEngagement')}</th>
                </tr>
              </thead>
              <tbody>
                {view.lines.map((l) => (
                  <tr key={l.format} data-testid="scout-format-row" data-format={l.format}>
                    <th scope="row">{l.label}</th>
                    <td>{l.posts}</td>
                    <td>{l.used}</td>
                    {group ? <td>{l.creators}</td> : null}
                    <td data-value={l.rate ?? ''}>
                      {l.rate === null
                        ? l.posts === 0
                          ? t('noPosts')
                          : t('notEnoughData')
                        : rateText(l.rate)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {view.bars.length > 0 ? (
            <BarChart
              label={t('medianPerFormatChart', view.title)}
              bars={view.bars}
              valueName={t('columnMedianEngagement')}
              format={rateText}
              ticks={rateTickLabels}
              testId={`${props.testId}-chart`}
            />
          ) : null}
        </>
      )}
    </section>
  );
}
