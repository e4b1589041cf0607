/** Small text helpers for site readers. Everything here returns plain strings, never HTML. */

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

const ENTITY = /&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]+);/gi;

function decodeOnce(text: string): string {
  return text.replace(ENTITY, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
        ? String.fromCodePoint(code)
        : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * Decodes character references left in text that was already taken from the DOM: Instagram's
 * meta descriptions are escaped twice ("&amp;quot;" arrives as "&quot;"). Decodes at most three
 * times; the result is text, to be shown with textContent, never as HTML.
 */
export function decodeEntities(text: string): string {
  let current = text;
  for (let i = 0; i < 3 && current.includes('&'); i++) {
    const next = decodeOnce(current);
    if (next === current) break;
    current = next;
  }
  return current;
}

/** Bidi controls and byte-order marks; zero-width joiners stay (they hold emoji together). */
const BIDI_CONTROLS = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\ufeff]/g;
const ODD_SPACES = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;

/** Removes bidi marks, turns no-break and other odd spaces into plain ones, trims. */
export function cleanText(text: string): string {
  return text.replace(BIDI_CONTROLS, '').replace(ODD_SPACES, ' ').trim();
}

/** Like cleanText, and folds all runs of whitespace (line breaks too) into one space. */
export function cleanLine(text: string): string {
  return cleanText(text).replace(/\s+/g, ' ');
}

/** Hashtags written in a text, without "#", in order of first use, each once (case-insensitive). */
export function extractHashtags(text: string): string[] {
  const found = new Map<string, string>();
  for (const match of text.matchAll(/(?<![\p{L}\p{N}_&/])#([\p{L}\p{M}\p{N}_]+)/gu)) {
    const tag = match[1]!;
    if (/^\d+$/.test(tag)) continue;
    const key = tag.toLowerCase();
    if (!found.has(key)) found.set(key, tag);
  }
  return [...found.values()];
}

/** @handles written in a text, lower case, without "@", each once. Instagram/TikTok handle charset. */
export function extractMentions(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(/(?<![\p{L}\p{N}_.@])@([a-z0-9._]{1,30})/giu)) {
    const handle = match[1]!.replace(/\.+$/, '').toLowerCase();
    if (handle && !/^\.+$/.test(handle)) found.add(handle);
  }
  return [...found];
}

/** Zero-width space, word joiner, invisible operators, soft hyphen, Mongolian vowel separator. */
const INVISIBLE = /[\u200b\u2060-\u2064\u00ad\u180e]/g;
/** A zero-width joiner that holds an emoji sequence together (👨‍👩‍👧) stays; any other goes. */
const LONE_ZWJ =
  /(?<!\p{Extended_Pictographic}\p{M}*|\p{Emoji_Modifier})\u200d|\u200d(?!\p{Extended_Pictographic})/gu;
/** A zero-width non-joiner between letters is spelling (Persian "می‌خواهم"); elsewhere it is hidden filler. */
const LONE_ZWNJ = /(?<!\p{L}\p{M}*)\u200c|\u200c(?!\p{L})/gu;

/**
 * Removes the format characters that show nothing but change how text reads or compares: bidi
 * controls (which can make "gpj.exe" display as "exe.jpg"), byte-order marks, zero-width spaces and
 * joiners (a name "a\u200bb" that looks like "ab"), keeping the joiners that emoji and scripts need.
 */
export function stripInvisible(text: string): string {
  return text
    .replace(BIDI_CONTROLS, '')
    .replace(INVISIBLE, '')
    .replace(LONE_ZWJ, '')
    .replace(LONE_ZWNJ, '');
}

/**
 * The page's free text in a reading (names, bio, captions, comments) without invisible format
 * characters (stripInvisible); applied by every reader on its result.
 */
export function cleanReadingText<
  R extends {
    profile: { displayName: string | null; bio: string | null; category: string | null } | null;
    posts: { caption: string | null }[];
    comments: { text: string; author: string | null }[];
  },
>(reading: R): R {
  const clean = (text: string | null) => (text === null ? null : stripInvisible(text));
  return {
    ...reading,
    profile: reading.profile && {
      ...reading.profile,
      displayName: clean(reading.profile.displayName),
      bio: clean(reading.profile.bio),
      category: clean(reading.profile.category),
    },
    posts: reading.posts.map((p) => ({ ...p, caption: clean(p.caption) })),
    comments: reading.comments.map((c) => ({
      ...c,
      text: clean(c.text) ?? '',
      author: clean(c.author),
    })),
  };
}
