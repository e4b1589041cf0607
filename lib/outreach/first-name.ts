import { inlineText } from './plain-text';
import { t } from '../i18n/messages';

export interface FirstName {
  /** null when the display name gives no first name we are sure of: better blank than wrong. */
  value: string | null;
  reason: string | null;
}

/** Words that say the display name is a persona or a label, not part of a name. */
const DROPPED_WORDS = new Set([
  'official',
  'officiel',
  'officielle',
  'oficial',
  'offiziell',
  'ufficiale',
  'real',
  'the',
  'its',
  "it's",
]);

/** Titles that may precede a first name. */
const TITLES = new Set(['dr', 'mr', 'mrs', 'ms', 'miss', 'mx', 'chef', 'coach', 'prof', 'sir']);

/** A display name with one of these words is likely a business or a project, not a person. */
const BUSINESS_WORDS = new Set([
  'studio',
  'studios',
  'shop',
  'store',
  'boutique',
  'co',
  'company',
  'inc',
  'llc',
  'ltd',
  'gmbh',
  'magazine',
  'media',
  'kitchen',
  'bakery',
  'cafe',
  'team',
  'club',
  'brand',
  'agency',
  'collective',
  'designs',
  'news',
  'tv',
  'channel',
  'academy',
  'daily',
  'hq',
]);

/** Scripts written without spaces or with the family name first: no safe "first word". */
const UNSEGMENTED_SCRIPT =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;

const EMOJI_AND_SYMBOLS =
  /\p{Extended_Pictographic}|\p{Regional_Indicator}|[\u{1F3FB}-\u{1F3FF}]|\u200D|\uFE0E|\uFE0F|\u20E3|\p{So}|\p{Sk}/gu;

/** One name word: letters (with marks), optionally joined by an apostrophe or hyphen. */
const NAME_WORD = /^\p{L}\p{M}*(?:[\p{L}\p{M}]|['’-](?=\p{L}))*$/u;

const unsure = (reason: string): FirstName => ({ value: null, reason });

/**
 * The first name to greet a creator with, from their display name: "Jane Doe 🎨 | Watercolor" →
 * "Jane". Strips emoji, "Official", titles, @handles and what follows a separator; gives up (null
 * with a reason) on business-like names, all-capital names, unsegmented scripts, initials and
 * anything with digits.
 */
export function deriveFirstName(displayName: string | null | undefined): FirstName {
  if (!displayName) return unsure(t('fnNoName'));
  if (/[\u202A-\u202E\u2066-\u2069]/.test(displayName)) {
    return unsure(t('fnBidi'));
  }
  let text = inlineText(displayName, 200)
    // Styled letters (𝓙𝓪𝓷𝓮, ｊａｎｅ) become plain ones.
    .normalize('NFKC')
    .replace(EMOJI_AND_SYMBOLS, ' ')
    .replace(/@[\p{L}\p{N}._]+/gu, ' ')
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ');
  // "Jane Doe | Watercolor artist", "Jane - painter", "Jane • Paris": keep the part before.
  text = text.split(/\s[|•·—–\-:/]\s|[|•·]/u)[0] ?? '';
  const rawWords = text.split(/\s+/).filter((word) => word !== '');
  // "Doe, Jane" or "Jane, painter": which one is the first name is a guess.
  if (rawWords.length > 1 && rawWords[0]!.endsWith(',')) {
    return unsure(t('fnComma'));
  }
  const words = rawWords
    .map((word) => word.replace(/^[.'’"“”_*~]+|[.,'’"“”_*~!?]+$/gu, ''))
    .filter((word) => word !== '' && !DROPPED_WORDS.has(word.toLowerCase()));
  while (words.length > 1 && TITLES.has(words[0]!.toLowerCase().replace(/\.$/, ''))) words.shift();
  const first = words[0];
  if (first === undefined) return unsure(t('fnNoLetters'));
  if (words.length === 1 && TITLES.has(first.toLowerCase().replace(/\.$/, ''))) {
    return unsure(t('fnTitleOnly'));
  }
  if (words.some((word) => BUSINESS_WORDS.has(word.toLowerCase()))) {
    return unsure(t('fnBusiness'));
  }
  if (UNSEGMENTED_SCRIPT.test(first)) {
    return unsure(t('fnScript'));
  }
  if (/[\p{N}_.]/u.test(first)) return unsure(t('fnHandle'));
  if (/['’]s$/iu.test(first)) return unsure(t('fnPossessive'));
  if (!NAME_WORD.test(first)) return unsure(t('fnNotName'));
  if (Array.from(first).length < 2) return unsure(t('fnInitial'));
  if (Array.from(first).length > 24) return unsure(t('fnTooLong'));
  if (first === first.toUpperCase() && first !== first.toLowerCase()) {
    return unsure(t('fnCapitals'));
  }
  return { value: first, reason: null };
}
