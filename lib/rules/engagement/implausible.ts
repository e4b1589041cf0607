import { PLATFORMS } from '../../model/platforms';
import type { Count, PageReading, PostReading } from '../../model/reading';
import type { Evidence, Flag } from '../../model/verdict';
import { count } from '../stats';

/** A rounded display ("1.2K") is within 5% of the true number: no contradiction inside that. */
const ROUNDING = 0.05;

const POST_COUNTS = ['likes', 'comments', 'views', 'shares', 'saves'] as const;
/** Each of these needs the post to have been seen: none can exceed its views. */
const NEEDS_A_VIEW = ['likes', 'comments', 'shares'] as const;
const PROFILE_COUNTS = ['followers', 'following', 'posts', 'likes'] as const;

const impossible = (v: number) => !Number.isFinite(v) || v < 0;
const shown = (v: number) => (Number.isFinite(v) ? count(v) : String(v));

/** `a` is above `b` by more than display rounding can explain. */
function above(a: Count, b: Count): boolean {
  if (a.value === null || b.value === null || a.value <= b.value) return false;
  if (a.exact && b.exact) return true;
  return a.value - b.value > ROUNDING * a.value;
}

/** Why one post's counts cannot all be right, in words; empty when they can. */
export function implausiblePost(post: PostReading): string[] {
  const problems: string[] = [];
  for (const field of POST_COUNTS) {
    const v = post[field].value;
    if (v !== null && impossible(v))
      problems.push(`${shown(v)} ${field} (a count cannot be negative)`);
  }
  const views = post.views;
  if (views.value !== null && !impossible(views.value))
    for (const field of NEEDS_A_VIEW) {
      const v = post[field];
      if (v.value !== null && !impossible(v.value) && above(v, views))
        problems.push(`${count(v.value)} ${field} but only ${count(views.value)} views`);
    }
  return problems;
}

/** Profile numbers that cannot be right, alone or against the posts read with them. */
function implausibleProfile(reading: PageReading): string[] {
  const profile = reading.profile;
  if (!profile) return [];
  const problems: string[] = [];
  for (const field of PROFILE_COUNTS) {
    const v = profile[field].value;
    if (v !== null && impossible(v))
      problems.push(`${shown(v)} ${field} (a count cannot be negative)`);
  }
  // A profile's total likes (TikTok's hearts) include every post's likes.
  const total = profile.likes;
  if (total.value !== null && !impossible(total.value) && reading.page === 'profile') {
    const sum = reading.posts.reduce(
      (s, p) => (p.likes.value !== null && !impossible(p.likes.value) ? s + p.likes.value : s),
      0,
    );
    const exact =
      total.exact && reading.posts.every((p) => p.likes.value === null || p.likes.exact);
    if (above({ value: sum, exact, source: null }, { ...total, exact }))
      problems.push(
        `the profile states ${count(total.value)} likes in total, but its ${reading.posts.length} posts read add up to ${count(sum)}`,
      );
  }
  return problems;
}

const label = (reading: PageReading, id: string) => `${PLATFORMS[reading.platform].postNoun} ${id}`;

/**
 * Counts that contradict each other or cannot be counts at all (likes or comments above views,
 * negative numbers, a profile total below its posts' sum). The posts concerned are left out of
 * the engagement rate (see engagement.ts); this says so in words.
 */
export function implausibleFlag(reading: PageReading): Flag | null {
  const evidence: Evidence[] = [];
  for (const p of reading.posts) {
    const problems = implausiblePost(p);
    if (problems.length) evidence.push({ kind: 'post', id: p.id, detail: problems.join('; ') });
  }
  const postCount = evidence.length;
  for (const detail of implausibleProfile(reading))
    evidence.push({ kind: 'profile', id: null, detail });
  if (!evidence.length) return null;
  const first = evidence[0]!;
  const where = first.kind === 'post' ? `${label(reading, first.id!)}: ` : '';
  const more = evidence.length > 1 ? ` (and ${evidence.length - 1} more)` : '';
  const consequence = postCount
    ? ` ${postCount === 1 ? 'That post is' : `Those ${postCount} posts are`} left out of the engagement rate.`
    : '';
  return {
    id: 'implausible-counts',
    severity: 'medium',
    message: `Counts that cannot all be right — ${where}${first.detail}${more}.${consequence} Check the page by hand.`,
    evidence,
  };
}
