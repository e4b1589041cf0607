import type { Platform } from '../../model/reading';
import type {
  BenchmarkTable,
  EngagementBasisKind,
  EngagementPreset,
  Tier,
} from '../../model/settings';
import type { Rating } from '../../model/verdict';

const inRange = (n: number, min: number, max: number | null) =>
  n >= min && (max === null || n < max);

/** The tier of the settings' table containing `followers`, or null (below the first tier, or unknown). */
export function tierOf(followers: number | null, tiers: readonly Tier[]): Tier | null {
  if (followers === null) return null;
  return tiers.find((t) => inRange(followers, t.min, t.max)) ?? null;
}

/**
 * Rates `rate` against the first table that covers the platform, the basis and the follower count:
 * the preset's tables first, then the others, each group in settings order. Null when no table has
 * a row for it.
 */
export function rate(
  rateValue: number,
  basis: EngagementBasisKind,
  platform: Platform,
  followers: number,
  tables: readonly BenchmarkTable[],
  preset?: EngagementPreset,
): Rating | null {
  const ordered = preset
    ? [...tables.filter((t) => t.preset === preset), ...tables.filter((t) => t.preset !== preset)]
    : tables;
  for (const table of ordered) {
    if (table.basis !== basis || !table.platforms.includes(platform)) continue;
    const row = table.rows.find((r) => inRange(followers, r.min, r.max));
    if (!row) continue;
    const level =
      rateValue < row.low ? 'low' : row.high !== null && rateValue > row.high ? 'high' : 'average';
    return {
      level,
      low: row.low,
      high: row.high,
      basis,
      tableId: table.id,
      tableName: table.name,
      source: table.source,
      rowMin: row.min,
      rowMax: row.max,
    };
  }
  return null;
}
