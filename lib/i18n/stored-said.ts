import type { Said, SaidArg } from '../model/said';

/**
 * Rules sentences stored by earlier versions, said as this version says them. Those sentences
 * wrote a count's word into the sentence ("but has $FOLLOWERS$ followers"), so it read "1
 * followers"; this version gives each count its own counted word, which reads right for any count
 * in every UI language. A stored sentence of another shape keeps its older message.
 */

const count = (a: SaidArg | undefined): a is { count: number } =>
  typeof a === 'object' && 'count' in a;
const counted = (key: string, n: { count: number }): SaidArg => ({ said: { key, args: [n] } });

/** The counted words of implAboveViews' field ("likes" stored as the word fieldLikes). */
const FIELD_COUNTS: Record<string, string> = {
  fieldLikes: 'likesMany',
  fieldComments: 'commentsMany',
  fieldShares: 'sharesMany',
};

const storedCount = (a: SaidArg | undefined): SaidArg =>
  typeof a === 'string' && /^\d{1,15}$/.test(a) ? { count: Number(a) } : a!;

/** A brief's range stored as written: "10000–100000", "0–∞" (fit), "10,000–100,000", "10,000–any" (flags). */
function storedSpan(b: SaidArg | undefined): SaidArg {
  const m = typeof b === 'string' ? /^(\d[\d,]{0,19})–(\d[\d,]{0,19}|∞|any)$/.exec(b) : null;
  if (!m) return b!;
  const min = { count: Number(m[1]!.replaceAll(',', '')) };
  return m[2] === '∞' || m[2] === 'any'
    ? { said: { key: 'followerSpanFrom', args: [min] } }
    : { said: { key: 'followerSpan', args: [min, { count: Number(m[2]!.replaceAll(',', '')) }] } };
}

export function storedSaid(said: Said): Said {
  const [a, b, c] = said.args;
  switch (said.key) {
    case 'flFollowingExceeds':
      // "Follows 400 accounts but has 1 followers."
      if (said.args.length === 2 && count(a) && count(b))
        return {
          key: 'flFollowingExceedsCounts',
          args: [counted('accountsMany', a), counted('evFollowersCount', b)],
        };
      return said;
    case 'implAboveViews': {
      // "5 likes but only 1 views"
      const field = typeof b === 'object' && 'word' in b ? FIELD_COUNTS[b.word] : undefined;
      if (said.args.length === 3 && count(a) && field && count(c))
        return { key: 'implAboveViewsCounts', args: [counted(field, a), counted('viewsMany', c)] };
      return said;
    }
    case 'fcFollowersWithin':
    case 'fcFollowersOutside':
      // The followers were stored as their digits ("12345"), now as a count; the range as its
      // digits ("10000–100000", "0–∞"), now as counts.
      if (said.args.length !== 2) return said;
      return { key: said.key, args: [storedCount(a), storedSpan(b)] };
    case 'flBelowRangeNear':
    case 'flBelowRangeFar':
    case 'flAboveRangeNear':
    case 'flAboveRangeFar':
      if (said.args.length !== 2) return said;
      return { key: said.key, args: [a!, storedSpan(b)] };
    default:
      return said;
  }
}
