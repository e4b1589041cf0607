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

const ASCII = /^[\x20-\x7e]*$/;

export function normalizeComment(raw: string): string {
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
  if (ASCII.test(s)) return s.toLowerCase().replace(/\s+/g, ' ').trim();
  return s
    .replace(/\uFEFF/g, '')
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .replace(/[’‘`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}
