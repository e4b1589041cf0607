import { seedTable, type RuleSettings } from '../../model/settings';
import type { SeedReading } from '../../model/verdict';
import { count, percent } from '../stats';
import { num, pct, say } from '../say';

/**
 * How the seed's rule reads a creator, whatever table rated them: (likes + comments) ÷ followers
 * against its healthy ranges (6–10%+ nano, 3–6% micro) and its red flag (below 1%, any size).
 */
export function seedReading(
  followerRate: number | null,
  followers: number | null,
  settings: RuleSettings,
): SeedReading | null {
  if (followerRate === null || followers === null || followers <= 0) return null;
  const red = settings.thresholds.redFlagRate;
  const rate = `${percent(followerRate)} (likes + comments ÷ followers)`;
  if (followerRate < red)
    return {
      level: 'red-flag',
      text: `By the seed's rule, ${rate} is below ${percent(red)}: a red flag (bought followers or a dead audience).`,
      said: say('seedRedFlag', pct(followerRate), pct(red)),
    };
  const table = settings.benchmarks.find((t) => t.id === seedTable.id) ?? seedTable;
  const row = table.rows.find((r) => followers >= r.min && (r.max === null || followers < r.max));
  if (!row || row.high === null) {
    const size = row ? `${count(row.min)}+ followers` : 'this size';
    return {
      level: 'no-band',
      text: `By the seed's rule, ${rate} is above its ${percent(red)} red flag; it names no healthy range for ${size}.`,
      said: row
        ? say('seedNoBandSize', pct(followerRate), pct(red), num(row.min))
        : say('seedNoBand', pct(followerRate), pct(red)),
    };
  }
  const band = `${percent(row.low)}–${percent(row.high)} it calls healthy for ${count(row.min)}–${count(row.max ?? row.min)} followers`;
  const bandArgs = [
    pct(followerRate),
    pct(row.low),
    pct(row.high),
    num(row.min),
    num(row.max ?? row.min),
  ];
  if (followerRate < row.low)
    return {
      level: 'below',
      text: `By the seed's rule, ${rate} is below the ${band}.`,
      said: say('seedBelowBand', ...bandArgs),
    };
  if (followerRate > row.high)
    return {
      level: 'above',
      text: `By the seed's rule, ${rate} is above the ${band}.`,
      said: say('seedAboveBand', ...bandArgs),
    };
  return {
    level: 'healthy',
    text: `By the seed's rule, ${rate} is within the ${band}.`,
    said: say('seedWithinBand', ...bandArgs),
  };
}
