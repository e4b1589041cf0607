import { formatLabel } from '../i18n/labels';
import { platformName } from '../model/platforms';
import type { PostFormat } from '../model/reading';
import type { FormatSplit, SplitBasis } from '../rules/engagement/format-split';
import type { ChartBar } from './results-view';

/** What the engagement-by-format tables and charts say, in one place (the dashboard's words). */

const BASIS_FORMULA: Record<SplitBasis, string> = {
  views: 'likes, comments and shares ÷ views',
  followers: '(likes + comments) ÷ followers',
};

export interface FormatLine {
  format: PostFormat;
  label: string;
  posts: number;
  used: number;
  rate: number | null;
  /** Creators with a post of this format in the median (a group's split only). */
  creators: number | null;
}

export interface FormatView {
  title: string;
  /** How the rate is counted, with the posts left out said. */
  method: string;
  lines: FormatLine[];
  bars: ChartBar[];
  /** Said instead of a table when no post of a known format was read. */
  empty: string | null;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function formatView(
  split: FormatSplit & { creators?: Record<PostFormat, number> },
  heading: string,
  freshPostHours: number,
): FormatView {
  const lines = split.rows.map((row) => ({
    format: row.format,
    label: formatLabel(row.format),
    posts: row.posts,
    used: row.used,
    rate: row.rate,
    creators: split.creators ? split.creators[row.format] : null,
  }));
  const known = lines.reduce((sum, l) => sum + l.posts, 0);
  const unknown =
    split.unknown > 0
      ? ` ${plural(split.unknown, 'post', 'posts')} whose format the page did not state ${split.unknown === 1 ? 'is' : 'are'} left out.`
      : '';
  return {
    title: heading,
    method: `Median engagement per post, ${BASIS_FORMULA[split.basis]}, over the ${plural(known, 'post', 'posts')} read with their format; pinned posts, posts read under ${freshPostHours} h old and posts without the counts are not in the median.${unknown}`,
    lines,
    bars: lines.flatMap((l) => (l.rate === null ? [] : [{ label: l.label, value: l.rate }])),
    empty:
      known === 0
        ? split.unknown > 0
          ? `The format of the ${plural(split.unknown, 'post', 'posts')} read is not known yet: open the posts or the profile again to read it.`
          : 'No posts read yet: open the profile or a post to read them.'
        : null,
  };
}

export const platformHeading = (split: FormatSplit, members: number): string =>
  `${platformName(split.platform)} (${plural(members, 'creator', 'creators')})`;
