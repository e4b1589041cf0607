import { basisLabel, spamTooFewLabel } from '../../lib/i18n/labels';
import { uiLocale } from '../../lib/i18n/messages';
import type { EngagementBasis } from '../../lib/model/verdict';
import { formatRate, NO_VALUE } from '../../lib/panel/format';

/** How the popup and the dashboard write labels and numbers: plain text, the same everywhere. */

export { formatCount, formatRate, NO_VALUE } from '../../lib/panel/format';

export interface EngagementText {
  /** "4.2%", or "—" when unknown. */
  rate: string;
  /** "by followers", "by views", "one post", or "" when unknown. */
  basis: string;
}

/** An engagement rate with the basis it was computed on: a rate without its basis misleads. */
export function formatEngagement(
  rate: number | null,
  basis: EngagementBasis | null,
): EngagementText {
  if (rate === null || !Number.isFinite(rate)) return { rate: NO_VALUE, basis: '' };
  return { rate: formatRate(rate), basis: basis ? basisLabel(basis) : '' };
}

const compact = () =>
  new Intl.NumberFormat(uiLocale(), { notation: 'compact', maximumFractionDigits: 1 });

/** "12.3K" (exact counts too: the list has no room for seven digits); "≈12.3K" when rounded at the source. */
export function formatFollowers(value: number | null, exact = true): string {
  if (value === null || !Number.isFinite(value)) return NO_VALUE;
  return `${exact ? '' : '≈'}${compact().format(value)}`;
}

/** The share of audience comments labelled spam: "12%"; "not enough comments" when too few were read; "—" unknown. */
export function formatSpam(ratio: number | null, tooFew = false): string {
  return tooFew ? spamTooFewLabel() : formatRate(ratio);
}

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
const firstGrapheme = (word: string): string =>
  segmenter.segment(word)[Symbol.iterator]().next().value?.segment ?? '';

/**
 * Up to two letters for the avatar ("Jane Doe" → "JD", "illojuan" → "I"): letters and digits of
 * the display name's words, else of the handle; "?" when neither has one. Nothing is loaded from
 * the platforms: a profile picture would be a request of our own.
 */
export function initialsOf(displayName: string | null | undefined, handle: string): string {
  const words = (text: string) =>
    text
      .split(/[\s._-]+/u)
      .map((w) => w.replace(/[^\p{L}\p{N}]/gu, ''))
      .filter((w) => w !== '');
  const fromName = words(displayName ?? '');
  const source = fromName.length > 0 ? fromName : words(handle.replace(/^@/, '')).slice(0, 1);
  const letters = source
    .slice(0, 2)
    .map((w) => firstGrapheme(w).toLocaleUpperCase('en'))
    .join('');
  return letters === '' ? '?' : letters;
}
