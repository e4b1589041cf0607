/**
 * Page text (bios, names, comments, captions) is hostile input. React renders it as text; these
 * helpers also keep it from reordering or swamping the panel: bidi controls are removed (the UI
 * isolates each piece of page text with <bdi>), control characters dropped, length capped.
 */

// Embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) and marks (U+200E, U+200F, U+061C).
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
// C0/C1 controls except tab and newline: they are the point of this pattern.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/** Default cap for one piece of page text in the panel. */
export const MAX_TEXT = 280;
/**
 * The cap on a sentence of our own (a reason, a flag): whole sentences show whole; the cap only
 * bounds the page text quoted inside one.
 */
export const OWN_SENTENCE = 1000;

/** Page text fit for the panel: no bidi or control characters, at most `max` characters (+ "…"). */
export function displayText(text: string | null | undefined, max = MAX_TEXT): string {
  if (!text) return '';
  const clean = text.replace(BIDI_CONTROLS, '').replace(CONTROLS, '').replace(/\s+/g, ' ').trim();
  return cutAtWord(clean, max);
}

/**
 * `text` with at most `max` characters and "…" when longer: cut after the last whole word when one
 * ends in the second half (a word is cut only when that would drop most of the text, e.g. inside one
 * long link), never inside a surrogate pair.
 */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  const space = text.slice(0, max + 1).search(/\s\S*$/);
  if (space >= Math.ceil(max / 2)) end = space;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return `${text.slice(0, end).trimEnd()}…`;
}

/**
 * An http(s) URL from page text (a bio link), normalised; null for anything else (javascript:,
 * data:, relative or malformed), so that no other scheme can ever become a link.
 */
export function httpUrl(text: string | null | undefined): string | null {
  if (!text) return null;
  const trimmed = text.trim();
  if (!/^https?:\/\//i.test(trimmed)) return null;
  try {
    const url = new URL(trimmed);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
