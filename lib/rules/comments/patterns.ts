/**
 * Regular expressions of the structural comment signals (signals.ts), on normalised text:
 * lower-case, accents folded (normalize.ts). Shapes (links, amounts, addresses, handles), not wording.
 */

export const SMILEY = /:\)|:d\b|;\)|:-\)|\^_\^/u;
export const URL_START = /https?:\/\/|www\./u;

/**
 * Top-level domains that are no word in the languages the extension reads: the generic ones, the
 * free and cheap ones spammers register by the thousand, the shorteners' ("bit.ly", "rb.gy", "is.gd").
 */
export const NO_WORD_TLD =
  'com|org|xyz|ly|cc|ru|tk|ml|cf|gq|pw|icu|cn|gy|gd|cyou|sbs|cfd|uk|ws|mobi';
/**
 * Top-level domains that make a link wherever they stand after a dot glued to a name ("oldchat.tk",
 * "visit.oldchat.tk", "here:bit.ly/x", "deposit at ethstake.finance and"): NO_WORD_TLD and the
 * generic ones that rarely start a sentence.
 */
export const CODE_TLD = `${NO_WORD_TLD}|co|net|info|finance|network|digital|global|exchange|website|site|online|tech|ai|app|club|vip|shop|store|link|click|fun|cam|fyi|buzz`;
/**
 * Top-level domains that are also words a sentence starts with (English "top", "live", "me",
 * "today", Italian "io", Turkish "biz", Spanish "su"): a full stop without its space before such a
 * word starts a sentence ("it was great.top quality"), so they make a link only in the shape of one
 * (WORD_DOMAIN). Words that end sentences on their own ("haha.lol", "ez.gg") or that Indonesian
 * writes after a full stop ("mantap.ga nyesel", "sama2.in aja") are no top-level domain here: with a
 * path they are still a link (PATH_DOMAIN, "discord.gg/x").
 */
export const WORD_TLD =
  'me|top|live|life|one|win|best|sale|today|money|world|space|page|bio|pro|bet|io|biz|su|tv|id';
const TLD = `${CODE_TLD}|${WORD_TLD}`;
export const DOMAIN = new RegExp(`[a-z0-9-]\\.(?:${CODE_TLD})(?![a-z0-9])`, 'u');
/** WORD_TLD read just after a dot (signals.ts, wordDomain). */
export const WORD_TLD_AT = new RegExp(`(?:${WORD_TLD})(?![a-z0-9])`, 'y');
/** Nothing but sentence punctuation to the end of the text. */
export const PUNCTUATION_END = /[.,!?'"]*$/y;
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
 * After a full stop with a space beside it, a top-level domain that is no word (NO_WORD_TLD: not
 * "co", "fun", "shop", which follow a full stop as words): "site . com/x" or
 * "site. xyz" at the end, written with spaces to get past link filters (signals.ts, spacedDomain).
 * The domain must end the text or be followed by "/", or by punctuation or an emoji (spaced or
 * not: "r0bux-gen . xyz 🎮"), never by a word: Portuguese "com" is a word ("fui . com ela").
 */
export const SPACED_TLD = new RegExp(
  ` ?(?:${NO_WORD_TLD})(?:\\/|\\s*(?:$|[^\\p{L}\\p{N}\\s]))`,
  'uy',
);
export const YOUTUBE = /(?:^|[/.])(?:youtu\.be|youtube\.com)(?![a-z0-9])/u;

/**
 * An amount of money: a currency sign before or after digits, or a currency word after them, in
 * the currencies of the languages the extension reads ('49 tl', '35jt', 'rp 150.000', '3000 pesos',
 * 'rm50', '500 kr', '5000 руб', '200 درهم'; lei after two digits at least, '300 de lei': Italian
 * 'lei' is "she").
 */
export const MONEY =
  /(?:[$£€₦₹₺₽₩¥₫฿₱₨₴₸₵]|\brp\.?|\brm)\s?\d|\d[\d,.]*\s?k?\s?(?:[$£€₺₽₩¥₫฿₱]|บาท|万|円|元|हजार|हज़ार|लाख|करोड़|ہزار|لاکھ|کروڑ|روپے|руб|грн|гривен|ريال|درهم|جنيه|دينار|zł|(?:baht|thb|vnd|usd|usdt|dollars?|d0llars?|euros?|pounds?|reais|naira|btc|eth|bitcoin|tl|lira|rupiah|idr|jt|juta|rb|ribu|pesos?|php|mxn|brl|inr|pkr|rs|rupees?|lakhs?|lacs?|crores?|hazar|hazaar|zl|zloty|rubles?|ron|kr|kronor|kroner|sek|nok|dkk|kc|czk|huf|forint|uah|myr|ringgit|aed|dirhams?|riyals?|egp|dinars?|ksh|kes|shillings?|cedis?|ghs|rand|zar|soles)\b)|\d\d\s?(?:de\s)?lei\b|\b\d+(?:[.,]\d+)?\s?k\b.{0,20}\b(?:profit|weekly|daily|monthly|returns?|payout)/u;
/** Earning 3+ digits (or "5k") per week, day or month: "make 8,500 a week", "ganhe 500 por dia". */
export const MONEY_RATE =
  /\b(?:make|made|making|earn|earned|earning|earns|gan(?:a|o|e|ar|ando)|ganh(?:a|o|e|ei|ar)|gagn(?:e|er|ez|ons)|verdien(?:e|t|en|st)|guadagn(?:o|a|i|are))\b.{0,20}?\d(?:[\d,.]{2,}|\s?k)\s?(?:[$£€]|usd|dollars?|euros?|reais)?\s?(?:a|an|per|every|each|por|par|pro|al|a|ao|am|la)\s(?:week|day|month|semana|dia|semaine|jour|mois|woche|tag|monat|settimana|giorno|mese)\b/u;

/** A run of digits (siteName in signals.ts looks at the letters around each). */
export const DIGIT_RUN = /\d+/g;
/** What may not stand just before a site's name: a handle's or an address's marks. */
export const NOT_BEFORE_SITE = /[\p{N}@#._]/u;
export const LETTER = /\p{L}/u;

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
