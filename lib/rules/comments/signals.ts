import { phraseSets } from './phrases';
import { normalizeComment } from './normalize';
import {
  CRYPTO_ADDRESS,
  DOMAIN,
  HANDLE_TAG,
  LINKS,
  MENTIONS,
  MONEY,
  MONEY_RATE,
  NAME_CHAR,
  NAMES,
  NOT_BEFORE_NAME,
  NO_WORD_TLD,
  PADDED,
  PATH_DOMAIN,
  PHONE,
  SMILEY,
  SPACED_TLD,
  TRAILING_HANDLE,
  URL_START,
  PUNCTUATION_END,
  WORD_TLD,
  WORD_TLD_AT,
  DIGIT_RUN,
  LETTER,
  NOT_BEFORE_SITE,
  YOUTUBE,
} from './patterns';
import { scan, scanned, wordsIn } from './scan';

/**
 * Structural facts of one normalised comment: the model's dense features (features.ts) and the
 * certain rules (classify.ts) read them. No word lists beyond generic praise: the model learns wording.
 */
export interface Signals {
  /** Words outside @mentions (built on first use: most comments need only their count). */
  readonly words: string[];
  /** How many words. */
  wordCount: number;
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
  cryptoAddress: boolean;
  phone: boolean;
  /** A hashtag shaped like a person's handle (#anna_smith1, #_trade_with_x). */
  handleTag: boolean;
  /** A long comment (≥ 8 words) ending on an @handle or a handle-like hashtag. */
  trailingHandle: boolean;
  /**
   * An account named inside the comment (not the reply address, not the creator) whose name is
   * padded with underscores ("@anna_smith_", "#__sarah___").
   */
  paddedHandleInside: boolean;
  /** A name of letters joined to digits, as gambling and scam sites are named (SITE_NAME). */
  siteName: boolean;
}

const genericWords = new Set(
  phraseSets.flatMap((s) => s.genericWords.flatMap((w) => wordsIn(normalizeComment(w)))),
);

/** A letter written twice or more in a row: a word may be praise written long ("sooo", "lindaaa"). */
const DOUBLED = /(\p{L})\1/u;
const RUN = /(\p{L})\1{2,}/gu;
const FINAL_DOUBLE = /(\p{L})\1$/u;

/**
 * Whether a word is generic praise, also when written long the way people stress it: a run of three
 * or more of a letter read as one or as two ("sooo cuteee", "goooood", "mantappp", "prettyyy"), and
 * a doubled last letter as one ("lindaa", "cantikk", "bgtt"). Only a word the lists hold counts.
 */
export function isGenericWord(word: string): boolean {
  if (genericWords.has(word)) return true;
  if (!DOUBLED.test(word)) return false;
  const one = word.replace(RUN, '$1');
  return (
    (one !== word && genericWords.has(one)) ||
    genericWords.has(word.replace(RUN, '$1$1')) ||
    genericWords.has(one.replace(FINAL_DOUBLE, '$1'))
  );
}

/** Names written bare to get past mention filters, when they hold an underscore ("sarah_smith__"). */
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

function padded(name: string, index: number, creator: string | null): boolean {
  return index > 0 && name !== creator && PADDED.test(name);
}

function paddedInside(text: string, creator: string | null): boolean {
  NAMES.lastIndex = 0;
  for (let m = NAMES.exec(text); m; m = NAMES.exec(text))
    if (padded(m[0], m.index, creator)) return true;
  if (text.includes('_'))
    for (const b of bareNames(text)) if (padded(b.name, b.index, creator)) return true;
  return false;
}

function youtubeOnly(text: string): boolean {
  const all = text.match(LINKS) ?? [];
  return all.length > 0 && all.every((l) => YOUTUBE.test(l));
}

/** What any PATH_DOMAIN match holds: a dot, two to six letters and a slash ("x.pl/…"). */
const DOT_LETTERS_SLASH = /\.[a-z]{2,6}\//;

/** The first letters of NO_WORD_TLD and of WORD_TLD, by character code. */
const NO_WORD_TLD_FIRST = new Uint8Array(128);
for (const tld of NO_WORD_TLD.split('|')) NO_WORD_TLD_FIRST[tld.charCodeAt(0)] = 1;
const WORD_TLD_FIRST = new Uint8Array(128);
for (const tld of WORD_TLD.split('|')) WORD_TLD_FIRST[tld.charCodeAt(0)] = 1;

/** A name character: a letter, a digit or a hyphen. */
const isHostChar = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45;
const isLetterOrDigit = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
const SPACE_LETTER_DIGIT = /[\s\p{L}\p{N}]/u;

/**
 * A domain written with a space beside its dot ("site . com/x", "kolay-para. xyz"): three name
 * characters, an optional space, the dot, an optional space and SPACED_TLD.
 */
function spacedAt(text: string, dot: number, spaceBefore: boolean): boolean {
  const end = spaceBefore ? dot - 1 : dot;
  if (end < 3 || !isHostChar(text.charCodeAt(end - 1))) return false;
  if (!isHostChar(text.charCodeAt(end - 2)) || !isHostChar(text.charCodeAt(end - 3))) return false;
  if (!NO_WORD_TLD_FIRST[text.charCodeAt(text.charCodeAt(dot + 1) === 32 ? dot + 2 : dot + 1)])
    return false;
  SPACED_TLD.lastIndex = dot + 1;
  return SPACED_TLD.test(text);
}

/**
 * A domain on a word-like top-level domain (WORD_TLD) in the shape of an address: its name holds
 * a digit or a hyphen beside letters ("win88.top", "best-deal.top"), or a part before it
 * ("airdrop.x.live"), or a slash, emoji or the end of the text follows it ("ret.life🔥",
 * "t.me/x", "oldchat.top!"), never a space and another word ("loved it.live forever" is a
 * sentence). `dot` has a name character before it.
 */
function wordDomainAt(text: string, dot: number): boolean {
  WORD_TLD_AT.lastIndex = dot + 1;
  if (!WORD_TLD_AT.test(text)) return false;
  const after = WORD_TLD_AT.lastIndex;
  if (after === text.length) return true;
  const c = text.charCodeAt(after);
  if (c === 46 || c === 44 || c === 33 || c === 63 || c === 39 || c === 34) {
    PUNCTUATION_END.lastIndex = after;
    if (PUNCTUATION_END.test(text)) return true;
  } else if (!SPACE_LETTER_DIGIT.test(text[after]!)) return true;
  // The name before the dot: a digit or a hyphen beside a letter, or a part before it.
  let start = dot - 1;
  let letter = false;
  let other = false;
  for (; start >= 0 && isHostChar(text.charCodeAt(start)); start--) {
    if (text.charCodeAt(start) >= 97) letter = true;
    else other = true;
  }
  if (letter && other) return true;
  return start > 0 && text.charCodeAt(start) === 46 && isLetterOrDigit(text.charCodeAt(start - 1));
}

/**
 * A domain: on a top-level domain that is no word (DOMAIN), on one that is a word in the shape of
 * an address (wordDomainAt), or spaced out (spacedAt). One pass over the full stops.
 */
function domainIn(text: string): boolean {
  if (DOMAIN.test(text)) return true;
  for (let dot = text.indexOf('.'); dot > 0; dot = text.indexOf('.', dot + 1)) {
    const before = text.charCodeAt(dot - 1);
    if (before === 32) {
      if (spacedAt(text, dot, true)) return true;
    } else if (isHostChar(before)) {
      const next = text.charCodeAt(dot + 1);
      if (
        next === 32 ? spacedAt(text, dot, false) : WORD_TLD_FIRST[next] && wordDomainAt(text, dot)
      )
        return true;
    }
  }
  return false;
}

/** A domain, written plainly or spaced out ("site . com/x"); "@shop.co" is an account, not a link. */
function hasDomain(text: string, hasAt: boolean): boolean {
  if (!text.includes('.')) return false;
  if (text.includes('/') && DOT_LETTERS_SLASH.test(text) && PATH_DOMAIN.test(text)) return true;
  if (!domainIn(text)) return false;
  return !hasAt || domainIn(text.replace(MENTIONS, ' '));
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

/**
 * A name of letters joined to two or three digits, or to a digit and "d" ("pulau777", "visi4d"), or
 * digits then letters ("188bet"): how online-gambling and scam sites name themselves. Four digits
 * are a year; a name after "@", "#" or a dot is an account or an address. Read around each run of
 * digits rather than by one pattern over the whole text: every comment with a digit asks.
 */
function siteName(text: string): boolean {
  DIGIT_RUN.lastIndex = 0;
  for (let m = DIGIT_RUN.exec(text); m; m = DIGIT_RUN.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const digits = end - start;
    let from = start;
    while (from > 0 && LETTER.test(text[from - 1]!)) from--;
    let to = end;
    while (to < text.length && LETTER.test(text[to]!)) to++;
    const before = start - from;
    const after = to - end;
    if (from > 0 && NOT_BEFORE_SITE.test(text[from - 1]!)) continue;
    if (to < text.length && text.charCodeAt(to) >= 48 && text.charCodeAt(to) <= 57) continue;
    if (before >= 2 && after === 0 && digits >= 2 && digits <= 3) return true;
    if (before >= 2 && after === 1 && text[end] === 'd' && digits <= 2) return true;
    if (before === 0 && after >= 3 && digits >= 2 && digits <= 3) return true;
  }
  return false;
}

/** Signals of one comment; `text` must already be normalised. */
export function signalsOf(text: string, creatorHandle?: string | null): Signals {
  const creator = creatorHandle ? `@${creatorHandle.replace(/^@/, '').toLowerCase()}` : null;
  const { wordCount, longWord, mentions: allMentions, hasEmoji, hasDigit, hasHash } = scan(text);
  const hasAt = allMentions.length > 0;
  // Padded names and handle-shaped hashtags hold an underscore (PADDED, HANDLE_TAG, bareNames).
  const hasUnderscore = text.includes('_');
  const mentions = creator ? allMentions.filter((m) => m !== creator) : allMentions;
  let generic = wordCount > 0 && wordCount <= 6;
  for (let w = 0; generic && w < wordCount; w++)
    if (!isGenericWord(text.slice(scanned.start[w]!, scanned.end[w]!))) generic = false;
  const link =
    ((text.includes('http') || text.includes('www.')) && URL_START.test(text)) ||
    hasDomain(text, hasAt);
  const withoutCreator =
    creator && allMentions.includes(creator) ? text.split(creator).join(' ') : text;
  return new TextSignals(text, {
    wordCount,
    mentions,
    mentionsCreator: creator !== null && allMentions.includes(creator),
    mentionInside:
      mentions.length >
      (text.startsWith('@') && mentions[0] && text.startsWith(mentions[0]) ? 1 : 0),
    hasEmoji: hasEmoji || (text.includes(':') && SMILEY.test(text)),
    emojiOnly: allMentions.length === 0 && wordCount === 0,
    mentionOnly: allMentions.length > 0 && wordCount === 0,
    genericPraise: generic,
    link,
    youtubeLinkOnly: link && text.includes('youtu') && youtubeOnly(text),
    money: hasDigit && (MONEY.test(text) || MONEY_RATE.test(text)),
    cryptoAddress: longWord && CRYPTO_ADDRESS.test(text),
    phone: hasDigit && text.includes('+') && PHONE.test(text),
    handleTag: hasHash && hasUnderscore && HANDLE_TAG.test(text),
    trailingHandle: (hasAt || hasHash) && wordCount >= 8 && endsOnHandle(withoutCreator),
    paddedHandleInside: hasUnderscore && paddedInside(text, creator),
    siteName: hasDigit && siteName(text),
  });
}

/** Signals with the words of their text built when first asked for. */
class TextSignals implements Signals {
  wordCount: number;
  mentions: string[];
  mentionsCreator: boolean;
  mentionInside: boolean;
  hasEmoji: boolean;
  emojiOnly: boolean;
  mentionOnly: boolean;
  genericPraise: boolean;
  link: boolean;
  youtubeLinkOnly: boolean;
  money: boolean;
  cryptoAddress: boolean;
  phone: boolean;
  handleTag: boolean;
  trailingHandle: boolean;
  paddedHandleInside: boolean;
  siteName: boolean;
  private built: string[] | null = null;

  constructor(
    private readonly text: string,
    s: Omit<Signals, 'words'>,
  ) {
    this.wordCount = s.wordCount;
    this.mentions = s.mentions;
    this.mentionsCreator = s.mentionsCreator;
    this.mentionInside = s.mentionInside;
    this.hasEmoji = s.hasEmoji;
    this.emojiOnly = s.emojiOnly;
    this.mentionOnly = s.mentionOnly;
    this.genericPraise = s.genericPraise;
    this.link = s.link;
    this.youtubeLinkOnly = s.youtubeLinkOnly;
    this.money = s.money;
    this.cryptoAddress = s.cryptoAddress;
    this.phone = s.phone;
    this.handleTag = s.handleTag;
    this.trailingHandle = s.trailingHandle;
    this.paddedHandleInside = s.paddedHandleInside;
    this.siteName = s.siteName;
  }

  get words(): string[] {
    return (this.built ??= wordsIn(this.text));
  }
}
