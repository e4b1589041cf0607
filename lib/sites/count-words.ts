import { normalize } from './count-normalize';
import { MAGNITUDE_WORDS } from './magnitude-words';

/**
 * The words around the digits of a displayed count ("K", "Mio.", "mila", "万") and the power of ten
 * each stands for: our table per language (magnitude-words.ts), then what Intl itself shows.
 */

type WordTable = ReadonlyMap<string, number>;

function parseWords(spec: string): Map<string, number> {
  const table = new Map<string, number>();
  for (const group of spec.split(/(?<=:\d+) /)) {
    const colon = group.lastIndexOf(':');
    const exponent = Number(group.slice(colon + 1));
    for (const form of group.slice(0, colon).split('|')) table.set(form, exponent);
  }
  return table;
}

const byLanguage = new Map<string, WordTable>(
  Object.entries(MAGNITUDE_WORDS).map(([tag, spec]) => [tag, parseWords(spec)]),
);

/** Without a language: English first, then every form that means the same in all languages. */
const fallback: WordTable = (() => {
  const table = new Map(byLanguage.get('en'));
  const ambiguous = new Set<string>();
  for (const [tag, words] of byLanguage) {
    if (tag === 'en') continue;
    for (const [form, exponent] of words) {
      if (byLanguage.get('en')!.has(form)) continue;
      const known = table.get(form);
      if (known === undefined && !ambiguous.has(form)) table.set(form, exponent);
      else if (known !== undefined && known !== exponent) {
        table.delete(form);
        ambiguous.add(form);
      }
    }
  }
  return table;
})();

export function normalizeTag(lang: string | undefined): string | null {
  if (!lang) return null;
  const tag = lang.trim().toLowerCase().replace(/_/g, '-');
  return tag || null;
}

function wordsFor(tag: string | null): WordTable | null {
  if (!tag) return null;
  const parts = tag.split('-');
  return (
    byLanguage.get(tag) ??
    byLanguage.get(`${parts[0]}-${parts.at(-1)}`) ??
    byLanguage.get(parts[0]!) ??
    null
  );
}

interface IntlWords {
  /** Words shown after (or before) digits: "k", "mila", "হাজার". */
  withDigits: Map<string, number>;
  /** Words Intl shows alone for one unit: "mille" (fr, it long form of 1,000). */
  alone: Map<string, number>;
}

const intlWordsCache = new Map<string, IntlWords | null>();
/** Mantissas whose compact forms cover the plural categories of CLDR (one, few, many, other). */
const MANTISSAS = [1, 1.5, 2, 3, 5, 11, 21, 22, 100];

/**
 * The compact words Intl itself uses for a language (short and long), with their exponent, so
 * every locale the runtime knows is read without a hand list. Null when Intl does not know the
 * language (it would answer in another one).
 */
function intlWordsFor(tag: string | null): IntlWords | null {
  if (!tag) return null;
  if (intlWordsCache.has(tag)) return intlWordsCache.get(tag)!;
  let words: IntlWords | null = null;
  try {
    const language = tag.split('-')[0]!;
    const formats = (['short', 'long'] as const).map(
      (compactDisplay) => new Intl.NumberFormat(tag, { notation: 'compact', compactDisplay }),
    );
    if (formats[0]!.resolvedOptions().locale.split('-')[0] === language) {
      words = { withDigits: new Map(), alone: new Map() };
      for (const format of formats)
        for (let exponent = 3; exponent <= 15; exponent++)
          for (const mantissa of MANTISSAS) addIntlWord(words, format, mantissa * 10 ** exponent);
    }
  } catch {
    words = null;
  }
  intlWordsCache.set(tag, words);
  return words;
}

const NUMBER_PARTS = new Set(['integer', 'decimal', 'fraction', 'group']);

/** Records the word(s) around the digits of one compact display, with the exponent they stand for. */
function addIntlWord(words: IntlWords, format: Intl.NumberFormat, n: number): void {
  const parts = format.formatToParts(n);
  const first = parts.findIndex((p) => NUMBER_PARTS.has(p.type));
  const last = parts.findLastIndex((p) => NUMBER_PARTS.has(p.type));
  const text = (from: number, to: number) =>
    normalize(
      parts
        .slice(from, to)
        .map((p) => p.value)
        .join(''),
    );
  if (first < 0) {
    const exponent = Math.round(Math.log10(n));
    if (n === 10 ** exponent) record(words.alone, text(0, parts.length), exponent);
    return;
  }
  const form = wordKey(text(0, first), text(last + 1, parts.length));
  if (!form) return;
  const digits = normalize(
    parts
      .slice(first, last + 1)
      .map((p) => (p.type === 'decimal' ? '.' : p.type === 'group' ? '' : p.value))
      .join(''),
  );
  record(words.withDigits, form, Math.round(Math.log10(n / Number(digits))));
}

/** A form with a word before and after the digits ("Vote 21M" in Wolof) is kept as "vote#m". */
export function wordKey(prefix: string, suffix: string): string {
  const clean = (word: string) => word.trim().replace(/\.$/, '');
  return prefix.trim() && suffix.trim()
    ? `${clean(prefix)}#${clean(suffix)}`
    : clean(prefix) || clean(suffix);
}

/**
 * Keeps a form as written and in lower case ("m" is 10,000 and "M" a million in Tongan); a form
 * Intl uses for two magnitudes (Nepali "करोड" in short and long) is ambiguous: NaN, read as none.
 */
function record(table: Map<string, number>, form: string, exponent: number): void {
  for (const key of [`=${form}`, form.toLowerCase()]) {
    const known = table.get(key);
    if (known === undefined) table.set(key, exponent);
    else if (known !== exponent) table.set(key, Number.NaN);
  }
}

/**
 * A known language: its own words, then the words Intl uses for it, then English ("1.2K" on a
 * German page). Else every unambiguous form.
 */
export function exponentOf(written: string, tag: string | null): number | undefined {
  const word = written.toLowerCase();
  const own = wordsFor(tag);
  const intl = intlWordsFor(tag);
  if (!own && !intl) {
    const guessed =
      fallback.get(word) ?? intlFallback().get(`=${written}`) ?? intlFallback().get(word);
    return Number.isNaN(guessed) ? undefined : guessed;
  }
  const exponent =
    own?.get(word) ??
    intl?.withDigits.get(`=${written}`) ??
    intl?.withDigits.get(word) ??
    byLanguage.get('en')!.get(word);
  return Number.isNaN(exponent) ? undefined : exponent;
}

let intlFallbackTable: Map<string, number> | null = null;
/**
 * Without a language, after the hand list: the compact words of every language Intl knows
 * ("১.২ হাজার" needs no --lang), a word two languages use for different magnitudes read as none.
 * Built once, on the first count that needs it.
 */
function intlFallback(): Map<string, number> {
  if (intlFallbackTable) return intlFallbackTable;
  const table = new Map<string, number>();
  const letters = [...'abcdefghijklmnopqrstuvwxyz'];
  const codes = letters.flatMap((a) => letters.map((b) => a + b));
  for (const tag of Intl.NumberFormat.supportedLocalesOf(codes)) {
    const words = intlWordsFor(tag.toLowerCase());
    if (!words) continue;
    for (const [form, exponent] of words.withDigits) {
      const known = table.get(form);
      if (known === undefined) table.set(form, exponent);
      else if (known !== exponent) table.set(form, Number.NaN);
    }
  }
  intlFallbackTable = table;
  return table;
}

/** "mille": a word standing alone for one unit of its magnitude. */
export function aloneWord(text: string, tag: string | null): number | undefined {
  const word = text.toLowerCase().replace(/\.$/, '');
  const intl = intlWordsFor(tag);
  const exponent = intl || wordsFor(tag) ? intl?.alone.get(word) : ALONE_WORDS.get(word);
  return Number.isNaN(exponent) ? undefined : exponent;
}

/** Without a language: "mille" is one thousand in both French and Italian long forms. */
const ALONE_WORDS = new Map([['mille', 3]]);
