/**
 * Wilson score interval for a share of `successes` in `n` (95% with the default z): unlike
 * share ± 1.96·√(p(1−p)/n) it stays inside 0..1 and is honest for small samples and shares near 0.
 */
export function wilsonInterval(
  successes: number,
  n: number,
  z = 1.959964,
): { low: number; high: number } | null {
  if (!(n > 0) || successes < 0 || successes > n) return null;
  const p = successes / n;
  const z2 = z * z;
  const centre = p + z2 / (2 * n);
  const spread = z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  const denominator = 1 + z2 / n;
  return {
    low: Math.max(0, (centre - spread) / denominator),
    high: Math.min(1, (centre + spread) / denominator),
  };
}
