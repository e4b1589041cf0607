import { toIssues } from '../model/messages';
import {
  MAX_PROSPECTS,
  MAX_SIGHTINGS,
  Prospect,
  PROSPECTS_VERSION,
  prospectId,
  type ProspectInput,
} from '../model/prospects';
import type { StoreContext } from './context';
import { withProblems } from './problems';
import { isPlainObject } from './repair';

/** `prospects` → `{ schemaVersion, items: Prospect[] }`: one small document, written whole. */
export const PROSPECTS_KEY = 'prospects';

export const prospectsDocument = (items: Prospect[]) => ({
  schemaVersion: PROSPECTS_VERSION,
  items,
});

/** Reads the collection; invalid entries go to the quarantine with their error, never dropped. */
export async function loadProspects(ctx: StoreContext): Promise<Prospect[]> {
  const raw = (await ctx.area.get([PROSPECTS_KEY]))[PROSPECTS_KEY];
  if (raw === undefined) return [];
  const version = isPlainObject(raw) ? raw.schemaVersion : undefined;
  if (!isPlainObject(raw) || !Array.isArray(raw.items) || typeof version !== 'number') {
    await quarantine(ctx, [
      { key: PROSPECTS_KEY, raw, error: 'expected { schemaVersion, items: [] }', issues: [] },
    ]);
    return [];
  }
  if (version > PROSPECTS_VERSION) {
    // Written by a newer version: set aside whole rather than read wrongly.
    await quarantine(ctx, [
      { key: PROSPECTS_KEY, raw, error: `made by a newer version (${version})`, issues: [] },
    ]);
    return [];
  }
  const items: Prospect[] = [];
  const problems: Parameters<typeof quarantine>[1] = [];
  raw.items.forEach((item: unknown, i) => {
    const parsed = Prospect.safeParse(item);
    if (parsed.success) items.push(parsed.data);
    else
      problems.push({
        key: `${PROSPECTS_KEY}[${i}]`,
        raw: item,
        error: 'invalid prospect',
        issues: toIssues(parsed.error),
      });
  });
  if (problems.length) await quarantine(ctx, problems, items);
  return items;
}

async function quarantine(
  ctx: StoreContext,
  problems: { key: string; raw: unknown; error: string; issues: ReturnType<typeof toIssues> }[],
  kept: Prospect[] = [],
): Promise<void> {
  const withResolution = problems.map((p) => ({ ...p, resolution: 'quarantined' as const }));
  await ctx.area.set({
    ...(await withProblems(ctx, withResolution)),
    [PROSPECTS_KEY]: prospectsDocument(kept),
  });
}

export async function saveProspects(ctx: StoreContext, items: Prospect[]): Promise<void> {
  await ctx.area.set({ [PROSPECTS_KEY]: prospectsDocument(items) });
}

/** Adds a sighting (most recent first, the same post once); creates the entry when new. */
export function withSighting(
  current: Prospect | undefined,
  input: ProspectInput,
  status: 'seen' | 'to-vet',
  now: string,
): Prospect {
  const base: Prospect = current ?? {
    platform: input.platform,
    handle: input.handle,
    status,
    firstSeenAt: now,
    addedAt: null,
    vettedAt: null,
    verdict: null,
    seenCount: 0,
    sightings: [],
  };
  const s = input.sighting;
  const duplicate = base.sightings.some(
    (o) => o.postId !== null && o.postId === s.postId && o.place === s.place,
  );
  const sightings = duplicate ? base.sightings : [s, ...base.sightings].slice(0, MAX_SIGHTINGS);
  const promote = status === 'to-vet' && (base.status === 'seen' || base.status === 'dismissed');
  return fitted({
    ...base,
    status: promote ? 'to-vet' : base.status,
    addedAt: promote ? now : base.addedAt,
    seenCount: base.seenCount + (duplicate ? 0 : 1),
    sightings,
  });
}

/** Bytes an entry may take once vetted (a verdict added later takes at most 30 more). */
export const MAX_ENTRY_BYTES = 1024 - 30;

/** Older sightings give way until the entry fits (long non-Latin tags and quotes take more bytes). */
function fitted(p: Prospect): Prospect {
  let out = p;
  while (out.sightings.length > 1 && bytesOf(out) > MAX_ENTRY_BYTES)
    out = { ...out, sightings: out.sightings.slice(0, -1) };
  return out;
}

const bytesOf = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;

/** Upserts many; keeps the collection under MAX_PROSPECTS by dropping the oldest `seen` ones. */
export function upsertAll(
  items: Prospect[],
  inputs: readonly ProspectInput[],
  status: 'seen' | 'to-vet',
  now: string,
): { items: Prospect[]; changed: Prospect[] } {
  const byId = new Map(items.map((p) => [prospectId(p), p]));
  const changed = new Map<string, Prospect>();
  for (const input of inputs) {
    const id = prospectId(input);
    const next = withSighting(byId.get(id), input, status, now);
    byId.set(id, next);
    changed.set(id, next);
  }
  let all = [...byId.values()];
  if (all.length > MAX_PROSPECTS) {
    const seen = all
      .filter((p) => p.status === 'seen')
      .sort((a, b) => (a.sightings[0]?.at ?? '').localeCompare(b.sightings[0]?.at ?? ''));
    const drop = new Set(seen.slice(0, all.length - MAX_PROSPECTS).map(prospectId));
    all = all.filter((p) => !drop.has(prospectId(p)));
  }
  return { items: all, changed: [...changed.values()] };
}
