import { negotiationRedFlags } from '../offer/red-flags';

/**
 * The ticked red flags after one box changes: ids in checklist order, each once. Stored ids the
 * checklist no longer knows are kept as they are (a newer version may know them), never shown.
 */
export function toggleRedFlag(ticked: readonly string[], id: string, on: boolean): string[] {
  const set = new Set(ticked);
  if (on) set.add(id);
  else set.delete(id);
  const known = negotiationRedFlags.map((flag) => flag.id);
  return [...known.filter((k) => set.has(k)), ...[...set].filter((k) => !known.includes(k))];
}
