import type { z } from 'zod';
import { Campaign } from '../model/campaign';
import { CreatorRecord, STORE_VERSION, creatorId } from '../model/creator';
import { Problem, toIssues, type Backup, type Issue } from '../model/messages';
import { UserSettings } from '../model/settings-store';
import { Template } from '../model/template';
import { Prospect, prospectId } from '../model/prospects';
import { migrate } from './migrations/run';
import { decodeCreator } from './record-codec';
import type { StoredKind } from './migrations/types';
import { isPlainObject } from './repair';
import { t } from '../i18n/messages';

export type ImportContent = Omit<Backup, 'format' | 'version' | 'exportedAt'>;

export type ImportCheck = { ok: true; content: ImportContent } | { ok: false; issues: Issue[] };

/**
 * Checks a whole backup before anything is written: every item is migrated from the backup's
 * version and validated, ids must be unique and campaign references must resolve (to the backup's
 * campaigns, or to `knownCampaignIds` when merging). Every error is reported with its path; no
 * repair happens here, since the user can fix the file and the store must not change on an error.
 */
export function checkBackup(raw: unknown, knownCampaignIds: Iterable<string> = []): ImportCheck {
  if (!isPlainObject(raw)) return fail('(root)', t('bkNotBackup'));
  if (raw.format !== 'creator-scout-backup') return fail('format', t('bkNotBackupJson'));
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return fail('version', t('bkNoVersion'));
  if (version > STORE_VERSION) return fail('version', t('bkNewer', version, STORE_VERSION));

  const issues: Issue[] = [];
  const creators = items(raw, 'creators', 'creator', CreatorRecord, undefined, issues);
  const campaigns = items(raw, 'campaigns', 'campaign', Campaign, version, issues);
  const templates = items(raw, 'templates', 'template', Template, version, issues);
  const problems = items(raw, 'problems', null, Problem, version, issues, true);
  const settings = checkSettings(raw.settings, issues);
  const prospects = items(raw, 'prospects', null, Prospect, version, issues, true);

  unique(creators, (c) => creatorId(c), 'creators', issues);
  unique(campaigns, (c) => c.id, 'campaigns', issues);
  unique(templates, (t) => t.id, 'templates', issues);
  unique(prospects, prospectId, 'prospects', issues);
  // Ids of invalid campaigns count too: their own error is enough, without one per reference.
  const known = new Set([...knownCampaignIds, ...rawIds(raw.campaigns)]);
  creators.forEach(({ value: creator, index: i }) =>
    creator.campaigns.forEach((entry, j) => {
      if (entry.campaignId !== null && !known.has(entry.campaignId))
        issues.push({
          path: `creators[${i}].campaigns[${j}].campaignId`,
          message: t('bkNoCampaignId', entry.campaignId),
        });
    }),
  );
  if (settings?.activeCampaignId && !known.has(settings.activeCampaignId))
    issues.push({ path: 'settings.activeCampaignId', message: t('bkNoCampaignThisId') });

  if (issues.length > 0 || !settings) return { ok: false, issues };
  const values = <T>(list: Array<Item<T>>) => list.map((item) => item.value);
  return {
    ok: true,
    content: {
      creators: values(creators),
      campaigns: values(campaigns),
      templates: values(templates),
      settings,
      problems: values(problems),
      prospects: values(prospects),
    },
  };
}

/** A valid item and its position in the backup's list, for error paths. */
interface Item<T> {
  value: T;
  index: number;
}

function rawIds(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((item: unknown) =>
    isPlainObject(item) && typeof item.id === 'string' ? [item.id] : [],
  );
}

const fail = (path: string, message: string): ImportCheck => ({
  ok: false,
  issues: [{ path, message }],
});

function items<T>(
  raw: Record<string, unknown>,
  field: string,
  kind: StoredKind | null,
  schema: z.ZodType<T>,
  version: number | undefined,
  issues: Issue[],
  optional = false,
): Array<Item<T>> {
  const list = raw[field];
  if (list === undefined && optional) return [];
  if (!Array.isArray(list)) {
    issues.push({ path: field, message: t('bkNoList', field) });
    return [];
  }
  const out: Array<Item<T>> = [];
  list.forEach((item: unknown, i) => {
    const path = `${field}[${i}]`;
    let value: unknown = item;
    if (kind) {
      // A creator copied as storage keeps it (lists packed by column) reads like an exported one.
      const migrated = migrate(kind === 'creator' ? decodeCreator(item) : item, kind, version);
      if (!migrated.ok) {
        issues.push({ path, message: migrated.error });
        return;
      }
      value = migrated.value;
    }
    const parsed = schema.safeParse(value);
    if (parsed.success) out.push({ value: parsed.data, index: i });
    else issues.push(...toIssues(parsed.error, path));
  });
  return out;
}

function checkSettings(raw: unknown, issues: Issue[]): UserSettings | null {
  if (raw === undefined) {
    issues.push({ path: 'settings', message: t('bkNoSettings') });
    return null;
  }
  const migrated = migrate(raw, 'settings');
  if (!migrated.ok) {
    issues.push({ path: 'settings', message: migrated.error });
    return null;
  }
  const parsed = UserSettings.safeParse(migrated.value);
  if (parsed.success) return parsed.data;
  issues.push(...toIssues(parsed.error, 'settings'));
  return null;
}

function unique<T>(
  list: Array<Item<T>>,
  idOf: (value: T) => string,
  field: string,
  issues: Issue[],
): void {
  const seen = new Map<string, number>();
  for (const { value, index } of list) {
    const id = idOf(value);
    const first = seen.get(id);
    if (first === undefined) seen.set(id, index);
    else
      issues.push({ path: `${field}[${index}]`, message: t('bkSameId', `${field}[${first}]`, id) });
  }
}
