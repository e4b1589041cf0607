import { formatLabel, formulaText } from '../i18n/labels';
import { t } from '../i18n/messages';
import { platformName } from '../model/platforms';
import type { PostFormat } from '../model/reading';
import type { FormatSplit } from '../rules/engagement/format-split';
import type { ChartBar } from './results-view';
import { countedText, plural } from '../i18n/plural';

/** What the engagement-by-format tables and charts say, in one place (the dashboard's words). */

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

const posts = (n: number) => countedText(n, 'countPostsOne', 'countPostsMany');

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
    split.unknown === 0 ? '' : countedText(split.unknown, 'fvUnknownOne', 'fvUnknownMany');
  return {
    title: heading,
    method: t('fvMethod', formulaText(split.basis), posts(known), freshPostHours) + unknown,
    lines,
    bars: lines.flatMap((l) => (l.rate === null ? [] : [{ label: l.label, value: l.rate }])),
    empty:
      known === 0
        ? split.unknown > 0
          ? t('fvEmptyUnknown', posts(split.unknown))
          : t('fvEmpty')
        : null,
  };
}

export const platformHeading = (split: FormatSplit, members: number): string =>
  plural(members, 'fvHeadingOne', 'fvHeadingMany', platformName(split.platform), members);
