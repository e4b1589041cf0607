import type { z } from 'zod';
import { CreatorRecord, STORE_VERSION, type CampaignEntry } from '../model/creator';
import { toIssues, type Issue } from '../model/messages';
import type { CreatorKey } from '../model/snapshot';
import { Sender, UserSettings, defaultUserSettings } from '../model/settings-store';
import { RuleSettings } from '../model/settings';
import { migrate } from './migrations/run';
import { decodeCreator } from './record-codec';
import type { StoredKind } from './migrations/types';
import { isPlainObject, nested, repairFields, validEntries, type FieldDefault } from './repair';

/** What became of a stored value on reading it. */
export type Revived<T> =
  /** `writeBack`: valid, but migrated or normalised, so the stored copy should be replaced. */
  | { status: 'ok'; value: T; writeBack: boolean }
  | { status: 'repaired'; value: T; issues: Issue[] }
  | { status: 'quarantined'; error: string; issues: Issue[] };

const quarantined = (error: string, issues: Issue[] = []) =>
  ({ status: 'quarantined', error, issues }) as const;

/**
 * Migrates, validates and, where it can, repairs one stored creator. Identity comes from the
 * storage key, so a record whose fields are damaged keeps its place; only values that are not
 * records at all, or come from a newer schema, are set aside whole.
 */
export function reviveCreator(raw: unknown, key: CreatorKey, now: string): Revived<CreatorRecord> {
  const migrated = migrate(decodeCreator(raw), 'creator');
  if (!migrated.ok) return quarantined(migrated.error);
  const parsed = CreatorRecord.safeParse(migrated.value);
  if (
    parsed.success &&
    parsed.data.platform === key.platform &&
    parsed.data.handle === key.handle
  ) {
    const value = withShortlistInvariant(parsed.data);
    return {
      status: 'ok',
      value,
      writeBack: migrated.from !== STORE_VERSION || value !== parsed.data,
    };
  }
  const { value, issues } = repairFields(migrated.value, CreatorRecord.shape, creatorDefaults(now));
  for (const field of ['platform', 'handle'] as const) {
    if (value[field] !== key[field])
      issues.push({ path: field, message: `does not match its storage key (${key[field]})` });
    value[field] = key[field];
  }
  const repaired = CreatorRecord.safeParse(value);
  if (!repaired.success) return quarantined('invalid even after repair', issues);
  return { status: 'repaired', value: withShortlistInvariant(repaired.data), issues };
}

function creatorDefaults(now: string): Record<string, FieldDefault> {
  return {
    schemaVersion: () => STORE_VERSION,
    displayName: () => null,
    firstSeenAt: () => null,
    lastSeenAt: () => null,
    shortlistedAt: () => null,
    log: () => [],
    tags: () => [],
    affiliateLink: () => null,
    campaigns: () => [],
    snapshots: () => [],
    lastReading: () => null,
    recentPosts: () => [],
    updatedAt: () => now,
  };
}

/** Shortlisted exactly when in a campaign entry; `shortlistedAt` follows. */
export function withShortlistInvariant(record: CreatorRecord): CreatorRecord {
  if (record.campaigns.length === 0)
    return record.shortlistedAt === null ? record : { ...record, shortlistedAt: null };
  if (record.shortlistedAt !== null) return record;
  return { ...record, shortlistedAt: earliest(record.campaigns) };
}

const earliest = (entries: CampaignEntry[]): string =>
  entries.map((e) => e.addedAt).reduce((a, b) => (Date.parse(a) <= Date.parse(b) ? a : b));

/** Settings repair field by field (sender and rules inside too); missing settings are the defaults. */
export function reviveSettings(raw: unknown): Revived<UserSettings> {
  if (raw === undefined) return { status: 'ok', value: defaultUserSettings(), writeBack: false };
  const migrated = migrate(raw, 'settings');
  if (!migrated.ok) return quarantined(migrated.error);
  const parsed = UserSettings.safeParse(migrated.value);
  if (parsed.success)
    return { status: 'ok', value: parsed.data, writeBack: migrated.from !== STORE_VERSION };
  const defaults = defaultUserSettings();
  const { value, issues } = repairFields(migrated.value, UserSettings.shape, {
    schemaVersion: () => STORE_VERSION,
    sender: nested(Sender.shape, () => ({ ...defaults.sender })),
    activeCampaignId: () => null,
    rules: nested(RuleSettings.shape, () => structuredClone(defaults.rules)),
    resultsMappings: validEntries(UserSettings.shape.resultsMappings.valueType),
    panelPlacement: () => ({ ...defaults.panelPlacement }),
  });
  const repaired = UserSettings.safeParse(value);
  if (!repaired.success) return quarantined('invalid even after repair', issues);
  return { status: 'repaired', value: repaired.data, issues };
}

export interface RevivedList<T> {
  items: T[];
  /** Items (or the whole document) that could not be used, each with where it was. */
  problems: Array<{ key: string; raw: unknown; error: string; issues: Issue[] }>;
  /** Something was migrated or set aside: the document should be written back. */
  changed: boolean;
}

/**
 * A `{ schemaVersion, items }` document (campaigns, templates): each item is migrated and
 * validated on its own, so one bad item never takes the others with it.
 */
export function reviveList<T>(
  raw: unknown,
  storageKey: string,
  kind: Extract<StoredKind, 'campaign' | 'template'>,
  schema: z.ZodType<T>,
): RevivedList<T> {
  if (raw === undefined) return { items: [], problems: [], changed: false };
  const version = isPlainObject(raw) ? raw.schemaVersion : undefined;
  if (!isPlainObject(raw) || !Array.isArray(raw.items) || typeof version !== 'number')
    return {
      items: [],
      problems: [
        { key: storageKey, raw, error: 'expected { schemaVersion, items: [] }', issues: [] },
      ],
      changed: true,
    };
  const out: RevivedList<T> = { items: [], problems: [], changed: version !== STORE_VERSION };
  raw.items.forEach((item: unknown, i) => {
    const key = `${storageKey}[${i}]`;
    const migrated = migrate(item, kind, version);
    if (!migrated.ok) {
      out.problems.push({ key, raw: item, error: migrated.error, issues: [] });
      return;
    }
    const parsed = schema.safeParse(migrated.value);
    if (parsed.success) out.items.push(parsed.data);
    else
      out.problems.push({
        key,
        raw: item,
        error: `invalid ${kind}`,
        issues: toIssues(parsed.error),
      });
  });
  out.changed ||= out.problems.length > 0;
  return out;
}
