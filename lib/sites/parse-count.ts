/**
 * One parser for every displayed count: "1.2M", "1,2 Mio.", "12,3 k", "1 234", "104 mila",
 * "12,3万", "1,2 млн", "2.362", "14.1m", "elfu 1.2". Counts are integers, so a lone separator
 * followed by exactly three digits is a thousands grouping in any locale; with a word or
 * abbreviation ("1.2K") the separator is a decimal mark and the value is rounded (`exact` false).
 * Text that is not one count (words around it, a fraction without a unit, a sign) gives null.
 */

export interface ParsedCount {
  value: number | null;
  exact: boolean;
}

/**
 * Magnitude words and abbreviations per language, as Instagram/TikTok and CLDR (Intl compact
 * short and long, Node 20 ICU) display them. Format: `form|form:exponent …`, lower case, no
 * trailing dot. Keys are BCP 47 tags in lower case; a tag falls back to its primary language.
 */
export const MAGNITUDE_WORDS: Readonly<Record<string, string>> = {
  af: 'duisend|k:3 m|miljoen:6 miljard|mjd:9 biljoen|bn:12',
  am: 'ሺ:3 ሚ|ሚሊዮን:6 ቢ|ቢሊዮን:9 ት|ትሪሊዮን:12',
  ar: 'آلاف|ألف:3 ملايين|مليون:6 مليار:9 ترليون:12',
  az: 'k|min:3 milyon|mln:6 milyard|mlrd:9 trilyon|trln:12',
  be: 'тыс|тысяч|тысяча|тысячы:3 млн|мільён|мільёна|мільёнаў|мільёны:6 млрд|мільярд|мільярда|мільярдаў|мільярды:9 трлн|трыльён|трыльёна|трыльёнаў|трыльёны:12',
  bg: 'хил|хиляди:3 милион|милиона|млн:6 милиард|милиарда|млрд:9 трилион|трилиона|трлн:12',
  bs: 'hilj|hiljada|hiljade:3 mil|milion|miliona:6 milijarda|milijarde|milijardi|mlrd:9 bil|bilion|biliona:12',
  ca: 'k|miler|milers:3 m|milions|milió:6 km|miler de milions|milers de milions:9 b|bilions|bilió:12',
  cs: 'tis|tisíc|tisíce:3 mil|milion|milionu|miliony|milionů:6 miliard|miliarda|miliardy|mld:9 bil|bilion|bilionu|biliony|bilionů:12',
  cy: 'k|mil:3 m|miliwn:6 b|biliwn:9 t|triliwn:12',
  da: 't|tusind:3 million|millioner|mio:6 mia|milliard|milliarder:9 billion|billioner|bio:12',
  de: 'tausend|tsd:3 million|millionen|mio:6 milliarde|milliarden|mrd:9 billion|billionen|bio:12',
  el: 'χιλ|χιλιάδα|χιλιάδες:3 εκ|εκατομμύρια|εκατομμύριο:6 δισ|δισεκατομμύρια|δισεκατομμύριο:9 τρισ|τρισεκατομμύρια|τρισεκατομμύριο:12',
  en: 'k|thousand:3 l|lakh:5 m|million:6 cr|crore:7 b|billion|bn:9 kcr:10 t|tn|trillion|lakh crore|lcr:12',
  es: 'k|mil:3 m|millones|millón:6 mil millones|mil m:9 b|billones|billón:12',
  et: 'tuh|tuhat:3 miljon|miljonit|mln:6 miljard|miljardit|mld:9 triljon|triljonit|trln:12',
  eu: 'm|milioi:6 b|bilioi:12',
  fa: 'هزار:3 میلیون:6 میلیارد:9 تریلیون|هزارمیلیارد:12',
  fi: 't|tuhat|tuhatta:3 milj|miljoona|miljoonaa:6 miljardi|miljardia|mrd:9 bilj|biljoona|biljoonaa:12',
  fil: 'k|libo:3 m|milyon:6 b|bilyon:9 t|trilyon:12',
  fr: 'k|mille|millier|milliers:3 m|million|millions:6 g|md|milliard|milliards:9 billion|billions|bn:12',
  'fr-ca':
    'k|mille|millier|milliers:3 m|million|millions:6 g|md|milliard|milliards:9 t|billion|billions:12',
  ga: 'k|mhíle|míle:3 m|mhilliún|milliún:6 b|bhilliún|billiún|mbilliún:9 dtrilliún|t|thrilliún|trilliún:12',
  gl: 'k|mil:3 m|millón|millóns:6 b|billón|billóns:12',
  gu: 'હજાર:3 લાખ:5 કરોડ:7 અબજ:9 નિખર્વ:11 મહાપદ્મ:12',
  he: 'k|אלף:3 m|מיליון:6 b|מיליארד:9 t|טריליון:12',
  hi: 'हज़ार|हजार:3 लाख:5 करोड़|क॰:7 अरब|अ॰:9 खरब|ख॰:11',
  hr: 'tis|tisuća|tisuće:3 mil|milijun|milijuna:6 milijarda|milijarde|milijardi|mlr:9 bil|bilijun|bilijuna:12',
  hu: 'e|ezer:3 m|millió:6 milliárd|mrd:9 b|billió:12',
  hy: 'հազար|հզր:3 միլիոն|մլն:6 միլիարդ|մլրդ:9 տրիլիոն|տրլն:12',
  id: 'rb|ribu:3 jt|juta:6 m|miliar:9 t|triliun:12',
  is: 'þ|þúsund:3 m|milljón|milljónir:6 ma|milljarðar|milljarður:9 billjón|billjónir|bn:12',
  it: 'k|mila|mille:3 milione|milioni|mln:6 miliardi|miliardo|mld:9 bln|mila miliardi|mille miliardi:12',
  ja: '千:3 万|萬:4 億:8 兆:12',
  ka: 'ათ|ათასი:3 მილიონი|მლნ:6 მილიარდი|მლრ|მლრდ:9 ტრილიონი|ტრლ:12',
  kk: 'м|мың:3 миллион|млн:6 миллиард|млрд:9 триллион|трлн:12',
  km: 'ពាន់:3 លាន:6 ប៊ីលាន:9 ទ្រីលាន:12',
  ko: '천:3 만:4 억:8 조:12',
  lo: 'ພັນ:3 ແສນ:5 ລ້ານ:6 ຕື້:9 ລລ|ລ້ານລ້ານ:12',
  lt: 'tūkst|tūkstantis|tūkstančiai|tūkstančio|tūkstančių:3 milijonai|milijonas|milijono|milijonų|mln:6 milijardai|milijardas|milijardo|milijardų|mlrd:9 trilijonai|trilijonas|trilijono|trilijonų|trln:12',
  lv: 'tūkst|tūkstotis|tūkstoši:3 milj|miljoni|miljons:6 miljardi|miljards|mljrd:9 trilj|triljoni|triljons:12',
  mn: 'мян|мянга:3 сая:6 т|тэрбум:9 ин|их наяд:12',
  mr: 'ह|हजार:3 लाख:5 कोटी:7 अब्ज:9 खर्व:11',
  ms: 'k|ribu:3 j|juta:6 b|bilion:9 t|trilion:12',
  nb: 'k|tusen:3 mill|million|millioner:6 milliard|milliarder|mrd:9 bill|billion|billioner:12',
  nl: 'duizend|k:3 miljoen|mln:6 miljard|mld:9 biljoen|bln:12',
  pa: 'ਹਜ਼ਾਰ:3 ਲੱਖ:5 ਕਰੋੜ:7 ਅਰਬ:9 ਖਰਬ:11',
  pl: 'tys|tysiąc|tysiąca|tysiące|tysięcy:3 milion|miliona|miliony|milionów|mln:6 miliard|miliarda|miliardy|miliardów|mld:9 bilion|biliona|biliony|bilionów|bln:12',
  pt: 'k|mil:3 m|mi|milhão|milhões:6 bi|bilhão|bilhões:9 tri|trilhão|trilhões:12',
  'pt-pt': 'k|mil:3 m|milhão|milhões:6 mil milhões|mm:9 bi|bilião|biliões:12',
  ro: 'de mii|k|mie|mii:3 de milioane|mil|milioane|milion:6 de miliarde|miliard|miliarde|mld:9 de trilioane|tril|trilioane|trilion:12',
  ru: 'тыс|тысяч|тысяча|тысячи:3 миллион|миллиона|миллионов|млн:6 миллиард|миллиарда|миллиардов|млрд:9 триллион|триллиона|триллионов|трлн:12',
  sk: 'tis|tisíc|tisíca|tisíce:3 mil|milión|milióna|miliónov|milióny:6 miliarda|miliardy|miliárd|mld:9 bil|bilión|bilióna|biliónov|bilióny:12',
  sl: 'tis|tisoč:3 milijon|milijona|milijoni|milijonov|mio:6 milijard|milijarda|milijarde|milijardi|mrd:9 bil|bilijon|bilijona|bilijoni|bilijonov:12',
  sq: 'mijë:3 milion|mln:6 miliard|mld:9 bilion|bln:12',
  sr: 'хиљ|хиљада|хиљаде:3 мил|милион|милиона:6 милијарда|милијарде|милијарди|млрд:9 бил|билион|билиона:12',
  sv: 'tn|tusen:3 miljon|miljoner|mn:6 md|miljard|miljarder:9 biljon|biljoner|bn:12',
  sw: 'elfu|k:3 m|milioni:6 b|bilioni:9 t|trilioni:12',
  ta: 'ஆ|ஆயிரம்:3 மி|மில்லியன்:6 பி|பில்லியன்:9 டி|டிரில்லியன்:12',
  th: 'k|พัน:3 หมื่น:4 แสน:5 m|ล้าน:6 b|พันล้าน:9 หมื่นล้าน:10 แสนล้าน:11 t|ล้านล้าน:12',
  tr: 'b|bin:3 milyon|mn:6 milyar|mr:9 tn|trilyon:12',
  uk: 'тис|тисяч|тисяча|тисячі:3 млн|мільйон|мільйона|мільйони|мільйонів:6 млрд|мільярд|мільярда|мільярди|мільярдів:9 трильйон|трильйона|трильйони|трильйонів|трлн:12',
  ur: 'ہزار:3 لاکھ:5 کروڑ:7 ارب:9 کھرب:11 ٹریلین:12',
  uz: 'ming:3 million|mln:6 milliard|mlrd:9 trillion|trln:12',
  vi: 'n|nghìn|ngàn:3 tr|triệu:6 t|tỷ:9 nghìn tỷ|nt:12',
  zh: '千:3 万|萬:4 亿|億:8 万亿|兆:12',
  zu: 'inkulungwane|k:3 isigidi|m:6 b|isigidi sezigidi:9 isigidintathu|t:12',
};

type WordTable = ReadonlyMap<string, number>;

function parseWords(spec: string): Map<string, number> {
  const table = new Map<string, number>();
  for (const group of spec.split(/(?<=:\d+) /)) {
    const colon = group.lastIndexOf(':');
    const exponent = Number(group.slice(colon + 1));
    for (const form of group.slice(0, colon).split('|')) table.set(form, exponent);
  }
  return table;
}

const byLanguage = new Map<string, WordTable>(
  Object.entries(MAGNITUDE_WORDS).map(([tag, spec]) => [tag, parseWords(spec)]),
);

/** Without a language: English first, then every form that means the same in all languages. */
const fallback: WordTable = (() => {
  const table = new Map(byLanguage.get('en'));
  const ambiguous = new Set<string>();
  for (const [tag, words] of byLanguage) {
    if (tag === 'en') continue;
    for (const [form, exponent] of words) {
      if (byLanguage.get('en')!.has(form)) continue;
      const known = table.get(form);
      if (known === undefined && !ambiguous.has(form)) table.set(form, exponent);
      else if (known !== undefined && known !== exponent) {
        table.delete(form);
        ambiguous.add(form);
      }
    }
  }
  return table;
})();

function normalizeTag(lang: string | undefined): string | null {
  if (!lang) return null;
  const tag = lang.trim().toLowerCase().replace(/_/g, '-');
  return tag || null;
}

function wordsFor(tag: string | null): WordTable | null {
  if (!tag) return null;
  const parts = tag.split('-');
  return (
    byLanguage.get(tag) ??
    byLanguage.get(`${parts[0]}-${parts.at(-1)}`) ??
    byLanguage.get(parts[0]!) ??
    null
  );
}

/** A known language: its own words, then English ("1.2K" on a German page). Else every unambiguous form. */
function exponentOf(word: string, tag: string | null): number | undefined {
  const own = wordsFor(tag);
  return own ? (own.get(word) ?? byLanguage.get('en')!.get(word)) : fallback.get(word);
}

const groupSeparators = new Map<string, string | null>();

/** The locale's thousands separator per Intl ('.' for de, ',' for en), null when unknown. */
function groupSeparatorOf(tag: string | null): string | null {
  if (!tag) return null;
  if (!groupSeparators.has(tag)) {
    let separator: string | null = null;
    try {
      const part = new Intl.NumberFormat(tag)
        .formatToParts(1234567)
        .find((p) => p.type === 'group');
      separator = part ? normalizeSpaces(part.value) : null;
    } catch {
      separator = null;
    }
    groupSeparators.set(tag, separator);
  }
  return groupSeparators.get(tag)!;
}

/** Zero code points of the decimal digit blocks Instagram and TikTok use (Arabic, Persian, Indic, Thai, Myanmar, full width). */
const DIGIT_ZEROS = [
  0x660, 0x6f0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xe50, 0xed0, 0x1040,
  0x17e0, 0xff10,
];

function asciiDigit(char: string): string {
  const code = char.codePointAt(0)!;
  for (const zero of DIGIT_ZEROS) if (code >= zero && code < zero + 10) return String(code - zero);
  return char;
}

function normalizeSpaces(text: string): string {
  return text.replace(/[\u00a0\u2007\u2009\u202f\s]+/g, ' ');
}

/** Bidi marks and zero-width characters that pages put inside numbers. */
const INVISIBLE = /[\u200b-\u200f\u061c\u202a-\u202e\u2066-\u2069\ufeff\u00ad]/g;

function normalize(text: string): string {
  return normalizeSpaces(text.replace(INVISIBLE, ''))
    .replace(
      /[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\u0a66-\u0a6f\u0ae6-\u0aef\u0b66-\u0b6f\u0be6-\u0bef\u0c66-\u0c6f\u0ce6-\u0cef\u0d66-\u0d6f\u0e50-\u0e59\u0ed0-\u0ed9\u1040-\u1049\u17e0-\u17e9\uff10-\uff19]/g,
      asciiDigit,
    )
    .replace(/\u066b/g, '٫')
    .trim();
}

const NUMBER = /^(.*?)(\d(?:[\d.,'’٫٬ ]*\d)?)(.*)$/s;
const GROUP_CHARS = new Set([' ', "'", '’', '٬']);
const INVALID: ParsedCount = { value: null, exact: false };

interface Digits {
  integer: string;
  fraction: string;
}

/** Splits "1.234,5" into integer and fraction digits; null when the grouping is not a real one. */
function splitNumber(
  number: string,
  hasWord: boolean,
  tag: string | null,
): Digits | null | 'ambiguous' {
  const separators = [...number].filter((c) => !/\d/.test(c));
  if (separators.length === 0) return { integer: number, fraction: '' };
  const last = separators.at(-1)!;
  let decimal: string | null = null;
  if (last === '٫') decimal = last;
  else if (!GROUP_CHARS.has(last)) {
    const count = separators.filter((c) => c === last).length;
    const differentBefore = separators.some((c) => c !== last);
    if (count === 1 && differentBefore) decimal = last;
    else if (count === 1) {
      const after = number.length - number.lastIndexOf(last) - 1;
      if (after !== 3 || (hasWord && groupSeparatorOf(tag) !== last)) {
        if (after === 3 && hasWord && !tag) return 'ambiguous';
        decimal = last;
      }
    }
  }
  const cut = decimal ? number.lastIndexOf(decimal) : number.length;
  const integerPart = number.slice(0, cut);
  const fraction = number.slice(cut + 1);
  if (/\D/.test(fraction)) return null;
  const groups = integerPart.split(/[^\d]/);
  if (groups.length > 1) {
    const groupChars = new Set(integerPart.replace(/\d/g, ''));
    if (groupChars.size > 1 || groupChars.has(decimal ?? '')) return null;
    if (!isGrouping(groups)) return null;
  }
  return { integer: groups.join(''), fraction };
}

/** 1,234,567 (groups of three) or 12,34,567 (Indian: pairs, then three). */
function isGrouping(groups: string[]): boolean {
  const [first, ...rest] = groups;
  if (!first || first.length > 3 || rest.at(-1)?.length !== 3) return false;
  const middle = rest.slice(0, -1);
  return middle.every((g) => g.length === 3) || middle.every((g) => g.length === 2);
}

export function parseCount(text: string, lang?: string): ParsedCount {
  if (typeof text !== 'string' || text.length > 80) return INVALID;
  const match = NUMBER.exec(normalize(text));
  if (!match) return INVALID;
  const [, before = '', number = '', after = ''] = match;
  const prefix = before.trim();
  const suffix = after.trim();
  if (prefix && suffix) return INVALID;
  const word = (prefix || suffix).toLowerCase().replace(/\.$/, '');
  const tag = normalizeTag(lang);
  const exponent = word ? exponentOf(word, tag) : 0;
  if (exponent === undefined) return INVALID;

  const digits = splitNumber(number, word !== '', tag);
  if (digits === null || digits === 'ambiguous') return INVALID;
  const { integer, fraction } = digits;
  if (exponent === 0 && /[1-9]/.test(fraction)) return INVALID;
  const shift = exponent - fraction.length;
  const mantissa = Number(integer + fraction);
  const value = shift >= 0 ? mantissa * 10 ** shift : Math.round(mantissa / 10 ** -shift);
  if (!Number.isSafeInteger(value)) return INVALID;
  return { value, exact: exponent === 0 };
}
