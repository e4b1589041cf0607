import type { CommentLabel } from '../../model/verdict';

/** What the page shows about who wrote a comment and when. */
export interface CommenterFacts {
  author?: string | null;
  /** The creator whose page this is. */
  creator?: string | null;
  /** Seconds between the post going up and the comment (null where either time is unknown). */
  secondsAfterPost?: number | null;
  /** On how many of the creator's posts this account left the same text. */
  samePostsByAuthor?: number;
}

/**
 * Seconds after a post within which generic praise is the work of bots and engagement pods
 * (a person has to see the post, look at it and type).
 */
export const BOT_SPEED_SECONDS = 30;
/** Spam probability at which a promotion-named account tips a comment into spam. */
const PROMO_ACCOUNT_SPAM = 0.3;

/** Parts of account names that sell reach: follower shops, feature pages, collab bait. */
const PROMO_NAME =
  /promo|boost|growth|shoutout|follower|viral|agency|marketing|collab|ambassador|feature|smm|famous|likes(?:$|[._\d])/u;
/** What impersonators add to a creator's name. */
const CLONE_AFFIX =
  /^(?:official|real|the|backup|private|vip|team|support|help|admin|mgmt|management|giveaways?|page|account|fan|fanpage|club|inbox|dm)+$/u;

const bare = (h: string) =>
  h
    .replace(/^@/, '')
    .toLowerCase()
    .replace(/[._\d]+/g, '');

function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === a.length && i === b.length) return true;
  const restA = a.length >= b.length ? a.slice(i + 1) : a.slice(i);
  const restB = b.length >= a.length ? b.slice(i + 1) : b.slice(i);
  if (restA === restB) return true;
  // One swap of neighbours ("anan" for "anna").
  return (
    a.length === b.length &&
    a[i] === b[i + 1] &&
    a[i + 1] === b[i] &&
    a.slice(i + 2) === b.slice(i + 2)
  );
}

/** An account named like the creator's but not it: "anna.smith_official", "annasmlth". */
export function cloneOfCreator(f: CommenterFacts): boolean {
  if (!f.author || !f.creator) return false;
  const author = f.author.replace(/^@/, '').toLowerCase();
  const creator = f.creator.replace(/^@/, '').toLowerCase();
  if (author === creator) return false;
  const a = bare(author);
  const c = bare(creator);
  if (c.length < 4) return false;
  if (a === c) return true;
  if (a.includes(c) && CLONE_AFFIX.test(a.replace(c, ''))) return true;
  return c.length >= 6 && withinOneEdit(a, c);
}

export function promoNamed(author: string | null | undefined): boolean {
  return !!author && PROMO_NAME.test(author.replace(/^@/, '').toLowerCase());
}

/**
 * Reasons the commenter turns a comment into spam: generic praise seconds after the post, or a
 * promotion-named account whose text already leans to spam.
 */
export function accountReasons(f: CommenterFacts, label: CommentLabel, pSpam: number): string[] {
  if (label === 'spam') return [];
  const out: string[] = [];
  const s = f.secondsAfterPost;
  if (label === 'generic' && s !== null && s !== undefined && s >= 0 && s <= BOT_SPEED_SECONDS)
    out.push(
      `generic comment ${Math.round(s)} s after the post went up: the speed of bots and engagement pods`,
    );
  if (promoNamed(f.author) && (label === 'generic' || pSpam >= PROMO_ACCOUNT_SPAM))
    out.push(
      `posted by @${f.author!.replace(/^@/, '')}, an account named like a promotion service`,
    );
  return out;
}
