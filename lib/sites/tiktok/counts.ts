import { unknownCount, type Count, type CountObservation, type Source } from '../../model/reading';
import { parseCount } from '../parse-count';

/** One reading of one number from one rung of the ladder. */
export interface Obs {
  value: number;
  exact: boolean;
  source: Source;
  detail: string;
  /** How far the true number can be from `value` (1 when exact). */
  unit: number;
  /** Read from a `stats` number, a 32-bit field that wraps on large accounts. */
  int32?: boolean;
}

const INT32_MAX = 2 ** 31 - 1;

/**
 * TikTok's display precision: below 10,000 numbers are shown in full ("2156"), above as x.yK,
 * x.yM, x.yB (video-rendered-2025-12.html: share-count "2156", like-count "25.5K").
 */
export function displayUnit(value: number): number {
  if (value < 10_000) return 1;
  if (value < 1e6) return 100;
  if (value < 1e9) return 1e5;
  return 1e8;
}

/**
 * An embedded count equal to its own display form (25500 = "25.5K") is the rounded value older
 * `stats` and some `statsV2` hold (video-rendered-2025-12.html: diggCount 25500, playCount
 * 192100): not exact. About 1 in 100 truly exact counts looks like this; they read as rounded,
 * which is the safe side.
 */
export function looksRounded(value: number): boolean {
  const unit = displayUnit(value);
  return unit > 1 && value % unit === 0;
}

/** One unit of the last significant digit of a displayed text: "783.4K" → 100, "12,3万" → 1000. */
export function textUnit(text: string, value: number): number {
  const digits = (text.match(/\p{Nd}/gu) ?? []).join('').replace(/^0+/, '');
  if (!digits || value <= 0) return 1;
  const magnitude = Math.floor(Math.log10(value));
  return 10 ** Math.max(0, magnitude - digits.length + 1);
}

/** A count as TikTok's JSON holds it: a non-negative integer or a digit string. */
export function rawNumber(raw: unknown): number | null | 'invalid' {
  if (raw === undefined || raw === null || raw === '') return null;
  if (typeof raw === 'number') {
    return Number.isSafeInteger(raw) && raw >= 0 ? raw : 'invalid';
  }
  if (typeof raw === 'string' && /^\d{1,16}$/.test(raw.trim())) {
    const value = Number(raw.trim());
    return Number.isSafeInteger(value) ? value : 'invalid';
  }
  return 'invalid';
}

/** Where a pair of stats objects lives, for provenance. */
export interface StatsPair {
  exact?: Record<string, unknown> | undefined;
  rough?: Record<string, unknown> | undefined;
  exactPath: string;
  roughPath: string;
  source: Source;
}

/**
 * Observations of one count from a `statsV2` (strings, exact unless rounded at the source) and
 * `stats` (numbers, often rounded, 32-bit) pair: statsV2 when present, else stats. Negative and
 * wrapped numbers are dropped with a note, never returned.
 */
export function statsObs(pair: StatsPair, fields: readonly string[], notes: string[]): Obs[] {
  let v2: { value: number; path: string } | null = null;
  for (const field of fields) {
    const raw = rawNumber(pair.exact?.[field]);
    if (typeof raw === 'number') {
      v2 = { value: raw, path: `${pair.exactPath}.${field}` };
      break;
    }
  }
  const roughs: { value: number; path: string }[] = [];
  for (const field of fields) {
    const original = pair.rough?.[field];
    const raw = rawNumber(original);
    const path = `${pair.roughPath}.${field}`;
    if (typeof raw === 'number') roughs.push({ value: raw, path });
    else if (raw === 'invalid') notes.push(`${path}=${String(original)} discarded (not a count)`);
  }
  // `heart` is 64-bit, `heartCount` 32-bit: when both are there and differ, the larger is right.
  roughs.sort((a, b) => b.value - a.value);
  const v1 = roughs[0] ?? null;
  for (const other of roughs.slice(1)) {
    if (other.value !== v1!.value) {
      notes.push(`${other.path}=${other.value} discarded (wrapped: ${v1!.path} is ${v1!.value})`);
    }
  }

  const out: Obs[] = [];
  if (v2) {
    const differs = v1 !== null && v1.value !== v2.value;
    const exact = differs || !looksRounded(v2.value);
    out.push({
      value: v2.value,
      exact,
      source: pair.source,
      detail: v2.path,
      unit: exact ? 1 : displayUnit(v2.value),
    });
    // The same number from the same object: the statsV2 string is its exact form, the stats
    // number only gets a note (rounded, wrapped, or stale).
    if (v1 && differs) {
      const roundedForm =
        looksRounded(v1.value) && Math.abs(v1.value - v2.value) <= displayUnit(v1.value);
      const why = roundedForm
        ? 'is the rounded form'
        : v2.value > INT32_MAX && v1.value <= INT32_MAX
          ? `discarded (32-bit overflow of ${v2.value})`
          : `discarded (differs from ${v2.path})`;
      notes.push(`${v1.path}=${v1.value} ${why}`);
    }
  } else if (v1) {
    out.push(roughObs(v1.value, v1.path, pair.source));
  }
  return out;
}

function roughObs(value: number, detail: string, source: Source): Obs {
  const exact = !looksRounded(value);
  return { value, exact, source, detail, unit: exact ? 1 : displayUnit(value), int32: true };
}

/** A count displayed as text (DOM, meta), through the shared locale-aware parser. */
export function textObs(
  text: string | null | undefined,
  lang: string | undefined,
  source: Source,
  where: string,
): Obs | null {
  if (!text) return null;
  const trimmed = text.trim();
  if (!trimmed) return null;
  const parsed = parseCount(trimmed, lang);
  if (parsed.value === null || !Number.isFinite(parsed.value) || parsed.value < 0) return null;
  return {
    value: parsed.value,
    exact: parsed.exact,
    source,
    detail: `${where} "${trimmed}"`,
    unit: parsed.exact ? 1 : textUnit(trimmed, parsed.value),
  };
}

const consistent = (a: Obs, b: Obs): boolean =>
  a.value === b.value ||
  Math.abs(a.value - b.value) <= Math.max(a.exact ? 0 : a.unit, b.exact ? 0 : b.unit);

/**
 * One Count from observations in ladder order: the first exact one wins, else the most
 * structured rounded one; observations that disagree beyond rounding go to `conflicts`.
 */
export function resolveCount(
  observations: Obs[],
  emptyReason: string,
  notes: string[] = [],
): Count {
  const dropped: string[] = [];
  const kept = observations.filter((o) => {
    if (!o.int32) return true;
    // A 32-bit field cannot hold a number another source shows above 2^31: it wrapped.
    const wrappedBy = observations.find(
      (r) => r !== o && r.value > INT32_MAX && o.value <= INT32_MAX && !consistent(o, r),
    );
    if (wrappedBy) dropped.push(`${o.detail}=${o.value} discarded (32-bit overflow)`);
    return !wrappedBy;
  });
  const chosen = kept.find((o) => o.exact) ?? kept[0];
  if (!chosen) {
    const reason = [emptyReason, ...notes, ...dropped].join('; ');
    return unknownCount(reason);
  }
  const conflicts: CountObservation[] = kept
    .filter((o) => o !== chosen && !consistent(o, chosen))
    .map(({ value, exact, source, detail }) => ({ value, exact, source, detail }));
  const detail = [chosen.detail, ...notes, ...dropped].join('; ');
  const count: Count = { value: chosen.value, exact: chosen.exact, source: chosen.source, detail };
  if (conflicts.length) count.conflicts = conflicts;
  return count;
}
