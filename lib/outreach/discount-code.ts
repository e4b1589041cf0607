import { deriveFirstName } from './first-name';

/**
 * Discount codes: `<NAME><PERCENT>` such as JANE15, ASCII upper-case letters then digits.
 * The name part is the creator's first name (or handle) read as a word, so it keeps its letters;
 * the digits are the discount percent; characters the generator adds itself to resolve a collision
 * come from an alphabet without look-alikes (no 0/O, 1/I/L, 2/Z, 5/S, 8/B).
 */
export interface CodeInput {
  displayName?: string | null;
  handle: string;
  /** The campaign's discount, a whole percent 1..100; omitted from the code when absent. */
  discountPct?: number | null;
}

export interface DiscountCode {
  code: string;
  basis: 'first-name' | 'handle' | 'fallback';
}

export const MAX_NAME_PART = 10;
/** Used when neither the display name nor the handle has a Latin letter ("山田", "_123_"). */
export const FALLBACK_NAME = 'CREATOR';
/** Collision suffix letters: no letter that reads as a digit or as another letter. */
export const SUFFIX_ALPHABET = 'ACDEFGHJKMNPQRTUVWXY';

const SPECIAL_LETTERS: Record<string, string> = {
  ß: 'SS',
  ẞ: 'SS',
  æ: 'AE',
  Æ: 'AE',
  œ: 'OE',
  Œ: 'OE',
  ø: 'O',
  Ø: 'O',
  ł: 'L',
  Ł: 'L',
  đ: 'D',
  Đ: 'D',
  ð: 'D',
  Ð: 'D',
  þ: 'TH',
  Þ: 'TH',
  ı: 'I',
};

/** "Zoë" → "ZOE", "Łukasz" → "LUKASZ", "山田" → "": Latin letters only, accents removed. */
export function asciiLetters(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[ßẞæÆœŒøØłŁđĐðÐþÞı]/g, (ch) => SPECIAL_LETTERS[ch] ?? '')
    .toUpperCase()
    .replace(/[^A-Z]/g, '');
}

/** The n-th collision suffix (0 → "A", 19 → "Y", 20 → "AA", …), bijective base 20. */
export function collisionSuffix(n: number): string {
  let rest = n + 1;
  let suffix = '';
  while (rest > 0) {
    rest -= 1;
    suffix = SUFFIX_ALPHABET[rest % SUFFIX_ALPHABET.length] + suffix;
    rest = Math.floor(rest / SUFFIX_ALPHABET.length);
  }
  return suffix;
}

function namePart(input: CodeInput): { name: string; basis: DiscountCode['basis'] } {
  const first = deriveFirstName(input.displayName).value;
  const fromFirst = first ? asciiLetters(first) : '';
  if (fromFirst.length >= 2)
    return { name: fromFirst.slice(0, MAX_NAME_PART), basis: 'first-name' };
  const fromHandle = asciiLetters(input.handle.replace(/^@/, ''));
  if (fromHandle.length >= 2) return { name: fromHandle.slice(0, MAX_NAME_PART), basis: 'handle' };
  return { name: FALLBACK_NAME, basis: 'fallback' };
}

/**
 * A code unique among `existing` (compared case-insensitively): JANE15, then JANE15A, JANE15C, …
 * The same inputs and the same existing codes always give the same code.
 * Throws RangeError for a percent that is not a whole number in 1..100.
 */
export function makeDiscountCode(input: CodeInput, existing: Iterable<string>): DiscountCode {
  const pct = input.discountPct;
  if (pct !== undefined && pct !== null && (!Number.isInteger(pct) || pct < 1 || pct > 100)) {
    throw new RangeError(`discount percent must be a whole number 1..100, got ${pct}`);
  }
  const taken = new Set(Array.from(existing, (code) => code.trim().toUpperCase()));
  const { name, basis } = namePart(input);
  const base = `${name}${pct ?? ''}`;
  if (!taken.has(base)) return { code: base, basis };
  for (let n = 0; ; n += 1) {
    const code = base + collisionSuffix(n);
    if (!taken.has(code)) return { code, basis };
  }
}
