/** Small numeric helpers shared by the rules. */

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/** "4.2%" for 0.042; two significant decimals below 1%. */
export function percent(fraction: number): string {
  const p = fraction * 100;
  if (p === 0) return '0%';
  return `${p < 1 ? p.toFixed(2) : p.toFixed(1)}%`;
}

/** "12,345" */
export function count(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

/** Milliseconds since epoch, or null for a missing or unparsable ISO time. */
export function timeOf(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const t = Date.parse(iso);
  return Number.isFinite(t) ? t : null;
}
