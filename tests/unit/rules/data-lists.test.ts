import { describe, expect, test } from 'vitest';
import { defaultRuleSettings, RuleSettings } from '../../../lib/model/settings';
import * as markers from '../../../lib/rules/engagement/markers';
import { phraseSets } from '../../../lib/rules/comments/phrases';

const lists: [string, readonly string[]][] = [
  ...phraseSets.flatMap((set) =>
    (['genericWords'] as const).map((key): [string, readonly string[]] => [
      `${set.lang}.${key}`,
      set[key],
    ]),
  ),
  ...Object.entries(markers).map(([name, list]): [string, readonly string[]] => [name, list]),
];

describe('word lists kept as data', () => {
  test.each(lists)('%s is lower-case, trimmed, sorted and unique', (_name, list) => {
    expect(list.length).toBeGreaterThan(0);
    for (const item of list) {
      expect(item).toBe(item.toLowerCase());
      expect(item).toBe(item.trim());
    }
    expect([...list]).toEqual([...new Set(list)].sort());
  });

  test('covers the languages the issue names, and more', () => {
    expect(phraseSets.map((s) => s.lang)).toEqual(
      expect.arrayContaining(['de', 'en', 'es', 'fr', 'it', 'pt', 'id', 'tr']),
    );
  });
});

describe('rule settings', () => {
  test('parse({}) gives the defaults, and they survive a round trip', () => {
    expect(RuleSettings.parse(JSON.parse(JSON.stringify(defaultRuleSettings)))).toEqual(
      defaultRuleSettings,
    );
    expect(defaultRuleSettings.thresholds.freshPostHours).toBe(48);
    expect(defaultRuleSettings.thresholds.spamSkipRatio).toBe(0.5);
  });

  test('tiers are contiguous, ascending and open-ended at the top', () => {
    const tiers = defaultRuleSettings.tiers;
    for (let i = 1; i < tiers.length; i++) expect(tiers[i]!.min).toBe(tiers[i - 1]!.max);
    expect(tiers[tiers.length - 1]!.max).toBeNull();
  });

  test.each(defaultRuleSettings.benchmarks.map((t) => [t.id, t] as const))(
    'benchmark table %s has ascending rows with low < high',
    (_id, table) => {
      for (let i = 0; i < table.rows.length; i++) {
        const row = table.rows[i]!;
        if (row.high !== null) expect(row.low).toBeLessThan(row.high);
        if (i > 0) expect(row.min).toBeGreaterThanOrEqual(table.rows[i - 1]!.max ?? Infinity);
      }
    },
  );

  test('an edited threshold is kept and unknown values are rejected', () => {
    const edited = RuleSettings.parse({ thresholds: { massFollowing: 3000 } });
    expect(edited.thresholds.massFollowing).toBe(3000);
    expect(edited.thresholds.minPosts).toBe(3);
    expect(RuleSettings.safeParse({ thresholds: { spamSkipRatio: 2 } }).success).toBe(false);
  });
});
