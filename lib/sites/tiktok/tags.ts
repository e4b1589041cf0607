import { cleanLine, extractHashtags, extractMentions } from '../text';

/** Hashtags of a caption (without "#", each once) plus those TikTok lists beside it (textExtra, challenges). */
export function hashtagsOf(
  text: string | null | undefined,
  extra: (string | undefined)[] = [],
): string[] {
  const out = extractHashtags(text ?? '');
  const seen = new Set(out.map((t) => t.toLowerCase()));
  for (const tag of extra) {
    const clean = tag?.trim().replace(/^#/, '');
    if (!clean || seen.has(clean.toLowerCase())) continue;
    seen.add(clean.toLowerCase());
    out.push(clean);
  }
  return out;
}

/** Mentions (lower-case handles, each once) plus the users TikTok lists beside the caption. */
export function mentionsOf(
  text: string | null | undefined,
  extra: (string | undefined)[] = [],
): string[] {
  const out = extractMentions(text ?? '');
  for (const handle of extra) {
    const clean = handle?.trim().replace(/^@/, '').toLowerCase();
    if (clean && !out.includes(clean)) out.push(clean);
  }
  return out;
}

/** Unix seconds (number or digit string) to ISO 8601; null when absent or implausible. */
export function isoFromSeconds(raw: unknown): string | null {
  const seconds = typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : raw;
  // TikTok launched in 2016: a date before 2014 or after 2100 is not a post date.
  if (typeof seconds !== 'number' || !Number.isInteger(seconds)) return null;
  if (seconds < 1_390_000_000 || seconds > 4_102_444_800) return null;
  return new Date(seconds * 1000).toISOString();
}

export const sameHandle = (a: string | null | undefined, b: string | null | undefined): boolean =>
  !!a && !!b && a.replace(/^@/, '').toLowerCase() === b.replace(/^@/, '').toLowerCase();

/** Text of the page as one line: bidi marks gone, odd spaces and line breaks folded. */
export const cleanText = (text: string | null | undefined): string => cleanLine(text ?? '');
