/**
 * Undoes what spammers do to get past word filters, on text already normalised (normalize.ts:
 * lower-case, NFKC, accents folded): look-alike Cyrillic and Greek letters inside Latin words,
 * emoji or symbols between letters ("f🔥o🔥l🔥l🔥o🔥w"), spaced or dotted single letters
 * ("f o l l o w", "f.o.l.l.o.w") and spelled-out dots ("site dot com", "site(.)com").
 * Returns the text and whether anything was undone (itself a sign of spam).
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

/** One letter or digit, then a run of emoji or symbols, then another: the run goes. */
const SYMBOLS_BETWEEN =
  /(?<=[\p{L}\p{N}])(?:[\p{Extended_Pictographic}*~^|]|\u200d|\ufe0f|\p{Emoji_Modifier})+(?=[\p{L}\p{N}])/gu;
/** Four or more single letters separated by one space, dot, dash or underscore. */
const SPACED_LETTERS = /(?<![\p{L}\p{N}])(?:[\p{L}\p{N}][ .\-_]){3,}[\p{L}\p{N}](?![\p{L}\p{N}])/gu;
/** A cheap necessary condition for SPACED_LETTERS (which is slow to run on every comment). */
const MAYBE_SPACED = /[^ .\-_][ .\-_][^ .\-_][ .\-_][^ .\-_][ .\-_][^ .\-_]/;
const SPELLED_DOT =
  /\s*(?:\(\s*(?:dot|\.)\s*\)|\[\s*(?:dot|\.)\s*\]|\{\s*dot\s*\}|\s(?:dot|punto|ponto|point|punkt)\s)\s*(?=(?:com|net|org|io|co|me|shop|store|link|ly|xyz|app|site|online)\b)/gu;

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

export function deobfuscate(text: string): Deobfuscated {
  let t = unLookalike(text);
  if (/[^\x20-\x7e]/.test(t)) t = t.replace(SYMBOLS_BETWEEN, '');
  if (MAYBE_SPACED.test(t)) t = t.replace(SPACED_LETTERS, (m) => m.replace(/[ .\-_]/g, ''));
  if (/dot|\(|\[|\{|punto|ponto|point|punkt/.test(t)) t = t.replace(SPELLED_DOT, '.');
  return { text: t, changed: t !== text };
}
