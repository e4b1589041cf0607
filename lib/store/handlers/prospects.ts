import type { CreatorKey } from '../../model/snapshot';
import type { RequestType } from '../../model/messages';
import { prospectId, type Prospect } from '../../model/prospects';
import type { StoreContext } from '../context';
import { readIndex } from '../creator-index';
import { loadCreators } from '../creators';
import { loadProspects, saveProspects, upsertAll } from '../prospects';
import type { Handlers } from './types';

type ProspectType = Extract<RequestType, `prospects/${string}`>;

export const prospectHandlers: Handlers<ProspectType> = {
  async 'prospects/record'(request, ctx) {
    const { items, changed } = upsertAll(
      await loadProspects(ctx),
      request.entries,
      'seen',
      ctx.now(),
    );
    await saveProspects(ctx, items);
    return { recorded: changed.length };
  },

  async 'prospects/add'(request, ctx) {
    const { items, changed } = upsertAll(
      await loadProspects(ctx),
      request.entries,
      'to-vet',
      ctx.now(),
    );
    await saveProspects(ctx, items);
    return { prospects: changed };
  },

  async 'prospects/list'(_request, ctx) {
    const prospects = await loadProspects(ctx);
    return { prospects, known: await knownCreators(ctx, prospects) };
  },

  async 'prospects/dismiss'(request, ctx) {
    const items = await loadProspects(ctx);
    const id = prospectId({ platform: request.platform, handle: request.handle.toLowerCase() });
    let dismissed = false;
    const next = items.map((p): Prospect => {
      if (prospectId(p) !== id || p.status === 'dismissed') return p;
      dismissed = true;
      return { ...p, status: 'dismissed' };
    });
    if (dismissed) await saveProspects(ctx, next);
    return { dismissed };
  },
};

/** Prospects the store already knows as creators: when last visited and the verdict then. */
async function knownCreators(ctx: StoreContext, prospects: Prospect[]) {
  const index = await readIndex(ctx);
  const keys: CreatorKey[] = prospects
    .filter((p) => index.has(prospectId(p)))
    .map((p) => ({ platform: p.platform, handle: p.handle }));
  const known: Record<string, { at: string | null; verdict: string | null }> = {};
  for (const c of await loadCreators(ctx, keys)) {
    const verdict = c.lastReading?.verdict?.verdict;
    known[prospectId(c)] = {
      at: c.lastSeenAt,
      verdict: typeof verdict === 'string' ? verdict : null,
    };
  }
  return known;
}

/** A visit of a prospect's own page vets it: the row moves to vetted with the verdict. */
export async function markVetted(
  ctx: StoreContext,
  key: CreatorKey,
  verdict: unknown,
  at: string,
): Promise<void> {
  const items = await loadProspects(ctx);
  const id = prospectId(key);
  const found = items.find((p) => prospectId(p) === id);
  if (!found || (found.status !== 'to-vet' && found.status !== 'vetted')) return;
  const label = typeof verdict === 'string' ? verdict.slice(0, 30) : null;
  await saveProspects(
    ctx,
    items.map((p) =>
      prospectId(p) === id
        ? { ...p, status: 'vetted', vettedAt: at, verdict: label ?? p.verdict }
        : p,
    ),
  );
}
