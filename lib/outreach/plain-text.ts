/**
 * Page text is hostile: captions, names and bios go into drafts and CSV cells as plain text only.
 * These helpers remove what can hide or reorder text (control characters, bidi overrides and
 * isolates, which can make "moc.evil" display as "evil.com") and cap lengths without splitting a
 * character in two.
 */

/** C0 and C1 controls except tab, line feed and carriage return (kept or folded by the callers). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/**
 * Bidi embeddings/overrides U+202A–U+202E, isolates U+2066–U+2069, and the invisible direction
 * marks U+200E, U+200F, U+061C (page text carries them inside numbers and names; a draft never
 * needs them). Also U+FEFF (byte-order mark / zero-width no-break space) and U+2028/U+2029.
 */
const BIDI_AND_INVISIBLE = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\uFEFF\u2028\u2029]/g;

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * V8's grapheme segmenter takes time in proportion to the whole string at every step, so a
 * 100,000-character string would take seconds: segment it a bounded chunk at a time instead, and
 * carry the last (possibly cut) cluster of each chunk into the next.
 */
const CHUNK = 1024;

function* segments(text: string): Generator<string> {
  let pos = 0;
  while (pos < text.length) {
    const end = pos + CHUNK;
    const parts = Array.from(segmenter.segment(text.slice(pos, end)), (s) => s.segment);
    const complete = end >= text.length || parts.length < 2 ? parts : parts.slice(0, -1);
    for (const part of complete) {
      pos += part.length;
      yield part;
    }
  }
}

export function graphemes(text: string): string[] {
  return Array.from(segments(text));
}

/** Cuts to at most `max` user-perceived characters, ending with "…" when it cut. */
export function capGraphemes(text: string, max: number): string {
  if (text.length <= max) return text;
  const kept: string[] = [];
  let count = 0;
  for (const part of segments(text)) {
    if (++count > max)
      return `${kept
        .slice(0, Math.max(0, max - 1))
        .join('')
        .trimEnd()}…`;
    kept.push(part);
  }
  return text;
}

/** Like `capGraphemes`, but cuts at a word boundary when one is near the end. */
export function capWords(text: string, max: number): string {
  const capped = capGraphemes(text, max);
  if (capped === text) return text;
  const body = capped.slice(0, -1);
  const space = body.lastIndexOf(' ');
  return space >= body.length * 0.6 ? `${body.slice(0, space).trimEnd()}…` : capped;
}

/**
 * Text for one line of a draft (a name, a caption excerpt): controls and bidi characters removed,
 * every run of whitespace (line breaks included) folded to one space, trimmed, capped.
 */
export function inlineText(value: string, max: number): string {
  const cleaned = value
    .normalize('NFC')
    .replace(BIDI_AND_INVISIBLE, '')
    // eslint-disable-next-line no-control-regex -- line and page breaks become spaces
    .replace(/[\t\n\r\u000B\u000C\u0085]+/g, ' ')
    .replace(CONTROLS, '')
    .replace(/\s+/g, ' ')
    .trim();
  return capGraphemes(cleaned, max);
}

/**
 * Text for a CSV cell or a multi-line field (notes): controls and bidi characters removed, line
 * breaks normalised to "\n", tabs kept (a leading one is neutralised by the CSV writer), capped.
 */
export function blockText(value: string, max: number): string {
  const cleaned = value
    .normalize('NFC')
    .replace(BIDI_AND_INVISIBLE, '')
    .replace(/\r\n?/g, '\n')
    .replace(CONTROLS, '');
  return capGraphemes(cleaned, max);
}
