import { afterEach, expect, test } from 'vitest';
import { setMessageSource } from '../../../lib/i18n/messages';
import {
  countTickLabels,
  rateTickLabels,
  stepDecimals,
  tickLabels,
} from '../../../lib/panel/format';

afterEach(() => setMessageSource(null));

/** The ticks chart.js puts on an axis from `min` to `max` every `step` (with its float noise). */
const ticks = (min: number, max: number, step: number) =>
  Array.from({ length: Math.round((max - min) / step) + 1 }, (_, i) => min + i * step);

test.each([
  [1, 0],
  [5, 0],
  [0.5, 1],
  [0.25, 2],
  [0.1, 1],
  [0.05, 2],
  [0.02, 2],
  [0.005, 3],
  [0.1 + 0.2 - 0.2, 1],
])('a step of %d needs %d decimals', (step, decimals) => {
  expect(stepDecimals(step)).toBe(decimals);
});

test.each([
  // A rate that varies by under a tenth of a point: 3.30% … 3.40% by 0.02 point.
  { name: 'under 0.1 point', values: ticks(0.033, 0.034, 0.0002) },
  { name: 'by 0.05 point', values: ticks(0.0325, 0.0345, 0.0005) },
  { name: 'by 0.005 point', values: ticks(0.0331, 0.0332, 0.00005) },
  { name: 'by whole points', values: ticks(0.01, 0.06, 0.01) },
  { name: 'below 1%', values: ticks(0.002, 0.004, 0.0005) },
])('rate axis $name: every tick label different', ({ values }) => {
  const labels = rateTickLabels(values);
  expect(new Set(labels).size).toBe(values.length);
  for (const l of labels) expect(l).toMatch(/^\d+\.\d+%$/);
});

test('a rate axis says as many decimals as its step, the same on every tick', () => {
  expect(rateTickLabels(ticks(0.033, 0.034, 0.0002))).toEqual([
    '3.30%',
    '3.32%',
    '3.34%',
    '3.36%',
    '3.38%',
    '3.40%',
  ]);
  expect(rateTickLabels(ticks(0.01, 0.03, 0.01))).toEqual(['1.0%', '2.0%', '3.0%']);
});

test('follows the browser locale', () => {
  setMessageSource({ message: () => '', locale: 'de-DE' });
  expect(rateTickLabels([0.033, 0.0335])).toEqual(['3,30\u00a0%', '3,35\u00a0%']);
});

test('count axes: whole numbers grouped, decimals only when the step needs them', () => {
  expect(countTickLabels(ticks(12_000, 12_010, 2))).toEqual([
    '12,000',
    '12,002',
    '12,004',
    '12,006',
    '12,008',
    '12,010',
  ]);
  const fine = countTickLabels(ticks(12_000, 12_001, 0.2));
  expect(new Set(fine).size).toBe(6);
});

test('any writer: labels made distinct even when the writer rounds more than the step', () => {
  const write = (v: number, d: number) => `${v.toFixed(d)}×`;
  expect(tickLabels([1, 1.02, 1.04], write, 1)).toEqual(['1.00×', '1.02×', '1.04×']);
  expect(tickLabels([2], write, 1)).toEqual(['2.0×']);
});
