const DAY_MS = 86_400_000;

/**
 * The span of a time axis: the points with a 5% margin, at least a day either side, so that one
 * visit is drawn on its day (not on an axis of years) and no points draw nothing (null).
 */
export function timeRange(times: readonly number[]): { min: number; max: number } | null {
  const finite = times.filter(Number.isFinite);
  if (finite.length === 0) return null;
  const lo = Math.min(...finite);
  const hi = Math.max(...finite);
  const pad = Math.max((hi - lo) * 0.05, DAY_MS);
  return { min: lo - pad, max: hi + pad };
}
