import { NO_WORD_TLD } from './patterns';

/**
 * Undoes what spammers do to get past word filters, on text already normalised (normalize.ts:
 * lower-case, NFKC, accents folded): look-alike Cyrillic and Greek letters inside Latin words,
 * emoji or symbols between letters ("f🔥o🔥l🔥l🔥o🔥w"), spaced, dotted or starred single letters
 * ("f o l l o w", "f.o.l.l.o.w", "f*o*l*l*o*w"; "b i t . l y" and "w w w . site" keep their dot),
 * digits written for letters inside words ("s3l0t g4c0r", "f0ll0w3rs", "fr33 m0ney": unLeet) and
 * spelled-out dots ("site dot com", "site(.)com").
 * Returns the text and whether anything was undone (itself a sign of spam). A star inside a word
 * ("sh*t", "anj*ng", "f***ing") is how people mask a swear word, not a dodge: it stays, unflagged.
 */

/** Cyrillic and Greek lower-case letters drawn like Latin ones. */
const LOOKALIKE: Record<string, string> = {
  а: 'a',
  в: 'b',
  с: 'c',
  е: 'e',
  һ: 'h',
  і: 'i',
  ј: 'j',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  ԛ: 'q',
  ѕ: 's',
  т: 't',
  у: 'y',
  х: 'x',
  ԝ: 'w',
  α: 'a',
  β: 'b',
  ε: 'e',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
};
const LOOKALIKE_CHARS = new RegExp(`[${Object.keys(LOOKALIKE).join('')}]`, 'u');
const LATIN = /[a-z]/;
/** A word mixing Latin with look-alike letters (a word written wholly in Cyrillic or Greek is left alone). */
const MIXED_WORD = /[\p{L}]+/gu;

/** One letter or digit, then a run of emoji or symbols (not stars: see above), then another: the run goes. */
const SYMBOLS_BETWEEN =
  /(?<=[\p{L}\p{N}])(?:[\p{Extended_Pictographic}~^|]|\u200d|\ufe0f|\p{Emoji_Modifier})+(?=[\p{L}\p{N}])/gu;
/** Four or more single letters separated by one space, dot, dash, underscore or star. */
const SPACED_LETTERS =
  /(?<![\p{L}\p{N}])(?:[\p{L}\p{N}][ .\-_*]){3,}[\p{L}\p{N}](?![\p{L}\p{N}])/gu;
/**
 * A cheap necessary condition for SPACED_LETTERS (which is slow to run on every comment): four
 * characters other than a space, dot, dash, underscore or star, each pair separated by exactly one
 * of those. Without classes of all Unicode letters the regular expression engine scans it faster
 * than a loop over the characters.
 */
const MAYBE_SPACED = /[^ .\-_*][ .\-_*][^ .\-_*][ .\-_*][^ .\-_*][ .\-_*][^ .\-_*]/;
/**
 * Single letters spaced out around a dot written with a space each side ("b i t . l y"): the
 * letters join and the dot stays ("bit.ly"). Taken only where a spaced dot is among them.
 */
const SPACED_DOTTED =
  /(?<![\p{L}\p{N}])[\p{L}\p{N}](?:(?:[ \-_*]| \. )[\p{L}\p{N}]){3,}(?![\p{L}\p{N}])/gu;
/**
 * A necessary condition for SPACED_DOTTED: a spaced dot with a single character each side ("t . l");
 * most spaced dots sit between words ("so good . love it").
 */
const MAYBE_SPACED_DOT = /(?:^|[ \-_*])\S \. \S(?:[ \-_*]|$)/;
/** "w w w . site", "w.w.w. site", "www . site": the start of an address, spaced out. */
const SPACED_WWW =
  /(?<![\p{L}\p{N}])w[ .]{1,3}w[ .]{1,3}w ?\. ?(?=[a-z0-9])|(?<![\p{L}\p{N}])www \. ?(?=[a-z0-9])/gu;

/** The letters of a SPACED_DOTTED match joined, its spaced dots kept. */
function joinDotted(m: string): string {
  return m.includes(' . ') ? m.replace(/ \. /g, '.').replace(/[ \-_*]/g, '') : m;
}

/** "dot" in the languages SPELLED_DOT reads it in. */
const DOT_WORDS = 'dot|punto|ponto|point|punkt|punt|titik|nokta|kropka|точка';

/**
 * "dot" as spammers spell it out (en, es/it, pt, fr, de, nl, id, tr, pl, ru) before a top-level
 * domain that is no word (NO_WORD_TLD) or one of a few generic ones; not before a word a sentence
 * starts with ("a good point me too", "the point is").
 */
const SPELLED_DOT = new RegExp(
  `\\s*(?:\\(\\s*(?:dot|\\.)\\s*\\)|\\[\\s*(?:dot|\\.)\\s*\\]|\\{\\s*dot\\s*\\}|\\s(?:${DOT_WORDS})\\s)\\s*(?=(?:${NO_WORD_TLD}|co|net|io|shop|store|link|app|site|online)\\b)`,
  'gu',
);

/** A necessary condition for SPELLED_DOT: a bracket, or one of its words with a space each side. */
const MAYBE_SPELLED_DOT = new RegExp(`[([{]|\\s(?:${DOT_WORDS})\\s`);

/** Digits (and "$") that stand for letters inside a word: 0 o, 1 i, 3 e, 4 a, 5 s, 7 t. */
const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  $: 's',
};
/** A quick necessary condition for LEET_WORD: such a digit between two letters. */
const LEET_HINT = /[a-z][013457$][a-z]/;
/**
 * A word that starts with a letter and holds a digit between letters, not part of a link, an
 * address, a handle or a hashtag (nothing of those just before it, no dot-and-letter or slash after).
 */
const LEET_WORD =
  /(?<![\p{L}\p{N}@#_./=?&%$-])[a-z][a-z0-9$]*[0-9$][a-z][a-z0-9$]*(?![\p{L}\p{N}_$@]|\.[a-z0-9]|\/)/gu;
/**
 * A word ending in one such digit or the same one twice after two letters ("fr33", "t00"), read so
 * only beside a sure one: "alexis17" stays a name.
 */
const LEET_END =
  /(?<![\p{L}\p{N}@#_./=?&%$-])([a-z]{2,})(([013457])\3?)(?![\p{L}\p{N}_@]|[.,][0-9a-z]|\/)/gu;

/**
 * Digits written for letters inside words: "s3l0t g4c0r" → "slot gacor", "f0ll0w3rs" → "followers",
 * "m0ney" → "money", and then, in the same comment, a word ending on them ("fr33 m0ney" → "free
 * money"). A word is read so when every digit in it can stand for a letter (0 1 3 4 5 7; never 2,
 * which Indonesian writes for a repeated word, "orang2", "kata2nya", nor 6 8 9) and it holds two
 * such digits or one with at least two letters after it. Left as written: a digit and one final
 * letter, the way units and names are written ("4k", "mp3s", "rodin3d", the lottery's "visi4d"),
 * words starting with a digit ("4ever", "3d", "2nd"), digits only at the end ("iphone15", "m3",
 * "covid19", "alexis17"), "b2b", "h264". Returns the text and how many digits were read as letters.
 */
export function unLeet(text: string): { text: string; digits: number } {
  if (!LEET_HINT.test(text)) return { text, digits: 0 };
  let digits = 0;
  const out = text.replace(LEET_WORD, (w) => {
    let n = 0;
    let lettersAfterLast = 0;
    for (let i = 0; i < w.length; i++) {
      const c = w[i]!;
      if (c >= 'a' && c <= 'z') lettersAfterLast++;
      else if (LEET[c] !== undefined) {
        n++;
        lettersAfterLast = 0;
      } else return w;
    }
    // Trailing digits are read only when the word is a sure one: count the inner ones.
    let inner = n;
    for (let i = w.length - 1; i >= 0 && !(w[i]! >= 'a' && w[i]! <= 'z'); i--) inner--;
    if (inner < 1 || (n < 2 && lettersAfterLast < 2)) return w;
    digits += n;
    return Array.from(w, (c) => LEET[c] ?? c).join('');
  });
  if (digits === 0) return { text, digits: 0 };
  const all = out.replace(LEET_END, (_, letters: string, ds: string) => {
    digits += ds.length;
    return letters + Array.from(ds, (c) => LEET[c]!).join('');
  });
  return { text: all, digits };
}

export interface Deobfuscated {
  text: string;
  changed: boolean;
}

function unLookalike(text: string): string {
  if (!LOOKALIKE_CHARS.test(text)) return text;
  return text.replace(MIXED_WORD, (w) =>
    LATIN.test(w) && LOOKALIKE_CHARS.test(w)
      ? Array.from(w, (ch) => LOOKALIKE[ch] ?? ch).join('')
      : w,
  );
}

const ALNUM = /^[\p{L}\p{N}]$/u;
const IN_RUN = /^(?:[\p{Extended_Pictographic}~^|]|\u200d|\ufe0f|\p{Emoji_Modifier})$/u;
/** Per BMP code point: 4 known, | 1 letter or digit, | 2 may stand in a run of symbols; filled on first sight. */
const bmpFlags = new Uint8Array(65_536);
const astralFlags = new Map<number, number>();

function flagsOf(cp: number): number {
  let f = cp < 65_536 ? bmpFlags[cp]! : (astralFlags.get(cp) ?? 0);
  if (f === 0) {
    const ch = String.fromCodePoint(cp);
    f = 4 | (ALNUM.test(ch) ? 1 : 0) | (IN_RUN.test(ch) ? 2 : 0);
    if (cp < 65_536) bmpFlags[cp] = f;
    else astralFlags.set(cp, f);
  }
  return f;
}

/**
 * Whether SYMBOLS_BETWEEN can match: a letter or digit, a run of symbols, a letter or digit, read
 * code point by code point with the same character classes (the regular expression is slow to
 * run on every comment with emoji, and almost never matches).
 */
function hasSymbolsBetween(t: string): boolean {
  let afterAlnum = false;
  let inRun = false;
  for (let i = 0; i < t.length;) {
    const cp = t.codePointAt(i)!;
    i += cp > 0xffff ? 2 : 1;
    const f = flagsOf(cp);
    if (inRun && f & 1) return true;
    inRun = (f & 2) !== 0 && (afterAlnum || inRun);
    afterAlnum = (f & 1) !== 0;
  }
  return false;
}

const NON_ASCII = /[^\x20-\x7e]/;

export function deobfuscate(text: string): Deobfuscated {
  // Look-alike letters and symbol runs are non-ASCII (a plain-ASCII text keeps its * ~ ^ |).
  const nonAscii = NON_ASCII.test(text);
  let t = nonAscii ? unLookalike(text) : text;
  if (nonAscii && (t === text || NON_ASCII.test(t)) && hasSymbolsBetween(t))
    t = t.replace(SYMBOLS_BETWEEN, '');
  // "." before " " first: a search for the rarer character is the faster one.
  if (t.includes('. ') && MAYBE_SPACED_DOT.test(t)) t = t.replace(SPACED_DOTTED, joinDotted);
  if (t.includes('w w') || t.includes('w.w') || t.includes('www .'))
    t = t.replace(SPACED_WWW, 'www.');
  if (MAYBE_SPACED.test(t)) t = t.replace(SPACED_LETTERS, (m) => m.replace(/[ .\-_*]/g, ''));
  // One digit read as a letter ("g4cor", "m4in") may be a name's spelling; two or more dodge a filter.
  const leet = unLeet(t);
  let leetOnly = false;
  if (leet.digits > 0) {
    leetOnly = leet.digits < 2 && t === text;
    t = leet.text;
  }
  if (MAYBE_SPELLED_DOT.test(t)) t = t.replace(SPELLED_DOT, '.');
  return { text: t, changed: t !== text && !(leetOnly && t === leet.text) };
}
