import { phraseSets } from './phrases';
import { normalizeComment } from './normalize';
import { PhraseMatcher, wordsOf } from './phrase-matcher';
import {
  CONTACT_REDIRECT,
  CRYPTO_ADDRESS,
  DOMAIN,
  EARNINGS_CLAIM,
  FINANCE_NAME,
  FIRST_N_PEOPLE,
  FX_TAG,
  K_AMOUNT,
  HANDLE_TAG,
  LINKS,
  MENTIONS,
  MONEY,
  MONEY_RATE,
  NAME_CHAR,
  NAMES,
  NOT_BEFORE_NAME,
  PADDED,
  PAYMENT_ACCOUNT,
  PAYMENT_SERVICE,
  PLEA,
  PHONE,
  REDIRECT,
  SELF_PROMO,
  SMILEY,
  SPACED_DOMAIN,
  TRAILING_HANDLE,
  URL_START,
  YOUTUBE,
} from './patterns';
import { scan } from './scan';

/** What the rules see in one normalised comment (see normalize.ts). */
export interface Signals {
  /** Words outside @mentions. */
  words: string[];
  /** @handles other than the creator's. */
  mentions: string[];
  mentionsCreator: boolean;
  /** A mention of someone else that is not the reply address at the very start. */
  mentionInside: boolean;
  hasEmoji: boolean;
  /** No words and no mentions: emoji, punctuation or nothing. */
  emojiOnly: boolean;
  /** Nothing but @mentions (and emoji, punctuation). */
  mentionOnly: boolean;
  /** ≤ 6 words, all of them generic praise words, in one of the languages. */
  genericPraise: boolean;
  link: boolean;
  /** Every link points to YouTube (a share of the video itself, a timestamp): weaker than other links. */
  youtubeLinkOnly: boolean;
  money: boolean;
  /** "i made $23k", "gané 5000 €": a first-person earnings claim with an amount. */
  earningsClaim: boolean;
  /** A payment address with a plea: "please help me, my binance pay id 379131372". */
  moneyRequest: boolean;
  /** "invest with @x", "thanks to @x", "#name____": steering readers to another account. */
  redirect: boolean;
  /** "dm @x", "contact @x", "escríbele a @x": sends readers to write to another account. */
  contactRedirect: boolean;
  cryptoAddress: boolean;
  phone: boolean;
  promo: string[];
  /** "paying 5 grand to the first 10 people to message me": a fake giveaway. */
  firstPeople: boolean;
  /** Asks for subscribers, views or a listen ("help me reach 100 subscribers", "i'm a rapper…"). */
  selfPromo: boolean;
  scam: string[];
  contact: string[];
  testimonial: string[];
  /** A mention or name-like hashtag whose name speaks of trading, investing, profit or recovery. */
  financeHandle: boolean;
  /** A finance-named account that is not simply the person being replied to (first word). */
  financeHandleInside: boolean;
  /** A hashtag shaped like a person's handle (#anna_smith1, #_trade_with_x). */
  handleTag: boolean;
  /** A long comment (≥ 8 words) ending on an @handle or a handle-like hashtag. */
  trailingHandle: boolean;
  /**
   * An account named inside the comment (not the reply address, not the creator) whose name is
   * padded with underscores ("@anna_smith_", "#__sarah___"): the shape of impersonation accounts
   * that scam comments steer readers to.
   */
  paddedHandleInside: boolean;
}

/**
 * Words without which SELF_PROMO and FIRST_N_PEOPLE cannot match: looked up with the phrases (one
 * map lookup per word) so that the two expressions only run on the few comments that hold one.
 */
const SELF_PROMO_WORDS = [
  'artist',
  'channel',
  'check',
  'cover',
  'covers',
  'page',
  'producer',
  'rapper',
  'singer',
  'sub',
  'subscrib',
  'subscribe',
  'subscribed',
  'subscriber',
  'subscribers',
  'subscribing',
  'subscription',
  'youtuber',
];
const FIRST_WORDS = [
  'ersten',
  'first',
  'premiere',
  'premieres',
  'prime',
  'primeira',
  'primeiras',
  'primeiros',
  'primera',
  'primeras',
  'primeros',
  'primi',
];

type Kind = 'promo' | 'scam' | 'contact' | 'testimonial' | 'selfPromoWord' | 'firstWord';
const phrases = new PhraseMatcher<Kind>({
  promo: phraseSets.flatMap((s) => s.promo),
  scam: phraseSets.flatMap((s) => s.scam),
  contact: phraseSets.flatMap((s) => s.contact),
  testimonial: phraseSets.flatMap((s) => s.testimonial),
  selfPromoWord: SELF_PROMO_WORDS,
  firstWord: FIRST_WORDS,
});
const NONE: readonly string[] = Object.freeze([]);

function phrasesIn(words: readonly string[]): Record<Kind, string[]> {
  const out = {
    promo: NONE,
    scam: NONE,
    contact: NONE,
    testimonial: NONE,
    selfPromoWord: NONE,
    firstWord: NONE,
  } as Record<Kind, string[]>;
  phrases.find(words, (kind, phrase) => {
    if (out[kind] === NONE) out[kind] = [phrase];
    else if (!out[kind].includes(phrase)) out[kind].push(phrase);
  });
  return out;
}
const genericWords = new Set(
  phraseSets.flatMap((s) => s.genericWords.flatMap((w) => wordsOf(normalizeComment(w)))),
);

/**
 * Names written bare to get past mention filters, when they hold an underscore ("sarah_smith__"),
 * with where they start. Found from each "_" outwards: a regular expression trying every position
 * costs more than the rest of the signals together.
 */
function bareNames(text: string): { name: string; index: number }[] {
  const out: { name: string; index: number }[] = [];
  let from = 0;
  for (let u = text.indexOf('_'); u >= 0; u = text.indexOf('_', from)) {
    let start = u;
    while (start > 0 && NAME_CHAR.test(text[start - 1]!)) start--;
    let end = u + 1;
    while (end < text.length && NAME_CHAR.test(text[end]!)) end++;
    from = end;
    const before = start > 0 ? text[start - 1]! : ' ';
    const name = text.slice(start, end);
    if (!NOT_BEFORE_NAME.test(before) && /^\p{L}/u.test(name)) out.push({ name, index: start });
  }
  return out;
}

interface Names {
  financeHandle: boolean;
  financeHandleInside: boolean;
  paddedHandleInside: boolean;
}

function checkName(out: Names, name: string, index: number, creator: string | null): void {
  if (index > 0 && name !== creator && PADDED.test(name)) out.paddedHandleInside = true;
  if (
    name === creator ||
    !(name[0] === '@' || name.includes('_') || FX_TAG.test(name)) ||
    !FINANCE_NAME.test(name)
  )
    return;
  out.financeHandle = true;
  if (index > 0) out.financeHandleInside = true;
}

function namesOf(text: string, creator: string | null): Names {
  const out = { financeHandle: false, financeHandleInside: false, paddedHandleInside: false };
  NAMES.lastIndex = 0;
  for (let m = NAMES.exec(text); m; m = NAMES.exec(text)) checkName(out, m[0], m.index, creator);
  if (text.includes('_')) for (const b of bareNames(text)) checkName(out, b.name, b.index, creator);
  return out;
}

function youtubeOnly(text: string): boolean {
  const all = text.match(LINKS) ?? [];
  return all.length > 0 && all.every((l) => YOUTUBE.test(l));
}

/** A domain, written plainly or spaced out ("site . com/x"); "@shop.co" is an account, not a link. */
function hasDomain(text: string, hasAt: boolean): boolean {
  if (!text.includes('.')) return false;
  const spaced = text.includes(' com') || text.includes('. com');
  if (!(DOMAIN.test(text) || (spaced && SPACED_DOMAIN.test(text)))) return false;
  if (!hasAt) return true;
  const bare = text.replace(MENTIONS, ' ');
  return DOMAIN.test(bare) || (spaced && SPACED_DOMAIN.test(bare));
}

/** How many words are not generic praise words: "i love this song so much" has one. */
export function distinctWordCount(words: readonly string[]): number {
  let n = 0;
  for (const w of words) if (!genericWords.has(w)) n++;
  return n;
}

/** A long comment's last account name ends it: only the text from the last "@" or "#" can match. */
function endsOnHandle(text: string): boolean {
  const at = Math.max(text.lastIndexOf('@'), text.lastIndexOf('#'));
  return at >= 0 && TRAILING_HANDLE.test(text.slice(at).trimEnd());
}

const NO_NAMES = { financeHandle: false, financeHandleInside: false, paddedHandleInside: false };

/** Signals of one comment; `text` must already be normalised. */
export function signalsOf(text: string, creatorHandle?: string | null): Signals {
  const creator = creatorHandle ? `@${creatorHandle.replace(/^@/, '').toLowerCase()}` : null;
  const { words, mentions: allMentions, hasEmoji, hasDigit, hasHash } = scan(text);
  const hasAt = allMentions.length > 0;
  const mentions = creator ? allMentions.filter((m) => m !== creator) : allMentions;
  let longWord = false;
  let generic = words.length > 0 && words.length <= 6;
  for (const w of words) {
    if (w.length >= 26) longWord = true;
    if (generic && !genericWords.has(w)) generic = false;
  }
  const found = phrasesIn(words);
  const names = hasAt || hasHash || text.includes('_') ? namesOf(text, creator) : NO_NAMES;
  const link = URL_START.test(text) || hasDomain(text, hasAt);
  const money = hasDigit && (MONEY.test(text) || MONEY_RATE.test(text));
  const withoutCreator =
    creator && allMentions.includes(creator) ? text.split(creator).join(' ') : text;
  return {
    words,
    mentions,
    mentionsCreator: creator !== null && allMentions.includes(creator),
    mentionInside:
      mentions.length >
      (text.startsWith('@') && mentions[0] && text.startsWith(mentions[0]) ? 1 : 0),
    hasEmoji: hasEmoji || (text.includes(':') && SMILEY.test(text)),
    emojiOnly: allMentions.length === 0 && words.length === 0,
    mentionOnly: allMentions.length > 0 && words.length === 0,
    genericPraise: generic,
    link,
    youtubeLinkOnly: link && youtubeOnly(text),
    money,
    // Every amount EARNINGS_CLAIM accepts is money or a "20k".
    earningsClaim: (money || (hasDigit && K_AMOUNT.test(text))) && EARNINGS_CLAIM.test(text),
    moneyRequest:
      (hasDigit || text.includes('$')) &&
      PAYMENT_ACCOUNT.test(text) &&
      PAYMENT_SERVICE.test(text) &&
      PLEA.test(text),
    redirect: (hasAt || hasHash) && REDIRECT.test(withoutCreator),
    contactRedirect: mentions.length > 0 && CONTACT_REDIRECT.test(withoutCreator),
    cryptoAddress: longWord && CRYPTO_ADDRESS.test(text),
    phone: hasDigit && text.includes('+') && PHONE.test(text),
    promo: found.promo,
    selfPromo: found.selfPromoWord.length > 0 && SELF_PROMO.test(text),
    firstPeople: found.firstWord.length > 0 && FIRST_N_PEOPLE.test(text),
    scam: found.scam,
    contact: found.contact,
    testimonial: found.testimonial,
    financeHandle: names.financeHandle,
    financeHandleInside: names.financeHandleInside,
    handleTag: hasHash && HANDLE_TAG.test(text),
    trailingHandle: (hasAt || hasHash) && words.length >= 8 && endsOnHandle(withoutCreator),
    paddedHandleInside: names.paddedHandleInside,
  };
}
