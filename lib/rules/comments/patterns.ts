/**
 * Regular expressions of the comment signals (signals.ts), on normalised text: lower-case, accents
 * folded (normalize.ts). Where a pattern has words, it carries them in the six languages of
 * phrases/ (en, es, fr, pt, de, it).
 */

export const SMILEY = /:\)|:d\b|;\)|:-\)|\^_\^/u;
export const URL_START = /https?:\/\/|www\./u;

const TLD =
  'com|net|org|io|ly|me|co|info|biz|xyz|site|online|shop|store|finance|app|gg|tv|link|click|ru|cc|pro|club|top|vip|life|live|fun|world|space|today|money|exchange|tech|ai|website|network|digital|global';
export const DOMAIN = new RegExp(`[a-z0-9-]\\.(?:${TLD})(?![a-z0-9])`, 'u');
export const LINKS = new RegExp(
  `(?:https?:\\/\\/|www\\.)\\S+|[a-z0-9-]+\\.(?:${TLD})(?![a-z0-9])\\S*`,
  'gu',
);
/**
 * A domain written with spaces to get past link filters ("site . com/x", "site. com" at the end).
 * "com" must end the text or be followed by "/" or punctuation: Portuguese "com" is a word.
 */
export const SPACED_DOMAIN = /[a-z0-9-]{3,} ?\. ?com(?:\/|\s*$|[^\p{L}\p{N}\s])/u;
export const YOUTUBE = /(?:^|[/.])(?:youtu\.be|youtube\.com)(?![a-z0-9])/u;

export const MONEY =
  /[$£€₦₹]\s?\d|\d[\d,.]*\s?k?\s?(?:[$£€]|(?:usd|usdt|dollars?|d0llars?|euros?|pounds?|reais|naira|btc|eth|bitcoin)\b)|\b\d+(?:[.,]\d+)?\s?k\b.{0,20}\b(?:profit|weekly|daily|monthly|returns?|payout)/u;
/** Earning 3+ digits (or "5k") per week, day or month: "make 8,500 a week", "ganhe 500 por dia". */
export const MONEY_RATE =
  /\b(?:make|made|making|earn|earned|earning|earns|gan(?:a|o|e|ar|ando)|ganh(?:a|o|e|ei|ar)|gagn(?:e|er|ez|ons)|verdien(?:e|t|en|st)|guadagn(?:o|a|i|are))\b.{0,20}?\d(?:[\d,.]{2,}|\s?k)\s?(?:[$£€]|usd|dollars?|euros?|reais)?\s?(?:a|an|per|every|each|por|par|pro|al|a|ao|am|la)\s(?:week|day|month|semana|dia|semaine|jour|mois|woche|tag|monat|settimana|giorno|mese)\b/u;

export const REDIRECT =
  /\b(?:invest(?:ed|ing|ment)?|trad(?:e|ed|ing)|thanks? (?:to|you)|contact(?:ed)?|reach(?:ed)? out to|reach|message|dm|text|write to|inbox|mentor(?:ed)?|coach(?:ed)?|recommend|manager|with|via|gracias a|gracas a|grace a|grazie a|dank)\s+(?:@|#_)|#[\p{L}\p{N}]*_{2,}|#_+[\p{L}\p{N}]/u;
/** Tells readers to write to another account: "dm @x", "contact @x", "escribele a @x". */
export const CONTACT_REDIRECT =
  /\b(?:dm|contact|message|text|write to|inbox|reach out to|hit up|escribele a|escribe a|contacta a|contactala|contactalo|ecrivez a|ecris a|contactez|fale com|chama|chame|kontaktiere|kontaktiert|schreib|schreibt|scrivi a|scrivete a|contatta|contattate)\s+@/u;

export const CRYPTO_ADDRESS = /\b0x[0-9a-f]{40}\b|\b(?:bc1|[13])[a-km-zp-z1-9]{25,39}\b/u;
export const PHONE = /\+\d[\d\s().-]{8,}\d/u;
/**
 * Asks for subscribers, views or a listen: "help me reach 100 subscribers", "please become my first
 * subscriber", "like and subscribe", "i'm a rapper", "i made a gaming channel", "i did a cover".
 */
export const SELF_PROMO =
  /\b(?:get|reach|hit|gain)\b.{0,40}\bsubscri|\blike and sub(?:scri\w*)?\b|\bsubscri\w* (?:please|pls|plz)\b|\b(?:please|pls|plz) subscri|\b(?:my first|be my|become my) subscriber|\bi'?m an? (?:\d+ ?(?:yr|year)s? old )?(?:rapper|singer|producer|music producer|youtuber|artist)\b|\bi (?:just )?(?:made|started|created|opened) (?:a|my) (?:new )?(?:\w+ )?(?:channel|page)\b|\b(?:did|made|recorded) (?:a|some) covers?\b|(?<!\b(?:will|'ll|to|gonna|must|should|i|and|definitely)\s)\bcheck (?:it|'em|them) out\b/u;
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
/** Hashtags used as a trader's name: "#erminiafx", "#annafxt", "#tradewithanna", "#buildwealthwithmilly". */
export const FX_TAG = /^#\p{L}+fxt?$|^#\p{L}+with\p{L}+$/u;
/** "_anna", "anna_", "anna__smith" (a trailing dot ends the sentence, not the name). */
export const PADDED = /^[@#]_|_\.*$|__/u;

const SMALL_NUMBER =
  '\\(?\\d+\\)?|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred|dos|tres|cinco|diez|veinte|deux|trois|cinq|dix|vingt|duas|dez|vinte|zwei|drei|funf|zehn|zwanzig|due|tre|dieci|venti';
/** A fake giveaway: "the first 10 people", "las primeras 10 personas", "die ersten zehn Leute". */
export const FIRST_N_PEOPLE = new RegExp(
  `\\bfirst (?:${SMALL_NUMBER}) (?:people|persons|ones)\\b|\\b(?:primeras?|primeros|premieres?|primeiras?|primeiros|ersten|prime|primi) (?:${SMALL_NUMBER}) (?:personas|personnes|pessoas|personen|leute|persone)\\b|\\b(?:${SMALL_NUMBER}) (?:premieres|primeras|primeiras) (?:personas|personnes|pessoas)\\b`,
  'u',
);
export const FINANCE_NAME =
  /trad(?:e|es|er|ers|ing)|invest|profit|earn|crypto|forex|fx(?![a-z])|btc|bitcoin|wealth|money|financ|capital|coach|mining|miner|recover|hack|cyber|signal|option|broker|fund|asset|income|rich(?!ard|ie|mond)|cash/u;

/** "20k", "5 k": an amount without a currency. */
export const K_AMOUNT = /\d\s?k\b/u;
/** An amount worth boasting about: 1,000 or more with a currency, "20k", "2 btc" ("i made $200 selling my clothes" is not a scam). */
const AMOUNT =
  '[$£€₦₹]\\s?\\d[\\d,.]{3,}|[$£€]\\s?\\d+(?:[.,]\\d+)?\\s?k\\b|\\d[\\d,.]{3,}\\s?(?:\\$|£|€|usd|usdt|dollars?|euros?|pounds?|reais)|\\b\\d+(?:[.,]\\d+)?\\s?k\\b|\\b\\d+(?:[.,]\\d+)?\\s?btc\\b';
/**
 * A first-person earnings claim, the testimonial of investment scams (domain.md: "I made $5000
 * thanks to @…"): "i made $23k", "i got my payment of $80,000", "gané 5000 €", "ho guadagnato 3k".
 */
export const EARNINGS_CLAIM = new RegExp(
  `\\b(?:(?:i|we)(?:'ve| have| just)? (?:made|earned|received|got|withdrew|withdrawn|cashed out|gained|invested|deposited)|gane|he ganado|recibi|retire|inverti|(?:j'ai|nous avons) (?:gagne|recu|retire|investi)|ganhei|recebi|saquei|lucrei|investi|ho (?:guadagnato|ricevuto|prelevato|investito))\\b.{0,25}?(?:${AMOUNT})|\\bich (?:habe|hab)\\b.{0,25}?(?:${AMOUNT}).{0,20}?\\b(?:verdient|erhalten|ausgezahlt|investiert|bekommen|gewonnen)\\b`,
  'u',
);

/**
 * A payment address given out: a payment service and an account number or $cashtag ("binance pay id
 * 379131372", "cash app $anna").
 */
export const PAYMENT_SERVICE = /\b(?:pay id|cash ?app|paypal|venmo|zelle|gcash|pix|bizum|iban)\b/u;
export const PAYMENT_ACCOUNT = /\d{6,}|\$[a-z]/u;
/** Asking for help or a donation, in the six languages. */
export const PLEA =
  /\b(?:help|donate|donation|ayuda|ayudame|donacion|ajuda|ajudem|doacao|aidez|hilfe|helft|spende|spenden|aiuto|aiutatemi|donazione)\b/u;
