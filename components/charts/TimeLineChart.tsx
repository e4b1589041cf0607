import { t } from '../../lib/i18n/messages';
import { useMemo } from 'react';
import { formatDay } from '../../lib/panel/format';
import type { ChartConfiguration } from 'chart.js';
import type { TimePoint } from '../../lib/dashboard/creator-view';
import { timeRange } from '../../lib/dashboard/time-range';
import { ChartCanvas } from './ChartCanvas';
import { PALETTE } from './register';

export interface TimeSeries {
  name: string;
  points: readonly TimePoint[];
}

/** Values over time on a linear time axis (uneven visits keep their spacing). */
export function TimeLineChart(props: {
  label: string;
  series: readonly TimeSeries[];
  /** A value in the tooltip. */
  format: (value: number) => string;
  /** The y axis's tick labels, each different (lib/panel/format.ts: rateTickLabels, countTickLabels). */
  ticks: (values: number[]) => string[];
  /** Counts: ticks on whole numbers only. */
  integer?: boolean;
  testId?: string;
  /** What to say instead of an empty chart (no axis of 1970 dates). */
  empty?: string;
  height?: number;
}) {
  const { series, format, ticks, integer } = props;
  const range = useMemo(
    () => timeRange(series.flatMap((s) => s.points.map((p) => Date.parse(p.at)))),
    [series],
  );
  const config = useMemo<ChartConfiguration>(
    () => ({
      type: 'line',
      data: {
        datasets: series.map((s, i) => ({
          label: s.name,
          data: s.points.map((p) => ({ x: Date.parse(p.at), y: p.value })),
          borderColor: PALETTE[i % PALETTE.length],
          backgroundColor: PALETTE[i % PALETTE.length],
          pointRadius: 3,
        })),
      },
      options: {
        parsing: false,
        scales: {
          x: {
            type: 'linear',
            min: range?.min,
            max: range?.max,
            ticks: { callback: (v) => formatDay(Number(v)), maxTicksLimit: 6 },
          },
          y: {
            ticks: {
              precision: integer ? 0 : undefined,
              callback: (_, i, all) => ticks(all.map((t) => t.value))[i] ?? '',
            },
          },
        },
        plugins: {
          tooltip: {
            callbacks: {
              title: (items) => (items[0] ? formatDay(items[0].parsed.x ?? 0) : ''),
              label: (item) => `${item.dataset.label ?? ''}: ${format(item.parsed.y ?? 0)}`,
            },
          },
        },
      },
    }),
    [series, format, ticks, integer, range],
  );
  if (!range)
    return (
      <p className="chart-empty" data-testid={props.testId} data-empty="true">
        {props.empty ?? t('nothingRecorded')}
      </p>
    );
  return (
    <ChartCanvas label={props.label} config={config} testId={props.testId} height={props.height} />
  );
}
