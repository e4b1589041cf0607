/**
 * Finds objects anywhere in a JSON tree by their shape, for pages of many creators' posts
 * (hashtag, search, explore): wrappers and root fields are renamed often, the post objects inside
 * keep their field names. Bounded in depth and nodes; never throws.
 */

const MAX_DEPTH = 60;
const MAX_NODES = 400_000;

export type Json = Record<string, unknown>;

export const asObject = (value: unknown): Json | null =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : null;

/** Calls `visit` on every object in the tree, depth first, parents before children. */
export function walkObjects(root: unknown, visit: (node: Json) => void): void {
  let nodes = 0;
  const stack: { value: unknown; depth: number }[] = [{ value: root, depth: 0 }];
  while (stack.length) {
    const { value, depth } = stack.pop()!;
    if (!value || typeof value !== 'object' || depth > MAX_DEPTH) continue;
    if (++nodes > MAX_NODES) return;
    const children = Array.isArray(value) ? value : Object.values(value);
    if (!Array.isArray(value)) visit(value as Json);
    for (let i = children.length - 1; i >= 0; i--)
      stack.push({ value: children[i], depth: depth + 1 });
  }
}

/** A non-negative count from a number or a digit string (TikTok's statsV2); null otherwise. */
export function countOf(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : null;
  if (typeof value === 'string' && /^\d{1,18}$/.test(value)) return Number(value);
  return null;
}

/** The first readable count among several paths of an object (`a.b` walks into objects). */
export function firstCount(node: Json, paths: readonly string[]): number | null {
  for (const path of paths) {
    let value: unknown = node;
    for (const key of path.split('.')) value = asObject(value)?.[key];
    const count = countOf(value);
    if (count !== null) return count;
  }
  return null;
}

/** JSON.parse that gives undefined for malformed text. */
export function parseJsonText(text: string | null | undefined): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
