import { encodeCreator } from '../record-codec';
import { STORE_VERSION, creatorId, type CreatorRecord } from '../../model/creator';
import type { Problem, RequestType } from '../../model/messages';
import { checkBackup, type ImportContent } from '../backup';
import { listDocument, loadCampaigns, loadSettings, loadTemplates } from '../collections';
import { StoreError, type StoreContext } from '../context';
import { indexEntryOf, readIndex, type IndexEntry, type Shard } from '../creator-index';
import { loadCreators } from '../creators';
import {
  allIndexKeys,
  CAMPAIGNS_KEY,
  creatorStorageKey,
  indexStorageKey,
  parseCreatorId,
  QUARANTINE_KEY,
  SETTINGS_KEY,
  shardOf,
  TEMPLATES_KEY,
} from '../keys';
import { dismissProblem, readProblems } from '../problems';
import { loadProspects, PROSPECTS_KEY, prospectsDocument } from '../prospects';
import { prospectId, type Prospect } from '../../model/prospects';
import type { Handlers } from './types';

type BackupType = Extract<RequestType, `store/${string}`>;

export const backupHandlers: Handlers<BackupType> = {
  async 'store/export'(_request, ctx) {
    const keys = [...(await readIndex(ctx)).keys()].flatMap((id) => parseCreatorId(id) ?? []);
    return {
      backup: {
        format: 'creator-scout-backup',
        version: STORE_VERSION,
        exportedAt: ctx.now(),
        creators: await loadCreators(ctx, keys),
        campaigns: await loadCampaigns(ctx),
        templates: await loadTemplates(ctx),
        settings: await loadSettings(ctx),
        problems: await readProblems(ctx),
        prospects: await loadProspects(ctx),
      },
    };
  },

  /**
   * All or nothing: the whole backup is checked first and any error changes nothing. `replace`
   * makes the store the backup's content; `merge` adds it, the backup winning on equal ids and the
   * current settings kept. Quarantined problems are never dropped: the backup's are added.
   */
  async 'store/import'(request, ctx) {
    const merging = request.mode === 'merge';
    const current = merging ? await loadCampaigns(ctx) : [];
    const check = checkBackup(
      request.backup,
      current.map((c) => c.id),
    );
    if (!check.ok)
      throw new StoreError(
        'invalid-import',
        'the backup has errors; nothing was imported',
        check.issues,
      );
    const { content } = check;
    const prospects = merging
      ? byKey(await loadProspects(ctx), content.prospects ?? [])
      : (content.prospects ?? []);
    const index = await readIndex(ctx);
    const shards = indexWrites(index, content.creators, merging);
    const emptyShards = Object.keys(shards).filter((k) => Object.keys(shards[k]!).length === 0);
    for (const key of emptyShards) delete shards[key];
    const writes = {
      ...shards,
      ...Object.fromEntries(
        content.creators.map((c) => [creatorStorageKey(creatorId(c)), encodeCreator(c)]),
      ),
      [CAMPAIGNS_KEY]: listDocument(merging ? byId(current, content.campaigns) : content.campaigns),
      [TEMPLATES_KEY]: listDocument(
        merging ? byId(await loadTemplates(ctx), content.templates) : content.templates,
      ),
      [SETTINGS_KEY]: merging ? await loadSettings(ctx) : content.settings,
      ...(await mergedProblems(ctx, content)),
      ...(prospects.length ? { [PROSPECTS_KEY]: prospectsDocument(prospects) } : {}),
    };
    await ctx.area.set(writes);
    const kept = new Set(content.creators.map(creatorId));
    const stale = merging ? [] : [...index.keys()].filter((id) => !kept.has(id));
    await ctx.area.remove([
      ...stale.map(creatorStorageKey),
      ...emptyShards,
      ...(prospects.length ? [] : [PROSPECTS_KEY]),
    ]);
    return {
      mode: request.mode,
      creators: content.creators.length,
      campaigns: content.campaigns.length,
      templates: content.templates.length,
    };
  },

  async 'store/problems'(_request, ctx) {
    return { problems: await readProblems(ctx) };
  },

  async 'store/dismiss-problem'(request, ctx) {
    return { dismissed: await dismissProblem(ctx, request.id) };
  },
};

/** Every shard rewritten from the resulting set of creators. */
function indexWrites(
  index: Map<string, IndexEntry>,
  creators: CreatorRecord[],
  merging: boolean,
): Record<string, Shard> {
  const entries = new Map(merging ? index : []);
  for (const creator of creators) entries.set(creatorId(creator), indexEntryOf(creator));
  const shards: Record<string, Shard> = Object.fromEntries(allIndexKeys().map((k) => [k, {}]));
  for (const [id, entry] of entries) shards[indexStorageKey(shardOf(id))]![id] = entry;
  return shards;
}

function byId<T extends { id: string }>(current: T[], incoming: T[]): T[] {
  const ids = new Set(incoming.map((item) => item.id));
  return [...current.filter((item) => !ids.has(item.id)), ...incoming];
}

function byKey(current: Prospect[], incoming: Prospect[]): Prospect[] {
  const ids = new Set(incoming.map(prospectId));
  return [...current.filter((p) => !ids.has(prospectId(p))), ...incoming];
}

/** The backup's problems added to the quarantine (nothing written when it adds none). */
async function mergedProblems(
  ctx: StoreContext,
  content: ImportContent,
): Promise<Record<string, Problem[]>> {
  const existing = await readProblems(ctx);
  const ids = new Set(existing.map((p) => p.id));
  const added = content.problems.filter((p) => !ids.has(p.id));
  return added.length === 0 ? {} : { [QUARANTINE_KEY]: [...existing, ...added] };
}
