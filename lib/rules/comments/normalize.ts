/**
 * Comment text as the classifier sees it: HTML-like tags and the BOM gone (YouTube exports hold
 * `<br />` and `<a href>`; the href is kept as text because a link is a signal), entities decoded,
 * NFKC (fancy Unicode letters become plain ones), lower-case, accents folded, spaces collapsed.
 * The text is never rendered: this only shapes what the rules match.
 */

const entities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  '#39': "'",
};

/** Printable ASCII only: no tabs or newlines to collapse, nothing to fold. */
const ASCII = /^[\x20-\x7e]*$/;
/** Characters NFKC changes in ways that matter here: fullwidth, mathematical and enclosed letters, ligatures. */
const COMPAT =
  /[\u00a0\u00aa-\u00ba\u2000-\u215f\u2460-\u24ff\ufb00-\ufb4f\uff00-\uffef\u{1d400}-\u{1d7ff}\u{1f130}-\u{1f189}]/u;
/** Thai, Lao, Myanmar and Khmer: scripts written without spaces between words. */
const UNSPACED = /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]/;
/** Any character of COMPAT or UNSPACED. */
const COMPAT_OR_UNSPACED =
  /[\u00a0\u00aa-\u00ba\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u2000-\u215f\u2460-\u24ff\ufb00-\ufb4f\uff00-\uffef\u{1d400}-\u{1d7ff}\u{1f130}-\u{1f189}]/u;
/**
 * Letters with diacritics (precomposed Latin and Greek, or combining), and Arabic-script letters
 * carrying a hamza or madda (أ إ آ ئ ؤ), short-vowel marks or the stretching tatweel: people write
 * "أربح" and "اربح" (earn) alike, so both read as the bare letters.
 */
const ACCENTED =
  /[\u00c0-\u024f\u0386-\u03ce\u1e00-\u1eff\u0622-\u0626\u0640]|[\u0300-\u036f\u064b-\u065f]/;

/**
 * Letters that NFKC leaves as they are but spammers write words with: negative circled and
 * negative squared capitals, two or more in a row ("🅿🅻🅴🅰🆂🅴"; one alone is an emoji, 🅿️ for
 * parking), small capitals ("ꜰʀᴇᴇ ꜰᴏʟʟᴏᴡᴇʀꜱ"), and a digit in a keycap beside a letter
 * ("KYT4️⃣D"; "1️⃣" alone stays an emoji). Each becomes its plain letter or digit (an emoji
 * presentation selector after it goes too).
 */
const DRAWN_LETTERS =
  /(?:[\u{1f150}-\u{1f169}\u{1f170}-\u{1f189}]\ufe0f?){2,}|[\u1d00\u0299\u1d04\u1d05\u1d07\ua730\u0262\u029c\u026a\u1d0a\u1d0b\u029f\u1d0d\u0274\u1d0f\u1d18\ua7af\u0280\ua731\u1d1b\u1d1c\u1d20\u1d21\u028f\u1d22]|(?<=[a-z])[0-9]\ufe0f?\u20e3|[0-9]\ufe0f?\u20e3(?=[a-z])/giu;
/** A quick necessary condition for DRAWN_LETTERS: one character class, scanned fast. */
const DRAWN_TEST = /[\u20e3\u{1f150}-\u{1f189}\u1d00-\u1d22\u0262-\u029f\ua730\ua731\ua7af]/u;
const SMALL_CAPS: Record<string, string> = {
  '\u1d00': 'a',
  '\u0299': 'b',
  '\u1d04': 'c',
  '\u1d05': 'd',
  '\u1d07': 'e',
  '\ua730': 'f',
  '\u0262': 'g',
  '\u029c': 'h',
  '\u026a': 'i',
  '\u1d0a': 'j',
  '\u1d0b': 'k',
  '\u029f': 'l',
  '\u1d0d': 'm',
  '\u0274': 'n',
  '\u1d0f': 'o',
  '\u1d18': 'p',
  '\ua7af': 'q',
  '\u0280': 'r',
  '\ua731': 's',
  '\u1d1b': 't',
  '\u1d1c': 'u',
  '\u1d20': 'v',
  '\u1d21': 'w',
  '\u028f': 'y',
  '\u1d22': 'z',
};

function plainLetter(m: string): string {
  if (m.codePointAt(0)! < 0x1f150) return SMALL_CAPS[m] ?? m[0]!;
  let out = '';
  for (const ch of m) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0x1f150) out += String.fromCharCode(97 + ((cp - 0x1f150) % 32));
  }
  return out;
}

function collapse(s: string): string {
  return / {2}|[\t\n\r\f\v\u00a0\u2000-\u200b\u3000]/.test(s)
    ? s.replace(/\s+/g, ' ').trim()
    : s.trim();
}

/**
 * The same text as one sequential string. A trimmed or cut string can stay a view into the string
 * it came from (a page's JSON, a CSV file), and a joined one a pair of pieces; V8's character loops
 * read both about twice as slowly as a plain string, and once they have met them, read every string
 * more slowly. Joining an array builds a plain string.
 */
export function flat(s: string): string {
  return s.length < 13 ? s : [s[0]!, s.slice(1)].join('');
}

export function normalizeComment(raw: string): string {
  return flat(normalizedText(raw));
}

function normalizedText(raw: string): string {
  let s = raw;
  if (s.includes('<')) {
    s = s.replace(/<a\s[^>]*href="([^"]*)"[^>]*>/gi, ' $1 ').replace(/<\/?[a-z][^>]*>/gi, ' ');
  }
  if (s.includes('&')) {
    s = s.replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (m, e: string) => {
      const known = entities[e.toLowerCase()];
      if (known !== undefined) return known;
      if (e[0] === '#') {
        const code =
          e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : ' ';
      }
      return m;
    });
  }
  // A byte-order mark is an artefact of the export it came from (YouTube's CSVs end every comment
  // on one): gone first, so that such a comment in plain ASCII takes the quick path.
  if (s.includes('\uFEFF')) s = s.replace(/\uFEFF/g, '');
  if (ASCII.test(s)) {
    s = s.toLowerCase();
    if (s.includes('`')) s = s.replace(/`/g, "'");
    return s.includes('  ') ? s.replace(/ +/g, ' ').trim() : s.trim();
  }
  if (DRAWN_TEST.test(s)) s = s.replace(DRAWN_LETTERS, plainLetter);
  // One scan finds whether either of the two below may apply: most comments need neither.
  const compatOrUnspaced = COMPAT_OR_UNSPACED.test(s);
  if (compatOrUnspaced && COMPAT.test(s)) s = s.normalize('NFKC');
  s = s.toLowerCase();
  if (ACCENTED.test(s))
    s = s
      .normalize('NFD')
      .replace(/[\u0300-\u036f\u064b-\u065f]|\u0640/g, '')
      .normalize('NFC');
  if (compatOrUnspaced && UNSPACED.test(s)) s = spaceWords(s);
  return collapse(s.replace(/[’‘`´]/g, "'"));
}

let segmenter: Intl.Segmenter | null | undefined;

/**
 * A space between the words of a script written without them ("ปั๊มผู้ติดตามราคาถูก" → "ปั๊ม ผู้
 * ติดตาม ราคา ถูก"), as the browser's word breaker (its dictionaries) finds them, so that the model
 * reads words there as it does in every other script. Where the browser has no word breaker, the
 * text stays as written.
 */
function spaceWords(s: string): string {
  segmenter ??=
    typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('th', { granularity: 'word' }) : null;
  if (!segmenter) return s;
  let out = '';
  let last = '';
  for (const { segment } of segmenter.segment(s)) {
    if (last && UNSPACED.test(last) && UNSPACED.test(segment[0]!)) out += ' ';
    out += segment;
    last = segment[segment.length - 1]!;
  }
  return out;
}
