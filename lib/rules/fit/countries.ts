import { fold } from '../text';
import { citiesInFolded } from './cities';

/**
 * Country names as written in the languages the product covers (from Intl.DisplayNames, so that no
 * list has to be kept by hand) and flag emoji. Names that are also common words are left out.
 */
const LANGS = ['en', 'es', 'fr', 'pt', 'de', 'it'];
const AMBIGUOUS = new Set([
  'chad',
  'georgia',
  'jersey',
  'turkey',
  'jordan',
  'guinea',
  'china',
  'niger',
  'mali',
  'togo',
  'oman',
  'peru',
  'cuba',
  'malta',
  'monaco',
  'dominica',
]);

let names: Map<string, string> | null = null;
/** First words of every name, to skip most positions without building phrases. */
const firstWords = new Set<string>();

function table(): Map<string, string> {
  if (names) return names;
  names = new Map();
  const A = 65;
  for (const lang of LANGS) {
    let display: Intl.DisplayNames;
    try {
      display = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
    } catch {
      continue;
    }
    for (let i = 0; i < 26; i++)
      for (let j = 0; j < 26; j++) {
        const code = String.fromCharCode(A + i, A + j);
        let name: string | undefined;
        try {
          name = display.of(code);
        } catch {
          name = undefined;
        }
        if (!name || /unknown|desconocida|inconnue|desconhecida|unbekannt|sconosciuta/i.test(name))
          continue;
        const key = (fold(name).match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
        if (!AMBIGUOUS.has(key) && !names.has(key)) names.set(key, code);
      }
  }
  names.set('usa', 'US');
  names.set('uk', 'GB');
  for (const key of names.keys()) firstWords.add(key.split(' ')[0]!);
  return names;
}

/**
 * Countries named (or flagged) in `text`, or the country of a city named as home
 * (lib/rules/fit/cities.ts): ISO 3166-1 alpha-2 codes with the words that named them. `folded` is
 * fold(text) where the caller has it already.
 */
export function countriesIn(text: string, folded = fold(text)): { code: string; match: string }[] {
  const out: { code: string; match: string }[] = [];
  const seen = new Set<string>();
  // Flags are pairs of regional indicators, U+1F1E6–1F1FF: each starts with the surrogate D83C.
  if (text.includes('\ud83c'))
    for (const m of text.matchAll(/([\u{1F1E6}-\u{1F1FF}])([\u{1F1E6}-\u{1F1FF}])/gu)) {
      const code = String.fromCharCode(
        m[1]!.codePointAt(0)! - 0x1f1e6 + 65,
        m[2]!.codePointAt(0)! - 0x1f1e6 + 65,
      );
      if (!seen.has(code)) {
        seen.add(code);
        out.push({ code, match: m[0] });
      }
    }
  for (const c of citiesInFolded(folded)) {
    if (!seen.has(c.code)) {
      seen.add(c.code);
      out.push(c);
    }
  }
  const words = folded.match(/[\p{L}\p{N}]+/gu) ?? [];
  const t = table();
  for (let i = 0; i < words.length; i++) {
    if (!firstWords.has(words[i]!)) continue;
    for (let n = 4; n >= 1; n--) {
      if (i + n > words.length) continue;
      const phrase = words.slice(i, i + n).join(' ');
      const code = t.get(phrase);
      if (code) {
        if (!seen.has(code)) {
          seen.add(code);
          out.push({ code, match: phrase });
        }
        break;
      }
    }
  }
  return out;
}
