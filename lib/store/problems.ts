import { Problem, type Issue } from '../model/messages';
import type { StoreContext } from './context';
import { QUARANTINE_KEY } from './keys';

export interface NewProblem {
  key: string;
  raw: unknown;
  error: string;
  issues: Issue[];
  resolution: Problem['resolution'];
}

/**
 * The quarantine: every stored value that failed validation, verbatim, with the error and the
 * time. Only the user removes an entry (`store/dismiss-problem`). A damaged quarantine list is
 * itself kept as a problem rather than emptied.
 */
export async function readProblems(ctx: StoreContext): Promise<Problem[]> {
  const raw = (await ctx.area.get([QUARANTINE_KEY]))[QUARANTINE_KEY];
  if (raw === undefined) return [];
  if (!Array.isArray(raw))
    return [fallbackProblem(ctx, raw, 'quarantine', 'the quarantine list is not a list')];
  return raw.map((item: unknown, i) => {
    const parsed = Problem.safeParse(item);
    return parsed.success
      ? parsed.data
      : fallbackProblem(ctx, item, `quarantine-${i}`, 'unreadable quarantine entry');
  });
}

/** Ids derived from the position, so that the user can dismiss such an entry too. */
function fallbackProblem(ctx: StoreContext, raw: unknown, id: string, error: string): Problem {
  return {
    id,
    key: QUARANTINE_KEY,
    at: ctx.now(),
    error,
    issues: [],
    resolution: 'quarantined',
    raw,
  };
}

/** The `quarantine` entry to write with the change that set these values aside. */
export async function withProblems(
  ctx: StoreContext,
  added: NewProblem[],
): Promise<Record<string, Problem[]>> {
  const existing = await readProblems(ctx);
  const at = ctx.now();
  const problems = [...existing, ...added.map((p) => ({ ...p, id: ctx.newId(), at }))];
  return { [QUARANTINE_KEY]: problems };
}

export async function addProblems(ctx: StoreContext, added: NewProblem[]): Promise<void> {
  if (added.length > 0) await ctx.area.set(await withProblems(ctx, added));
}

export async function dismissProblem(ctx: StoreContext, id: string): Promise<boolean> {
  const problems = await readProblems(ctx);
  const kept = problems.filter((p) => p.id !== id);
  if (kept.length === problems.length) return false;
  await ctx.area.set({ [QUARANTINE_KEY]: kept });
  return true;
}
