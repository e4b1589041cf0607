import { STORE_VERSION } from '../../model/creator';
import { migrations as allMigrations } from './index';
import type { Migration, StoredKind } from './types';

export type Migrated =
  { ok: true; value: Record<string, unknown>; from: number } | { ok: false; error: string };

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Brings a stored value of `kind` from `version` (its own `schemaVersion` when omitted) up to
 * `target`, one step at a time. Values from a newer version than this code are refused, never
 * guessed at: they are quarantined until the extension is updated.
 */
export function migrate(
  raw: unknown,
  kind: StoredKind,
  version?: number,
  migrations: readonly Migration[] = allMigrations,
  target: number = STORE_VERSION,
): Migrated {
  if (!isPlainObject(raw)) return { ok: false, error: `not a record (found ${describe(raw)})` };
  const from = version ?? raw.schemaVersion;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 1)
    return {
      ok: false,
      error: `does not say which version of Creator Scout wrote it (schemaVersion: ${describe(from)})`,
    };
  if (from > target)
    return {
      ok: false,
      error: `written by a newer version of Creator Scout (schema ${from}; this one reads up to ${target}): update the extension`,
    };
  let value: Record<string, unknown> = { ...raw };
  for (let v = from; v < target; v++) {
    const step = migrations.find((m) => m.from === v);
    if (!step) return { ok: false, error: `no migration from schema ${v}` };
    try {
      value = step[kind]?.(value) ?? value;
    } catch (error) {
      return { ok: false, error: `migration ${v}→${v + 1} failed: ${String(error)}` };
    }
    if (kind === 'creator' || kind === 'settings') value = { ...value, schemaVersion: v + 1 };
  }
  return { ok: true, value, from };
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`;
}
