import type { SaidArg } from '../../model/said';
import { defaultBenchmarks } from '../../model/settings';

/**
 * The built-in benchmark tables' names and sources as locale messages. A table the marketer
 * renamed, or one of their own, is named as they wrote it.
 */
const WORDS: Record<string, { name: string; source: string }> = {
  'seed-rule': { name: 'tblSeedRule', source: 'tblSeedRuleSource' },
  'modash-instagram': { name: 'tblModashInstagram', source: 'tblModashInstagramSource' },
  'modash-tiktok-views': { name: 'tblModashTikTok', source: 'tblModashTikTokSource' },
};

const builtIn = new Map(defaultBenchmarks.map((t) => [t.id, t]));

/** The message of a built-in table's name or source, when the table still has its built-in words. */
export function tableWordKey(
  table: { tableId: string; tableName?: string; source?: string },
  field: 'name' | 'source',
): string | null {
  const words = WORDS[table.tableId];
  const original = builtIn.get(table.tableId);
  if (!words || !original) return null;
  const shown = field === 'name' ? table.tableName : table.source;
  return shown === original[field] ? words[field] : null;
}

/** A table's name in a rules sentence: a message when built in, else the name as written. */
export function tableNameArg(table: { tableId: string; tableName: string }): SaidArg {
  const key = tableWordKey(table, 'name');
  return key ? { word: key } : table.tableName;
}
