import { useEffect, useRef } from 'react';
import type { ChartConfiguration } from 'chart.js';
import { Chart } from './register';

export interface ChartCanvasProps {
  /** What the chart shows, for screen readers (the data table beside it has the numbers). */
  label: string;
  config: ChartConfiguration;
  height?: number;
  testId?: string;
}

/** A chart.js chart in a canvas; recreated when the config changes, destroyed on unmount. */
export function ChartCanvas({ label, config, height = 240, testId }: ChartCanvasProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, {
      ...config,
      options: { responsive: true, maintainAspectRatio: false, ...config.options },
    });
    return () => chart.destroy();
  }, [config]);
  return (
    <div className="chart-box" style={{ height }}>
      <canvas ref={canvas} role="img" aria-label={label} data-testid={testId} />
    </div>
  );
}
