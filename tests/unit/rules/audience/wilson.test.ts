import { expect, test } from 'vitest';
import { wilsonInterval } from '../../../../lib/rules/wilson';

test('Wilson 95% interval against published values', () => {
  // 8 of 20 → 0.219..0.613; 0 of 10 → 0..0.278; 40 of 100 → 0.309..0.498 (standard tables).
  const a = wilsonInterval(8, 20)!;
  expect(a.low).toBeCloseTo(0.2188, 3);
  expect(a.high).toBeCloseTo(0.6134, 3);
  const b = wilsonInterval(0, 10)!;
  expect(b.low).toBe(0);
  expect(b.high).toBeCloseTo(0.2775, 3);
  const c = wilsonInterval(40, 100)!;
  expect(c.low).toBeCloseTo(0.3094, 3);
  expect(c.high).toBeCloseTo(0.498, 3);
  expect(wilsonInterval(10, 10)!.high).toBeCloseTo(1, 12);
  expect(wilsonInterval(10, 10)!.low).toBeCloseTo(0.7225, 3);
});

test('no interval without a sample or with impossible counts', () => {
  expect(wilsonInterval(0, 0)).toBeNull();
  expect(wilsonInterval(3, 2)).toBeNull();
  expect(wilsonInterval(-1, 2)).toBeNull();
});
