import { useEffect, useRef, useState } from 'react';
import type { ChartConfiguration, Plugin } from 'chart.js';
import { Chart } from './register';

export interface ChartCanvasProps {
  /** What the chart shows, for screen readers (the data table beside it has the numbers). */
  label: string;
  config: ChartConfiguration;
  height?: number;
  testId?: string;
}

const TOKEN = /^var\((--cs-[a-z0-9-]+)\)$/;

/** A canvas cannot read CSS variables: swap each `var(--cs-…)` for its value on this element. */
function resolveTokens<T>(value: T, style: CSSStyleDeclaration): T {
  if (typeof value === 'string') {
    const match = TOKEN.exec(value);
    return (match ? style.getPropertyValue(match[1]!).trim() || value : value) as T;
  }
  if (Array.isArray(value)) return value.map((v: unknown) => resolveTokens(v, style)) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, resolveTokens(v, style)]),
    ) as T;
  }
  return value;
}

/** Redraws when the browser switches between light and dark. */
function useColorScheme(): boolean {
  const [query] = useState(() =>
    typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null,
  );
  const [dark, setDark] = useState(query?.matches ?? false);
  useEffect(() => {
    if (!query) return;
    const onChange = () => setDark(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, [query]);
  return dark;
}

/** Each axis's tick labels as drawn, on the canvas (`data-axis-labels`), for browser tests. */
const axisLabels: Plugin = {
  id: 'scout-axis-labels',
  afterUpdate(chart) {
    const labels = Object.fromEntries(
      Object.values(chart.scales).map((scale) => [scale.id, scale.ticks.map((t) => t.label)]),
    );
    chart.canvas.dataset.axisLabels = JSON.stringify(labels);
  },
};

/** A chart.js chart in a canvas, in the tokens' palette; recreated when the config or scheme changes. */
export function ChartCanvas({ label, config, height = 240, testId }: ChartCanvasProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const dark = useColorScheme();
  useEffect(() => {
    if (!canvas.current) return;
    const style = getComputedStyle(canvas.current);
    const text = style.getPropertyValue('--cs-muted').trim() || '#59636e';
    const grid = style.getPropertyValue('--cs-chart-grid').trim() || '#d1d9e0';
    Chart.defaults.color = text;
    Chart.defaults.borderColor = grid;
    const chart = new Chart(canvas.current, {
      ...config,
      data: resolveTokens(config.data, style),
      options: { responsive: true, maintainAspectRatio: false, ...config.options },
      plugins: [...(config.plugins ?? []), axisLabels],
    });
    return () => chart.destroy();
  }, [config, dark]);
  return (
    <div className="chart-box" style={{ height }}>
      <canvas ref={canvas} role="img" aria-label={label} data-testid={testId} />
    </div>
  );
}
