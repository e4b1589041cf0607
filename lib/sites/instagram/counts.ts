import type { Count, CountObservation, Source } from '../../model/reading';
import { unknownCount } from '../../model/reading';
import { parseCount } from '../parse-count';

/** The ladder of design.md, most structured first. */
const LADDER: Source[] = ['embedded-json', 'network', 'dom', 'meta'];
/** A rounded display keeps two significant digits at least: within 5% of the true number. */
const ROUNDING = 0.05;

/** All the values the page states for one number, from every source. */
export class Observations {
  readonly list: CountObservation[] = [];

  add(value: number | null | undefined, exact: boolean, source: Source, detail: string): void {
    if (value === null || value === undefined || !Number.isFinite(value) || value < 0) return;
    this.list.push({ value, exact, source, detail });
  }

  /** A displayed text ("1.2M", "2,362"), parsed with the page's language. */
  addText(
    text: string | null | undefined,
    lang: string | null,
    source: Source,
    detail: string,
  ): void {
    if (!text) return;
    const parsed = parseCount(text, lang ?? undefined);
    if (parsed.value !== null)
      this.add(parsed.value, parsed.exact, source, `${detail}: "${text.trim()}"`);
  }

  get size(): number {
    return this.list.length;
  }
}

function disagree(a: CountObservation, b: CountObservation): boolean {
  if (a.exact && b.exact) return a.value !== b.value;
  return Math.abs(a.value - b.value) > ROUNDING * Math.max(a.value, b.value);
}

/**
 * One Count from all observations: the first exact value in ladder order wins, else the most
 * structured rounded one. Values that disagree with the winner (beyond display rounding) are kept
 * in `conflicts` for the panel.
 */
export function resolveCount(observations: Observations, reason: string): Count {
  const ordered = [...observations.list].sort(
    (a, b) => LADDER.indexOf(a.source) - LADDER.indexOf(b.source),
  );
  const chosen = ordered.find((o) => o.exact) ?? ordered[0];
  if (!chosen) return unknownCount(reason);
  const conflicts = ordered.filter((o) => o !== chosen && disagree(o, chosen));
  return {
    value: chosen.value,
    exact: chosen.exact,
    source: chosen.source,
    detail: chosen.detail,
    ...(conflicts.length ? { conflicts } : {}),
  };
}
