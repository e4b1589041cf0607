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

/**
 * "12,345": `toLocaleString('en-US')` of the rounded number. Whole numbers from 0 to 10¹⁵ are
 * grouped here by hand (the same text, without a call into the locale library: scoring a profile
 * writes a hundred of them).
 */
export function count(n: number): string {
  const r = Math.round(n);
  if (!(r >= 0 && r < 1e15) || Object.is(r, -0)) return r.toLocaleString('en-US');
  const digits = String(r);
  let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return out;
}

export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

/** Milliseconds since epoch, or null for a missing or unparsable ISO time. */
export function timeOf(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const t = Date.parse(iso);
  return Number.isFinite(t) ? t : null;
}
