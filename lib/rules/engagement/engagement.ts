import { PLATFORMS } from '../../model/platforms';
import type { PageReading } from '../../model/reading';
import type { RuleSettings } from '../../model/settings';
import type { Engagement, EngagementBasis, Rating } from '../../model/verdict';
import { median, timeOf } from '../stats';
import { implausiblePost, joinedProblems } from './implausible';
import { postRate } from './post-rates';
import { rate, tierOf } from './rating';
import { seedReading } from './seed';
import { num, say } from '../say';
import type { Said } from '../../model/said';

/**
 * Engagement rate of design.md/domain.md: the median per-post rate over recent posts, by followers
 * on Instagram and by views on TikTok (with the follower-based figure beside it).
 */
export function computeEngagement(
  reading: PageReading,
  settings: RuleSettings,
  now: number,
): Engagement {
  const t = settings.thresholds;
  const facts = PLATFORMS[reading.platform].engagement;
  const notes: Engagement['notes'] = [];
  const note = (text: string, said: Said) => notes.push({ text, said });
  const followersCount = reading.profile?.followers ?? null;
  const followers = followersCount?.value ?? null;
  const singlePost = reading.page === 'post' || reading.page === 'video';
  if (followers === null) note('no follower count on this page', say('enNoFollowers'));
  else if (followers === 0) note('zero followers: no follower-based rate', say('enZeroFollowers'));

  const ordered = singlePost
    ? reading.posts.slice(0, 1)
    : [...reading.posts].sort((a, b) => (timeOf(b.takenAt) ?? -1) - (timeOf(a.takenAt) ?? -1));
  const posts = ordered.map((p) =>
    postRate(p, {
      platform: reading.platform,
      followers,
      now,
      freshPostHours: t.freshPostHours,
      singlePost,
    }),
  );
  ordered.forEach((post, i) => {
    const problems = implausiblePost(post);
    const p = posts[i]!;
    if (!problems.length) return;
    Object.assign(p, { used: false, followerRate: null, viewRate: null });
    const joined = joinedProblems(problems);
    p.excludedBecause = `counts contradict each other: ${joined.text}`;
    p.excludedSaid = say('exContradict', { said: joined.said });
    p.marks.push('implausible');
  });
  let usedCount = 0;
  for (const p of posts) {
    if (!p.used) continue;
    if (usedCount >= t.maxPosts) {
      p.used = false;
      p.excludedBecause = `beyond the ${t.maxPosts} most recent posts`;
      p.excludedSaid = say('exBeyond', num(t.maxPosts));
    } else usedCount++;
  }
  const used = posts.filter((p) => p.used);
  const followerRate = median(
    used.flatMap((p) => (p.followerRate === null ? [] : [p.followerRate])),
  );
  const viewRates = used.flatMap((p) => (p.viewRate === null ? [] : [p.viewRate]));
  const viewRate = facts.byViews ? median(viewRates) : null;

  const denominator = viewRate !== null ? 'views' : followerRate !== null ? 'followers' : null;
  const headline = denominator === 'views' ? viewRate : followerRate;
  const basis: EngagementBasis | null =
    headline === null ? null : singlePost ? 'single-post' : denominator;

  if (singlePost) {
    if (reading.posts.length === 0) note('the post itself could not be read', say('enPostUnread'));
    else
      note(
        'one post only (a post page): open the profile for the median over recent posts',
        say('enOnePost'),
      );
    if (posts[0]?.marks.includes('too-recent'))
      note(
        `the post is younger than ${t.freshPostHours} h: its counts are still growing`,
        say('enTooYoung', num(t.freshPostHours)),
      );
  } else if (reading.page === 'profile') {
    if (reading.posts.length === 0) note('no posts read on this profile', say('enNoPosts'));
    else if (used.length < t.minPosts)
      note(
        `only ${used.length} usable post${used.length === 1 ? '' : 's'} of ${posts.length}: too few for a reliable median`,
        say('enFewPosts', num(used.length), num(posts.length)),
      );
  }
  if (facts.byViews && used.length > 0 && viewRate === null)
    note('no view counts: rate by followers instead of views', say('enNoViews'));
  if (facts.sharesCount && used.some((p) => p.shares === null))
    note('share count missing on some posts: counted as 0', say('enNoShares'));
  const rounded =
    used.some((p) => p.rounded) ||
    (followersCount !== null && followers !== null && !followersCount.exact);
  if (rounded)
    note(
      'some counts are rounded display values (e.g. "12.3K"): rates are approximate',
      say('enRounded'),
    );

  const tier = tierOf(followers, settings.tiers);
  if (followers !== null && followers > 0 && !tier)
    note('follower count is below every tier', say('enBelowTiers'));

  let rating: Rating | null = null;
  if (followers !== null && followers > 0) {
    if (viewRate !== null)
      rating = rate(
        viewRate,
        'views',
        reading.platform,
        followers,
        settings.benchmarks,
        settings.engagementPreset,
      );
    if (!rating && followerRate !== null)
      rating = rate(
        followerRate,
        'followers',
        reading.platform,
        followers,
        settings.benchmarks,
        settings.engagementPreset,
      );
    if (!rating && headline !== null)
      note('no benchmark table covers this follower count', say('enNoTable'));
  }

  return {
    rate: headline,
    basis,
    denominator,
    followerRate,
    viewRate,
    postsSeen: posts.length,
    postsUsed: used.length,
    posts,
    rounded,
    tier: tier ? { id: tier.id, label: tier.label } : null,
    rating,
    seed: seedReading(followerRate, followers, settings),
    notes,
  };
}
