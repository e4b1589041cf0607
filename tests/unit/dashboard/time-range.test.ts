import { expect, test } from 'vitest';
import { timeRange } from '../../../lib/dashboard/time-range';

const DAY = 86_400_000;
const t = Date.parse('2026-03-15T10:00:00Z');

test('no point: no axis (the chart says so instead of drawing 1970)', () => {
  expect(timeRange([])).toBeNull();
  expect(timeRange([Number.NaN])).toBeNull();
});

test('one visit: a day either side of it', () => {
  expect(timeRange([t])).toEqual({ min: t - DAY, max: t + DAY });
});

test('visits over 40 days: 2 days of margin (5%)', () => {
  expect(timeRange([t, t + 40 * DAY, t + 10 * DAY])).toEqual({
    min: t - 2 * DAY,
    max: t + 42 * DAY,
  });
});
