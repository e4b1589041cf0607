import { useMemo } from 'react';
import type { ChartConfiguration } from 'chart.js';
import type { ChartBar } from '../../lib/dashboard/results-view';
import { ChartCanvas } from './ChartCanvas';
import { PALETTE } from './register';

/** One horizontal bar per item (labels are handles: page text, drawn by chart.js as text). */
export function BarChart(props: {
  label: string;
  bars: readonly ChartBar[];
  valueName: string;
  /** A value in the tooltip. */
  format: (value: number) => string;
  /** The value axis's tick labels, each different (lib/panel/format.ts: tickLabels). */
  ticks: (values: number[]) => string[];
  testId?: string;
}) {
  const { bars, valueName, format, ticks } = props;
  const config = useMemo<ChartConfiguration>(
    () => ({
      type: 'bar',
      data: {
        labels: bars.map((b) => b.label),
        datasets: [
          { label: valueName, data: bars.map((b) => b.value), backgroundColor: PALETTE[0] },
        ],
      },
      options: {
        indexAxis: 'y',
        scales: {
          x: { ticks: { callback: (_, i, all) => ticks(all.map((t) => t.value))[i] ?? '' } },
        },
        plugins: {
          legend: { display: false },
          tooltip: {
            callbacks: { label: (item) => `${valueName}: ${format(item.parsed.x ?? 0)}` },
          },
        },
      },
    }),
    [bars, valueName, format, ticks],
  );
  return (
    <ChartCanvas
      label={props.label}
      config={config}
      height={Math.max(120, 28 * bars.length + 40)}
      testId={props.testId}
    />
  );
}
