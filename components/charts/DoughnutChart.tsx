import { useMemo } from 'react';
import type { ChartConfiguration } from 'chart.js';
import type { ChartBar } from '../../lib/dashboard/results-view';
import { ChartCanvas } from './ChartCanvas';
import { PALETTE } from './register';

/** Shares of a whole (conversions per creator). */
export function DoughnutChart(props: {
  label: string;
  parts: readonly ChartBar[];
  testId?: string;
}) {
  const { parts } = props;
  const config = useMemo<ChartConfiguration>(
    () => ({
      type: 'doughnut',
      data: {
        labels: parts.map((p) => p.label),
        datasets: [
          {
            data: parts.map((p) => p.value),
            backgroundColor: parts.map((_, i) => PALETTE[i % PALETTE.length]!),
          },
        ],
      },
      options: { plugins: { legend: { position: 'right' } } },
    }),
    [parts],
  );
  return <ChartCanvas label={props.label} config={config} testId={props.testId} />;
}
