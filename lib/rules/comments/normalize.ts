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
/** Letters with diacritics (precomposed or combining). */
const ACCENTED = /[\u00c0-\u024f\u1e00-\u1eff]|[\u0300-\u036f]/;

function collapse(s: string): string {
  return s.includes('  ') || /[\t\n\r\f\v\u00a0\u2000-\u200b\u3000]/.test(s)
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
  if (ASCII.test(s)) {
    s = s.toLowerCase();
    return s.includes('  ') ? s.replace(/ +/g, ' ').trim() : s.trim();
  }
  if (s.includes('\uFEFF')) s = s.replace(/\uFEFF/g, '');
  if (COMPAT.test(s)) s = s.normalize('NFKC');
  s = s.toLowerCase();
  if (ACCENTED.test(s))
    s = s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .normalize('NFC');
  return collapse(s.replace(/[’‘`´]/g, "'"));
}
