import { parseCount } from '../parse-count';

/** A count found inside a longer text, with the text it was read from. */
export interface MetaCount {
  value: number;
  exact: boolean;
  text: string;
}

const NUMBER = /\p{Nd}(?:[\p{Nd}.,'’٫٬\u00a0\u202f ]*\p{Nd})?/gu;
const NO_SPACE_SCRIPTS = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\p{sc=Thai}]/u;

/**
 * The one count in a short text: a meta clause ("1,2 Mio. Follower", "フォロワー1.2万人"), a button
 * ("79 J’aime", "159,071 likes"). Null when there is no number or more than one.
 */
export function countInClause(clause: string, lang: string | null): MetaCount | null {
  const numbers = [...clause.matchAll(NUMBER)];
  if (numbers.length !== 1) return null;
  const match = numbers[0]!;
  const start = match.index;
  const numberEnd = start + match[0].length;
  const ends: number[] = [];
  let i = numberEnd;
  // Up to two words after the number ("Mio.", "mil M"), or up to three CJK characters ("万").
  for (let words = 0; words < 2 && i < clause.length; words++) {
    while (i < clause.length && /\s/.test(clause[i]!)) i++;
    if (NO_SPACE_SCRIPTS.test(clause[i] ?? '')) {
      for (let k = 1; k <= 3 && i + k <= clause.length; k++) ends.push(i + k);
      break;
    }
    while (i < clause.length && !/[\s,،、，]/.test(clause[i]!)) i++;
    ends.push(i);
  }
  for (const end of ends.reverse()) {
    const text = clause.slice(start, end);
    const parsed = parseCount(text, lang ?? undefined);
    if (parsed.value !== null)
      return { value: parsed.value, exact: parsed.exact, text: text.trim() };
  }
  const parsed = parseCount(match[0], lang ?? undefined);
  return parsed.value === null
    ? null
    : { value: parsed.value, exact: parsed.exact, text: match[0] };
}
