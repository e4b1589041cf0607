import { PLATFORMS } from '../../model/platforms';
import type { Count, PageReading, PostReading } from '../../model/reading';
import type { Evidence, Flag } from '../../model/verdict';
import type { Said } from '../../model/said';
import { count } from '../stats';
import { num, say, word } from '../say';

/** One contradiction: the English words and the locale message beside them. */
export interface Problem {
  text: string;
  said: Said;
}

const FIELD_WORD: Record<(typeof POST_COUNTS)[number] | (typeof PROFILE_COUNTS)[number], string> = {
  likes: 'fieldLikes',
  comments: 'fieldComments',
  views: 'fieldViews',
  shares: 'fieldShares',
  saves: 'fieldSaves',
  posts: 'fieldPosts',
  followers: 'nameFollowers',
  following: 'nameFollowing',
};
const POST_WORD: Record<string, string> = { post: 'pagePost', video: 'pageVideo' };

/** Several contradictions as one sentence part: "a; b; c". */
export function joinedProblems(problems: readonly Problem[]): Problem {
  return problems.slice(1).reduce(
    (joined, p) => ({
      text: `${joined.text}; ${p.text}`,
      said: say('implJoin', { said: joined.said }, { said: p.said }),
    }),
    problems[0]!,
  );
}

/** A rounded display ("1.2K") is within 5% of the true number: no contradiction inside that. */
const ROUNDING = 0.05;

const POST_COUNTS = ['likes', 'comments', 'views', 'shares', 'saves'] as const;
/** Each of these needs the post to have been seen: none can exceed its views. */
const NEEDS_A_VIEW = ['likes', 'comments', 'shares'] as const;
const PROFILE_COUNTS = ['followers', 'following', 'posts', 'likes'] as const;

const impossible = (v: number) => !Number.isFinite(v) || v < 0;
const shown = (v: number) => (Number.isFinite(v) ? count(v) : String(v));

/** "1 like", "760 views": a post's count with its word (the pairs likesOne/likesMany, …). */
const counted = (v: number, field: CountedWord) =>
  `${count(v)} ${v === 1 ? field.slice(0, -1) : field}`;
const countSaid = (v: number, field: CountedWord) =>
  say(`${field}${v === 1 ? 'One' : 'Many'}`, num(v));
type CountedWord = (typeof NEEDS_A_VIEW)[number] | 'views';

/** `a` is above `b` by more than display rounding can explain. */
function above(a: Count, b: Count): boolean {
  if (a.value === null || b.value === null || a.value <= b.value) return false;
  if (a.exact && b.exact) return true;
  return a.value - b.value > ROUNDING * a.value;
}

const negative = (v: number, field: keyof typeof FIELD_WORD): Problem => ({
  text: `${shown(v)} ${field} (a count cannot be negative)`,
  said: say('implNegative', shown(v), word(FIELD_WORD[field])),
});

/** Why one post's counts cannot all be right, in words; empty when they can. */
export function implausiblePost(post: PostReading): Problem[] {
  const problems: Problem[] = [];
  for (const field of POST_COUNTS) {
    const v = post[field].value;
    if (v !== null && impossible(v)) problems.push(negative(v, field));
  }
  const views = post.views;
  if (views.value !== null && !impossible(views.value))
    for (const field of NEEDS_A_VIEW) {
      const v = post[field];
      if (v.value !== null && !impossible(v.value) && above(v, views))
        problems.push({
          text: `${counted(v.value, field)} but only ${counted(views.value, 'views')}`,
          said: say(
            'implAboveViewsCounts',
            { said: countSaid(v.value, field) },
            { said: countSaid(views.value, 'views') },
          ),
        });
    }
  return problems;
}

/** Profile numbers that cannot be right, alone or against the posts read with them. */
function implausibleProfile(reading: PageReading): Problem[] {
  const profile = reading.profile;
  if (!profile) return [];
  const problems: Problem[] = [];
  for (const field of PROFILE_COUNTS) {
    const v = profile[field].value;
    if (v !== null && impossible(v)) problems.push(negative(v, field));
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
      problems.push({
        text: `the profile states ${count(total.value)} likes in total, but its ${reading.posts.length} posts read add up to ${count(sum)}`,
        said: say('implProfileTotal', num(total.value), num(reading.posts.length), num(sum)),
      });
  }
  return problems;
}

/**
 * Counts that contradict each other or cannot be counts at all (likes or comments above views,
 * negative numbers, a profile total below its posts' sum). The posts concerned are left out of
 * the engagement rate (see engagement.ts); this says so in words.
 */
export function implausibleFlag(reading: PageReading): Flag | null {
  const evidence: Evidence[] = [];
  let first: Problem | null = null;
  for (const p of reading.posts) {
    const problems = implausiblePost(p);
    if (!problems.length) continue;
    const joined = joinedProblems(problems);
    evidence.push({ kind: 'post', id: p.id, detail: joined.text, said: joined.said });
    if (!first) {
      const noun = PLATFORMS[reading.platform].postNoun;
      first = {
        text: `${noun} ${p.id}: ${joined.text}`,
        said: say('implAt', word(POST_WORD[noun] ?? noun), p.id, { said: joined.said }),
      };
    }
  }
  const postCount = evidence.length;
  for (const problem of implausibleProfile(reading)) {
    evidence.push({ kind: 'profile', id: null, detail: problem.text, said: problem.said });
    first ??= problem;
  }
  if (!first) return null;
  const problem: Problem =
    evidence.length > 1
      ? {
          text: `${first.text} (and ${evidence.length - 1} more)`,
          said: say('implAndMore', { said: first.said }, num(evidence.length - 1)),
        }
      : first;
  const consequence = postCount
    ? ` ${postCount === 1 ? 'That post is' : `Those ${postCount} posts are`} left out of the engagement rate.`
    : '';
  return {
    id: 'implausible-counts',
    severity: 'medium',
    message: `Counts that cannot all be right — ${problem.text}.${consequence} Check the page by hand.`,
    said:
      postCount === 0
        ? say('implFlag', { said: problem.said })
        : postCount === 1
          ? say('implFlagOne', { said: problem.said })
          : say('implFlagMany', { said: problem.said }, num(postCount)),
    evidence,
  };
}
