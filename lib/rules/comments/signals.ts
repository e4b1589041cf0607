import { phraseSets } from './phrases';
import { normalizeComment } from './normalize';

/** What the rules see in one normalised comment (see normalize.ts). */
export interface Signals {
  words: string[];
  /** @handles other than the creator's. */
  mentions: string[];
  mentionsCreator: boolean;
  hasEmoji: boolean;
  /** Nothing but emoji, punctuation and spaces. */
  emojiOnly: boolean;
  /** Nothing but @mentions (and emoji, punctuation). */
  mentionOnly: boolean;
  /** ≤ 6 words, all of them generic praise words, in one of the languages. */
  genericPraise: boolean;
  link: boolean;
  /** Every link points to YouTube (a share of the video itself, a timestamp): weaker than other links. */
  youtubeLinkOnly: boolean;
  money: boolean;
  /** "invest with @x", "thanks to @x", "#name____": steering readers to another account. */
  redirect: boolean;
  cryptoAddress: boolean;
  phone: boolean;
  promo: string[];
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
}

const MENTION = /@[\p{L}\p{N}._]+/gu;
const NON_WORD =
  /(?:[\p{P}\p{S}\p{Z}\s\p{Emoji_Modifier}\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}]|\u200d|\ufe0f)+/gu;
const PICTO = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}]|<3|:\)|:d\b|;\)|\^_\^/u;
const WORD = /[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu;
const LINK =
  /(?:https?:\/\/|www\.)\S+|\b[a-z0-9-]{2,}\.(?:com|net|org|io|ly|me|co|info|biz|xyz|site|online|shop|store|finance|app|gg|tv|link|click|ru|cc|pro|club|top|vip)\b/u;
const MONEY =
  /[$£€₦₹]\s?\d|\d[\d,.]*\s?k?\s?(?:\$|£|€|usd|usdt|dollars?|d0llars?|euros?|pounds?|reais|naira|btc|eth|bitcoin)\b|\b\d+(?:[.,]\d+)?\s?k\b.{0,20}\b(?:profit|weekly|daily|monthly|returns?|payout)/u;
const REDIRECT =
  /\b(?:invest(?:ed|ing|ment)?|trad(?:e|ed|ing)|thanks? (?:to|you)|contact(?:ed)?|reach(?:ed)? out to|reach|message|dm|text|write to|inbox|mentor(?:ed)?|coach(?:ed)?|recommend|manager|with|via|gracias a|graças a|grâce à|grazie a|dank)\s+(?:@|#_)|#[\p{L}\p{N}]*_{2,}|#_+[\p{L}\p{N}]/u;
const CRYPTO_ADDRESS = /\b0x[0-9a-f]{40}\b|\b(?:bc1|[13])[a-km-zp-z1-9]{25,39}\b/u;
const PHONE = /\+\d[\d\s().-]{8,}\d/u;

interface Compiled {
  re: RegExp;
  phrases: string[];
}

function compile(list: readonly string[]): Compiled {
  const phrases = [...new Set(list.map(normalizeComment))].sort((a, b) => b.length - a.length);
  const body = phrases
    .map((p) => {
      const escaped = p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      return /[\p{L}\p{N}]$/u.test(p) ? `${escaped}(?![\\p{L}\\p{N}])` : escaped;
    })
    .join('|');
  return { re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})`, 'gu'), phrases };
}

const promoRe = compile(phraseSets.flatMap((s) => s.promo));
const scamRe = compile(phraseSets.flatMap((s) => s.scam));
const contactRe = compile(phraseSets.flatMap((s) => s.contact));
const testimonialRe = compile(phraseSets.flatMap((s) => s.testimonial));
const HANDLE_TAG = /#[\p{L}\p{N}]*_[\p{L}\p{N}_]*/u;
const TRAILING_HANDLE = /(?:@[\p{L}\p{N}._]+|#[\p{L}\p{N}]*_[\p{L}\p{N}_]*)(?:[^\p{L}\p{N}@#]*)$/u;
const NAMES = /[@#][\p{L}\p{N}._]+/gu;
const FINANCE_NAME =
  /trad(?:e|es|er|ers|ing)|invest|profit|earn|crypto|forex|fx(?![a-z])|btc|bitcoin|wealth|money|financ|capital|coach|mining|miner|recover|hack|cyber|signal|option|broker|fund|asset|income|rich|cash/u;
const genericWords = new Set(phraseSets.flatMap((s) => s.genericWords.map(normalizeComment)));

function matches(c: Compiled, text: string): string[] {
  c.re.lastIndex = 0;
  const out: string[] = [];
  for (let m = c.re.exec(text); m; m = c.re.exec(text)) if (!out.includes(m[0])) out.push(m[0]);
  return out;
}

const LINKS_G = new RegExp(LINK.source, 'gu');

function youtubeOnly(text: string): boolean {
  const links = text.match(LINKS_G);
  return links !== null && links.every((l) => /(?:^|[/.])(?:youtu\.be|youtube\.com)\b/u.test(l));
}

function financeNames(text: string, creator: string | null) {
  let financeHandle = false;
  let financeHandleInside = false;
  NAMES.lastIndex = 0;
  for (let m = NAMES.exec(text); m; m = NAMES.exec(text)) {
    const name = m[0];
    if (name === creator || !(name[0] === '@' || name.includes('_')) || !FINANCE_NAME.test(name))
      continue;
    financeHandle = true;
    if (m.index > 0) financeHandleInside = true;
  }
  return { financeHandle, financeHandleInside };
}

/** Signals of one comment; `text` must already be normalised. */
export function signalsOf(text: string, creatorHandle?: string | null): Signals {
  const creator = creatorHandle ? `@${creatorHandle.replace(/^@/, '').toLowerCase()}` : null;
  const allMentions: string[] = text.match(MENTION) ?? [];
  const mentions = allMentions.filter((m) => m !== creator);
  const withoutMentions = allMentions.length ? text.replace(MENTION, ' ') : text;
  const words = withoutMentions.match(WORD) ?? [];
  const bare = withoutMentions.replace(NON_WORD, '');
  const hasEmoji = PICTO.test(text);
  const emojiOnly = allMentions.length === 0 && bare.length === 0;
  const mentionOnly = allMentions.length > 0 && bare.length === 0;
  const genericPraise =
    words.length > 0 && words.length <= 6 && words.every((w) => genericWords.has(w));
  return {
    words,
    mentions,
    mentionsCreator: creator !== null && allMentions.includes(creator),
    hasEmoji,
    emojiOnly,
    mentionOnly,
    genericPraise,
    link: LINK.test(text),
    youtubeLinkOnly: youtubeOnly(text),
    money: MONEY.test(text),
    redirect: REDIRECT.test(text),
    cryptoAddress: CRYPTO_ADDRESS.test(text),
    phone: PHONE.test(text),
    promo: matches(promoRe, text),
    scam: matches(scamRe, text),
    contact: matches(contactRe, text),
    testimonial: matches(testimonialRe, text),
    ...financeNames(text, creator),
    handleTag: HANDLE_TAG.test(text),
    trailingHandle: words.length >= 8 && TRAILING_HANDLE.test(text),
  };
}
