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
      // The followers were stored as their digits ("12345"), now as a count.
      if (said.args.length === 2 && typeof a === 'string' && /^\d{1,15}$/.test(a))
        return { key: said.key, args: [{ count: Number(a) }, b!] };
      return said;
    default:
      return said;
  }
}
