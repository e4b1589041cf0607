import type { ListAccount, ListKind } from '../model/audience';
import type { ObservedResponse, Platform } from '../model/reading';
import { accountListReaders } from '../sites/account-lists';

/** Accounts kept per list in the page's memory at most (a long scroll): enough for any share. */
const MAX_ACCOUNTS = 3_000;

export type AudienceLists = Partial<Record<Exclude<ListKind, 'following'>, ListAccount[]>>;

/**
 * Gathers the accounts of the followers and likes lists the page loaded, for the creator shown, in
 * memory only: the responses themselves are dropped as the page loads more, the accounts stay until
 * another creator is shown. A list that names another owner is left out.
 */
export function createAudienceCollector(platform: Platform) {
  let owner: string | null = null;
  let seen = new WeakSet<object>();
  let byKind = new Map<ListKind, Map<string, ListAccount>>();

  return {
    collect(handle: string | null, responses: readonly ObservedResponse[]): AudienceLists {
      const current = handle?.toLowerCase() ?? null;
      if (current !== owner) {
        owner = current;
        seen = new WeakSet();
        byKind = new Map();
      }
      for (const r of responses) {
        if (seen.has(r)) continue;
        seen.add(r);
        const list = accountListReaders[platform](r.body, r.url);
        if (!list || list.kind === 'following') continue;
        if (list.ownerHandle && list.ownerHandle.toLowerCase() !== owner) continue;
        let kept = byKind.get(list.kind);
        if (!kept) byKind.set(list.kind, (kept = new Map()));
        for (const a of list.accounts) {
          if (kept.size >= MAX_ACCOUNTS) break;
          const key = a.id ? `id:${a.id}` : `h:${a.handle.toLowerCase()}`;
          if (!kept.has(key)) kept.set(key, a);
        }
      }
      const out: AudienceLists = {};
      for (const kind of ['followers', 'likers'] as const) {
        const kept = byKind.get(kind);
        if (kept?.size) out[kind] = [...kept.values()];
      }
      return out;
    },
  };
}
