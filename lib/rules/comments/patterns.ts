/**
 * Regular expressions of the structural comment signals (signals.ts), on normalised text:
 * lower-case, accents folded (normalize.ts). Shapes (links, amounts, addresses, handles), not wording.
 */

export const SMILEY = /:\)|:d\b|;\)|:-\)|\^_\^/u;
export const URL_START = /https?:\/\/|www\./u;

const TLD =
  'com|net|org|io|ly|me|co|info|biz|xyz|site|online|shop|store|finance|app|gg|tv|link|click|ru|cc|pro|club|top|vip|life|live|fun|world|space|today|money|exchange|tech|ai|website|network|digital|global';
export const DOMAIN = new RegExp(`[a-z0-9-]\\.(?:${TLD})(?![a-z0-9])`, 'u');
/**
 * A host with a path, whatever its top-level domain ("trojmiasto.pl/vena", "x.blogspot.in/2013/…"):
 * the slash makes it an address, not a sentence ending on an abbreviation. Not after "@" (an account).
 */
const PATH_LINK =
  '(?<![@\\p{L}\\p{N}._-])[a-z0-9][a-z0-9-]*(?:\\.[a-z0-9-]+)*\\.[a-z]{2,6}\\/[^\\s]*[a-z0-9]';
export const PATH_DOMAIN = new RegExp(PATH_LINK, 'u');
export const LINKS = new RegExp(
  `(?:https?:\\/\\/|www\\.)\\S+|[a-z0-9-]+\\.(?:${TLD})(?![a-z0-9])\\S*|${PATH_LINK}`,
  'gu',
);
/**
 * A domain written with spaces to get past link filters ("site . com/x", "site. com" at the end).
 * "com" must end the text or be followed by "/" or punctuation: Portuguese "com" is a word.
 */
export const SPACED_DOMAIN = /[a-z0-9-]{3,} ?\. ?com(?:\/|\s*$|[^\p{L}\p{N}\s])/u;
export const YOUTUBE = /(?:^|[/.])(?:youtu\.be|youtube\.com)(?![a-z0-9])/u;

/**
 * An amount of money: a currency sign before or after digits, or a currency word after them, in
 * the currencies of the languages the extension reads ('49 tl', '35jt', 'rp 150.000', '3000 pesos').
 */
export const MONEY =
  /(?:[$£€₦₹₺₽₩¥]|\brp\.?)\s?\d|\d[\d,.]*\s?k?\s?(?:[$£€₺₽₩¥]|(?:usd|usdt|dollars?|d0llars?|euros?|pounds?|reais|naira|btc|eth|bitcoin|tl|lira|rupiah|idr|jt|juta|rb|ribu|pesos?|mxn|brl|inr|rs|rupees?|zl|zloty|rubles?)\b)|\b\d+(?:[.,]\d+)?\s?k\b.{0,20}\b(?:profit|weekly|daily|monthly|returns?|payout)/u;
/** Earning 3+ digits (or "5k") per week, day or month: "make 8,500 a week", "ganhe 500 por dia". */
export const MONEY_RATE =
  /\b(?:make|made|making|earn|earned|earning|earns|gan(?:a|o|e|ar|ando)|ganh(?:a|o|e|ei|ar)|gagn(?:e|er|ez|ons)|verdien(?:e|t|en|st)|guadagn(?:o|a|i|are))\b.{0,20}?\d(?:[\d,.]{2,}|\s?k)\s?(?:[$£€]|usd|dollars?|euros?|reais)?\s?(?:a|an|per|every|each|por|par|pro|al|a|ao|am|la)\s(?:week|day|month|semana|dia|semaine|jour|mois|woche|tag|monat|settimana|giorno|mese)\b/u;

export const CRYPTO_ADDRESS = /\b0x[0-9a-f]{40}\b|\b(?:bc1|[13])[a-km-zp-z1-9]{25,39}\b/u;
export const PHONE = /\+\d[\d\s().-]{8,}\d/u;
export const HANDLE_TAG = /#[\p{L}\p{N}]*_[\p{L}\p{N}_]*/u;
/** Tested from the last "@" or "#" on (signals.ts): a handle, then nothing but emoji or punctuation. */
export const TRAILING_HANDLE =
  /^(?:@[\p{L}\p{N}._]+|#[\p{L}\p{N}]*_[\p{L}\p{N}_]*)[^\p{L}\p{N}@#]*$/u;
export const NAMES = /[@#][\p{L}\p{N}._]+/gu;
/** A character of an account name. */
export const NAME_CHAR = /[\p{L}\p{N}._]/u;
/** Just before a bare name, these mean it is part of a link or an address instead. */
export const NOT_BEFORE_NAME = /[@#/=?&%-]/u;
export const MENTIONS = /@[\p{L}\p{N}._]+/gu;
/** "_anna", "anna_", "anna__smith" (a trailing dot ends the sentence, not the name). */
export const PADDED = /^[@#]_|_\.*$|__/u;
