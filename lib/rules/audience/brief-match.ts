import type { ListAccount } from '../../model/audience';
import type { Brief } from '../../model/brief';
import type { LanguageDetector } from '../fit/detector';
import { countriesIn } from '../fit/countries';
import { containsPhrase, fold, tagKey } from '../text';
import { wording, type KeywordPlace, type Worded } from './wording';

/** Fewer words than this say too little about a language (a name alone never does). */
const MIN_WORDS_FOR_LANGUAGE = 3;

export interface BriefTerms {
  languages: string[];
  keywords: string[];
  countries: string[];
}

/** What of a brief can be looked for in an account's name, handle and bio; null when nothing. */
export function briefTerms(brief: Brief | null | undefined): BriefTerms | null {
  if (!brief) return null;
  const keywords = [
    ...(brief.keywords ?? []).map(fold),
    ...(brief.hashtags ?? []).map(tagKey),
  ].filter(Boolean);
  const terms = {
    languages: brief.languages ?? [],
    keywords: [...new Set(keywords)],
    countries: brief.countries ?? [],
  };
  return terms.languages.length || terms.keywords.length || terms.countries.length ? terms : null;
}

/** Whether an account has any text a brief could match (a name or a bio). */
export const hasText = (a: ListAccount) => Boolean(a.displayName?.trim() || a.bio?.trim());

/**
 * How an account matches the brief, each match worded: the language of its name and bio, the brief's
 * keywords (and hashtags) in its name, bio or handle, the brief's countries named or flagged in them.
 */
export function briefMatches(
  a: ListAccount,
  terms: BriefTerms,
  detect?: LanguageDetector,
): Worded[] {
  const matches: Worded[] = [];
  const text = [a.displayName, a.bio].filter((s): s is string => Boolean(s?.trim())).join('\n');
  if (terms.languages.length && detect && text.split(/\s+/).length >= MIN_WORDS_FOR_LANGUAGE) {
    const lang = detect(text.replace(/[@#][\p{L}\p{N}._]+/gu, ' '));
    if (lang && terms.languages.includes(lang)) matches.push(wording.match.language(lang));
  }
  if (terms.keywords.length) {
    const places: [KeywordPlace, string][] = [
      ['name', fold(a.displayName ?? '')],
      ['bio', fold(a.bio ?? '')],
      ['handle', fold(a.handle.replace(/[._]+/g, ' '))],
    ];
    for (const k of terms.keywords) {
      const where = places.find(([, t]) => t && containsPhrase(t, k));
      if (where) matches.push(wording.match.keyword(k, where[0]));
    }
  }
  if (terms.countries.length && text)
    for (const c of countriesIn(text))
      if (terms.countries.includes(c.code)) matches.push(wording.match.place(c.code, c.match));
  return matches;
}
