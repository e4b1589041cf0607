import { fold } from '../text';
import table from './cities.json';

/**
 * A city a bio names as where the creator lives ("📍 Almería", "based in Lyon", "vivo en Sevilla"),
 * with its country. Only after such a marker: many city names are also words ("Como", "Nice",
 * "Reading"), and a city named elsewhere in a caption says little about the audience.
 * lib/rules/fit/cities.json is built by `npm run build:cities` (cities of 100,000 people or more).
 */
const CITIES: Readonly<Record<string, string>> = citiesByName(table);

/**
 * The city table by name. The file lists each country's cities joined by "|" ({"DK":
 * "aalborg|aarhus"}): a fifth smaller in the panel module than one entry a city.
 */
export function citiesByName(byCountry: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [code, names] of Object.entries(byCountry))
    for (const name of names.split('|')) out[name] = code;
  return out;
}

const MARKERS = [
  '📍',
  '🏠',
  '📌',
  // en
  'based in',
  'living in',
  'live in',
  'lives in',
  'located in',
  'from',
  // es
  'vivo en',
  'desde',
  'radicada en',
  'radicado en',
  'con base en',
  // pt
  'moro em',
  'direto de',
  'baseada em',
  'baseado em',
  // fr
  'basee a',
  'base a',
  'vit a',
  'depuis',
  // de
  'wohne in',
  'lebe in',
  'aus',
  // it
  'vivo a',
  'di base a',
];
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const isWord = (m: string) => /\p{L}/u.test(m);
const MARKER = new RegExp(
  [
    `(?:^|[^\\p{L}\\p{N}])(?:${MARKERS.filter(isWord).map(escape).join('|')})(?=[^\\p{L}\\p{N}]|$)`,
    ...MARKERS.filter((m) => !isWord(m)).map(escape),
  ].join('|'),
  'gu',
);
const MAX_WORDS = 3;

export function citiesIn(text: string): { code: string; match: string }[] {
  return citiesInFolded(fold(text));
}

/** citiesIn of a text already folded (lib/rules/text.ts). */
export function citiesInFolded(folded: string): { code: string; match: string }[] {
  const out: { code: string; match: string }[] = [];
  for (const m of folded.matchAll(MARKER)) {
    // The place follows the marker, up to the end of the clause.
    const after = folded.slice(m.index + m[0].length).split(/[,;|•·\n/()!?.]/u)[0] ?? '';
    const words = (after.match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_WORDS);
    for (let n = words.length; n >= 1; n--) {
      const phrase = words.slice(0, n).join(' ');
      const code = CITIES[phrase];
      if (code) {
        out.push({ code, match: phrase });
        break;
      }
    }
  }
  return out;
}
