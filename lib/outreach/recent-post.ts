import { isPostHost } from '../model/platforms';
import type { Count, PageReading, PostReading } from '../model/reading';
import { capWords, inlineText } from './plain-text';
import { t, uiLocale } from '../i18n/messages';

/** A real post of the creator to reference in a draft, with what stood out in it. */
export interface RecentPost {
  id: string;
  url: string;
  takenAt: string | null;
  /** The caption's opening words, without hashtags, mentions or links; null when it has none. */
  excerpt: string | null;
  /** e.g. `“Spring swatches”, and it drew 2,400 likes, about 3× your usual`; null when nothing stood out. */
  standout: string | null;
  likes: number | null;
  comments: number | null;
}

export type RecentPostPick = { post: RecentPost; reason: null } | { post: null; reason: string };

export interface PickOptions {
  /** Reference time for "recent"; posts older than `maxAgeDays` are not offered. */
  now?: Date;
  maxAgeDays?: number;
  /** How many of the newest eligible posts compete on engagement. */
  window?: number;
  locale?: string;
}

const EXCERPT_LENGTH = 60;
/** A post stands out when its likes or comments reach this multiple of the window's median. */
const STANDOUT_RATIO = 1.5;

/** The post's own link, resolved against the page and limited to the platform's https domain. */
function postUrl(post: PostReading, reading: PageReading): string | null {
  if (!post.url) return null;
  try {
    const url = new URL(post.url, reading.url);
    if (url.protocol !== 'https:' || !isPostHost(reading.platform, url.hostname)) return null;
    if (url.username || url.password) return null;
    return url.href;
  } catch {
    return null;
  }
}

function excerptOf(caption: string | null): string | null {
  if (!caption) return null;
  const firstLine = caption.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  const words = firstLine
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/[#@][\p{L}\p{N}_.]+/gu, ' ')
    .split(/(?<=[.!?])\s/u)[0];
  const text = capWords(inlineText(words ?? '', 1000), EXCERPT_LENGTH).replace(/[\s,;:–—-]+$/u, '');
  return /[\p{L}\p{N}]/u.test(text) ? text : null;
}

const value = (count: Count): number | null => count.value;

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function formatCount(count: Count, locale: string): string {
  const n = count.value ?? 0;
  return count.exact
    ? new Intl.NumberFormat(locale).format(n)
    : new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(n);
}

/** "2,400 likes, about 3× your usual" when the post clearly beat the others in the window. */
function engagementNote(post: PostReading, window: PostReading[], locale: string): string | null {
  const notes: { ratio: number; text: string }[] = [];
  for (const [key, message] of [
    ['likes', 'rpAboutTimesLikes'],
    ['comments', 'rpAboutTimesComments'],
  ] as const) {
    const own = value(post[key]);
    const others = window.filter((p) => p !== post).map((p) => value(p[key]));
    const known = others.filter((n): n is number => n !== null);
    const typical = median(known);
    if (own === null || typical === null || typical <= 0 || known.length < 2) continue;
    const ratio = own / typical;
    if (ratio < STANDOUT_RATIO) continue;
    const times = ratio >= 10 ? Math.round(ratio) : Math.round(ratio * 10) / 10;
    notes.push({
      ratio,
      text: t(message, formatCount(post[key], locale), new Intl.NumberFormat(locale).format(times)),
    });
  }
  notes.sort((a, b) => b.ratio - a.ratio);
  return notes[0]?.text ?? null;
}

const engagement = (post: PostReading): number | null =>
  post.likes.value === null && post.comments.value === null
    ? null
    : (post.likes.value ?? 0) + (post.comments.value ?? 0);

/**
 * Picks a real recent post of the creator from a reading: not pinned, not a paid partnership,
 * with its own link on the platform, not older than `maxAgeDays` (120 by default); among the
 * newest `window` (6) of those, the one with the most likes + comments (the newest on a tie or
 * when no counts were read). Nothing is invented: without such a post the pick says why.
 */
export function pickRecentPost(reading: PageReading, options: PickOptions = {}): RecentPostPick {
  const { now, maxAgeDays = 120, window: size = 6, locale = uiLocale() } = options;
  if (reading.status !== 'ok') return { post: null, reason: t('rpUnreadable', reading.status) };
  const handle = reading.handle?.toLowerCase() ?? null;
  const eligible = reading.posts
    .map((post, order) => ({ post, order, url: postUrl(post, reading) }))
    .filter(({ post, url }) => {
      if (post.pinned || post.paidPartnership === true || url === null) return false;
      if (handle && post.author && post.author.toLowerCase() !== handle) return false;
      if (now && post.takenAt) {
        const taken = Date.parse(post.takenAt);
        if (Number.isNaN(taken) || now.getTime() - taken > maxAgeDays * 86_400_000) return false;
      }
      return true;
    });
  if (eligible.length === 0) {
    return reading.posts.length === 0
      ? { post: null, reason: t('rpNoPosts') }
      : { post: null, reason: t('rpNoneEligible') };
  }
  // Newest first when every post is dated; otherwise the page's order (grids list newest first).
  const time = (post: PostReading) => (post.takenAt ? Date.parse(post.takenAt) : NaN);
  const byDate = eligible.every(({ post }) => !Number.isNaN(time(post)))
    ? [...eligible].sort((a, b) => time(b.post) - time(a.post) || a.order - b.order)
    : eligible;
  const windowed = byDate.slice(0, Math.max(1, size));
  let chosen = windowed[0]!;
  for (const candidate of windowed) {
    if ((engagement(candidate.post) ?? -1) > (engagement(chosen.post) ?? -1)) chosen = candidate;
  }
  const { post } = chosen;
  const excerpt = excerptOf(post.caption);
  const note = engagementNote(
    post,
    windowed.map((c) => c.post),
    locale,
  );
  const standout =
    excerpt && note
      ? t('rpQuoteDrew', excerpt, note)
      : excerpt
        ? t('rpQuote', excerpt)
        : note
          ? t('rpDrew', note)
          : null;
  return {
    post: {
      id: post.id,
      url: chosen.url!,
      takenAt: post.takenAt,
      excerpt,
      standout,
      likes: post.likes.value,
      comments: post.comments.value,
    },
    reason: null,
  };
}
