import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  DoughnutController,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';

/** Only what the dashboard draws: lines over time, bars, a doughnut. System fonts, no animation. */
Chart.register(
  LineController,
  LineElement,
  PointElement,
  BarController,
  BarElement,
  DoughnutController,
  ArcElement,
  LinearScale,
  CategoryScale,
  Tooltip,
  Legend,
);
Chart.defaults.font.family = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
Chart.defaults.animation = false;

export { Chart };

/**
 * The charts' colours are the design tokens (--cs-chart-*, colour-blind-safe Okabe–Ito hues), in
 * drawing order; ChartCanvas resolves them for the scheme in use when it draws.
 */
export const PALETTE = [
  'var(--cs-chart-1)',
  'var(--cs-chart-2)',
  'var(--cs-chart-3)',
  'var(--cs-chart-4)',
];
