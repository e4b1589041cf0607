/**
 * Readers record where each number was found in developer terms (a JSON path such as
 * `user.edge_followed_by.count`, a selector, `stats.followerCount=783400 is the rounded form`):
 * right for the CLI's JSON, wrong on a marketer's screen. These turn them into what a marketer can
 * check: the text the page itself shows, and nothing of the page's internals.
 */

import { t, uiLocale, type MessageKey } from '../i18n/messages';

/** A JSON path, selector, field name or key=value: words a marketer never reads. */
const TECHNICAL =
  /[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+|\b[a-z]+[A-Z]\w*|\w_\w|[=[\]{}<>]|\bapi\/|\bgraphql\b|\bdata-e2e\b|\bmeta description\b/;

/** Whether a piece of evidence text is written in a developer's words. */
export const isTechnical = (text: string): boolean => TECHNICAL.test(text.replace(/"[^"]*"/g, ''));

const QUOTED = /"([^"]+)"/g;

/**
 * What the page itself shows, from a reader's detail ('a[href$="/followers/"] text: "12.3K"' →
 * 'the page shows “12.3K”'); null when the detail is only where in the page's code it was read.
 */
export function plainDetail(detail: string | undefined): string | null {
  if (!detail) return null;
  const shown = new Set<string>();
  for (const part of detail.split(/;\s*/)) {
    for (const m of part.matchAll(QUOTED)) {
      const text = m[1]!.trim();
      // A selector's own quotes ('a[href$="/followers/"]') are not what the page shows.
      if (text && !text.startsWith('/') && !/^\w+=/.test(text)) shown.add(text);
    }
  }
  if (shown.size === 0) return null;
  return t('pageShows', [...shown].map((s) => `“${s}”`).join(', '));
}

/**
 * Why a number could not be read, keeping the plain parts of a reader's reason ('no followers
 * count on the page; stats.followerCount=abc discarded (not a count)' → 'no followers count on the
 * page'); `fallback` when nothing plain is left, or when the UI speaks another language than the
 * readers' English.
 */
export function plainReason(reason: string | undefined, fallback: string): string {
  // Readers explain in English; in another UI language the sentence stays in that language.
  if (!/^en\b/i.test(uiLocale())) return fallback;
  const parts = (reason ?? '')
    .split(/;\s*/)
    .map((p) => p.trim())
    .filter((p) => p && !isTechnical(p));
  return parts.length > 0 ? parts.join('; ') : fallback;
}

/** A reading's field ids ('posts.likes', 'recentPosts') as the words a marketer uses. */
const FIELD_WORDS: Readonly<Record<string, MessageKey>> = {
  profile: 'fieldProfile',
  'profile.followers': 'nameFollowers',
  'profile.following': 'nameFollowing',
  'profile.posts': 'namePostCount',
  'profile.likes': 'nameTotalLikes',
  posts: 'fieldPosts',
  'posts.likes': 'fieldPostsLikes',
  'posts.comments': 'fieldPostsComments',
  'posts.views': 'fieldPostsViews',
  'posts.shares': 'fieldPostsShares',
  'posts.saves': 'fieldPostsSaves',
  recentPosts: 'fieldRecentPosts',
  post: 'fieldPost',
  comments: 'fieldComments',
  likes: 'fieldLikes',
  views: 'fieldViews',
  shares: 'fieldShares',
  saves: 'fieldSaves',
};

export function fieldWords(field: string): string {
  const known = FIELD_WORDS[field];
  if (known) return t(known);
  // An id not listed: its last part, camelCase and snake_case split into words.
  const last = field.split('.').at(-1) ?? field;
  return last
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/_/g, ' ')
    .toLowerCase();
}

/**
 * A benchmark table's source without the repository file it cites and without nested brackets:
 * 'The seed method (docs/methodology.md, "Engagement rate")' → 'The seed method, "Engagement rate"'.
 */
export function plainSource(source: string): string {
  return source
    .replace(/\(\s*docs\/[\w./-]+\.md\s*,?\s*/g, '(')
    .replace(/\s*\(\s*\)/g, '')
    .replace(/\s*\(([^()]*)\)/g, ', $1')
    .trim();
}
