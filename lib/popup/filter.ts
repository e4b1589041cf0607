import type { PipelineStatus } from '../model/creator';
import type { Platform } from '../model/reading';
import type { VerdictLabel } from '../model/verdict';
import type { CreatorSummary } from './summary';

/** What the popup's search box and filters ask for; `all` lets everything through. */
export interface ShortlistFilter {
  text: string;
  platform: Platform | 'all';
  status: PipelineStatus | 'all';
  /** A tier id, `none` for creators without a tier (followers unknown or below the table). */
  tier: string | 'all' | 'none';
  /** A verdict, `none` for creators never scored. */
  verdict: VerdictLabel | 'all' | 'none';
}

export const NO_FILTER: ShortlistFilter = {
  text: '',
  platform: 'all',
  status: 'all',
  tier: 'all',
  verdict: 'all',
};

/** Lower case, accents removed, no leading "@": "Zoë" and "@ZOE" both read "zoe". */
export function searchKey(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('en').trim();
}

const words = (text: string): string[] =>
  searchKey(text)
    .split(/\s+/u)
    .map((w) => w.replace(/^@+/, ''))
    .filter((w) => w !== '');

/** Every word of the search must appear in the handle or the display name. */
export function matchesText(summary: CreatorSummary, text: string): boolean {
  const wanted = words(text);
  if (wanted.length === 0) return true;
  const haystack = searchKey(`${summary.handle} ${summary.displayName ?? ''}`);
  return wanted.every((w) => haystack.includes(w));
}

export function matchesFilter(summary: CreatorSummary, filter: ShortlistFilter): boolean {
  if (filter.platform !== 'all' && summary.platform !== filter.platform) return false;
  if (filter.status !== 'all' && summary.status !== filter.status) return false;
  if (filter.tier !== 'all') {
    const tier = summary.tier?.id ?? 'none';
    if (tier !== filter.tier) return false;
  }
  if (filter.verdict !== 'all') {
    const verdict = summary.verdict ?? 'none';
    if (verdict !== filter.verdict) return false;
  }
  return matchesText(summary, filter.text);
}

export function filterShortlist(
  list: readonly CreatorSummary[],
  filter: ShortlistFilter,
): CreatorSummary[] {
  return list.filter((s) => matchesFilter(s, filter));
}

export function isFiltering(filter: ShortlistFilter): boolean {
  return (
    words(filter.text).length > 0 ||
    filter.platform !== 'all' ||
    filter.status !== 'all' ||
    filter.tier !== 'all' ||
    filter.verdict !== 'all'
  );
}
