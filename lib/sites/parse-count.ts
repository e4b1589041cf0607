/**
 * One parser for every displayed count: "1.2M", "1,2 Mio.", "12,3 k", "1 234", "104 mila",
 * "12,3万", "1,2 млн", "2.362", "14.1m", "elfu 1.2". Counts are integers, so a lone separator
 * followed by exactly three digits is a thousands grouping in any locale; with a word or
 * abbreviation ("1.2K") the separator is a decimal mark and the value is rounded (`exact` false).
 * Any language Intl knows is read with the compact words Intl itself shows for it (derived once
 * per language), digits of any script (Unicode Nd) are read as digits, a word Intl shows alone
 * ("mille") is its unit, and a trailing "views"/"likes"/"plays" is dropped.
 * Text that is not one count (words around it, a fraction without a unit, a sign) gives null.
 */

import { normalize, normalizeSpaces } from './count-normalize';
import { aloneWord, exponentOf, normalizeTag, wordKey } from './count-words';

export { MAGNITUDE_WORDS } from './magnitude-words';

export interface ParsedCount {
  value: number | null;
  exact: boolean;
}

/** Unit words after a count ("12K views", "1,234 likes") that do not change the number. */
const UNIT_WORDS = /\s*\b(?:views?|likes?|plays?)$/i;

const groupSeparators = new Map<string, string | null>();

/** The locale's thousands separator per Intl ('.' for de, ',' for en), null when unknown. */
function groupSeparatorOf(tag: string | null): string | null {
  if (!tag) return null;
  if (!groupSeparators.has(tag)) {
    let separator: string | null = null;
    try {
      const part = new Intl.NumberFormat(tag)
        .formatToParts(1234567)
        .find((p) => p.type === 'group');
      separator = part ? normalizeSpaces(part.value) : null;
    } catch {
      separator = null;
    }
    groupSeparators.set(tag, separator);
  }
  return groupSeparators.get(tag)!;
}

const NUMBER = /^(.*?)(\d(?:[\d.,'’٫٬، ]*\d)?)(.*)$/s;
const GROUP_CHARS = new Set([' ', "'", '’', '٬', '،']);
const INVALID: ParsedCount = { value: null, exact: false };

interface Digits {
  integer: string;
  fraction: string;
}

/** Splits "1.234,5" into integer and fraction digits; null when the grouping is not a real one. */
function splitNumber(
  number: string,
  hasWord: boolean,
  tag: string | null,
): Digits | null | 'ambiguous' {
  const separators = [...number].filter((c) => !/\d/.test(c));
  if (separators.length === 0) return { integer: number, fraction: '' };
  const last = separators.at(-1)!;
  let decimal: string | null = null;
  if (last === '٫') decimal = last;
  else if (!GROUP_CHARS.has(last)) {
    const count = separators.filter((c) => c === last).length;
    const differentBefore = separators.some((c) => c !== last);
    if (count === 1 && differentBefore) decimal = last;
    else if (count === 1) {
      const after = number.length - number.lastIndexOf(last) - 1;
      if (after !== 3 || (hasWord && groupSeparatorOf(tag) !== last)) {
        if (after === 3 && hasWord && !tag) return 'ambiguous';
        decimal = last;
      }
    }
  }
  const cut = decimal ? number.lastIndexOf(decimal) : number.length;
  const integerPart = number.slice(0, cut);
  const fraction = number.slice(cut + 1);
  if (/\D/.test(fraction)) return null;
  const groups = integerPart.split(/[^\d]/);
  if (groups.length > 1) {
    const groupChars = new Set(integerPart.replace(/\d/g, ''));
    if (groupChars.size > 1 || groupChars.has(decimal ?? '')) return null;
    if (!isGrouping(groups) && !isLocaleGrouping(groups, tag)) return null;
  }
  return { integer: groups.join(''), fraction };
}

const groupSizes = new Map<string, readonly number[] | null>();

/** The sizes of the digit groups the locale writes (e.g. [2, 2, 2] in Toki Pona), last group first. */
function groupSizesOf(tag: string): readonly number[] | null {
  if (!groupSizes.has(tag)) {
    let sizes: number[] | null = null;
    try {
      sizes = new Intl.NumberFormat(tag)
        .formatToParts(123456789012)
        .filter((p) => p.type === 'integer')
        .map((p) => p.value.length)
        .reverse();
    } catch {
      sizes = null;
    }
    groupSizes.set(tag, sizes && sizes.length > 2 ? sizes : null);
  }
  return groupSizes.get(tag)!;
}

/** Groups as the page's locale writes them: same sizes from the right, the first one no longer. */
function isLocaleGrouping(groups: string[], tag: string | null): boolean {
  const sizes = tag ? groupSizesOf(tag) : null;
  if (!sizes) return false;
  const [primary, secondary] = sizes as [number, number];
  const lengths = groups.map((g) => g.length).reverse();
  return lengths.every((length, i) =>
    i === lengths.length - 1
      ? length >= 1 && length <= (i === 0 ? primary : secondary)
      : length === (i === 0 ? primary : secondary),
  );
}

/** 1,234,567 (groups of three) or 12,34,567 (Indian: pairs, then three). */
function isGrouping(groups: string[]): boolean {
  const [first, ...rest] = groups;
  if (!first || first.length > 3 || rest.at(-1)?.length !== 3) return false;
  const middle = rest.slice(0, -1);
  return middle.every((g) => g.length === 3) || middle.every((g) => g.length === 2);
}

export function parseCount(text: string, lang?: string): ParsedCount {
  if (typeof text !== 'string' || text.length > 80) return INVALID;
  const clean = normalize(text).replace(UNIT_WORDS, '');
  const match = NUMBER.exec(clean);
  if (!match) {
    const exponent = clean ? aloneWord(clean, normalizeTag(lang)) : undefined;
    return exponent === undefined ? INVALID : { value: 10 ** exponent, exact: false };
  }
  const [, before = '', number = '', after = ''] = match;
  const tag = normalizeTag(lang);
  const word = wordKey(before, after);
  const exponent = word ? exponentOf(word, tag) : 0;
  if (exponent === undefined) return INVALID;

  const digits = splitNumber(number, word !== '', tag);
  if (digits === null || digits === 'ambiguous') return INVALID;
  const { integer, fraction } = digits;
  if (exponent === 0 && /[1-9]/.test(fraction)) return INVALID;
  const shift = exponent - fraction.length;
  const mantissa = Number(integer + fraction);
  const value = shift >= 0 ? mantissa * 10 ** shift : Math.round(mantissa / 10 ** -shift);
  if (!Number.isSafeInteger(value)) return INVALID;
  return { value, exact: exponent === 0 };
}
