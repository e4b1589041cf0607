import type { PageReading } from '../model/reading';
import type { Thresholds } from '../model/settings';
import type { Verdict } from '../model/verdict';
import { plainReason } from './evidence-words';
import { displayText } from './text';

/** One thing the marketer can do on the page to give the rules more to go on. */
export interface Advice {
  id: 'scroll-posts' | 'open-post' | 'load-comments' | 'open-profile' | 'reload';
  text: string;
}

/**
 * What to do when the page has not shown enough: ordered by how much it would help. Empty when the
 * page is unusable (the status says why) or nothing is missing.
 */
export function adviceFor(reading: PageReading, verdict: Verdict, t: Thresholds): Advice[] {
  if (reading.status !== 'ok') return [];
  const out: Advice[] = [];
  const singlePost = reading.page === 'post' || reading.page === 'video';
  const e = verdict.engagement;
  const spam = verdict.spam;
  const handle = reading.handle ? `@${displayText(reading.handle, 60)}` : 'the creator';

  if (reading.page === 'profile') {
    if (reading.profile?.followers.value == null)
      out.push({
        id: 'reload',
        text: `Couldn't read the follower count (${displayText(plainReason(reading.profile?.followers.reason, 'not on the page'), 240)}): reload the page once it has loaded.`,
      });
    if (e.postsUsed < t.minPosts)
      out.push({
        id: 'scroll-posts',
        text:
          reading.posts.length === 0
            ? 'Scroll down to load posts: no post with counts read yet.'
            : `Scroll down to load more posts: ${e.postsUsed} usable of the ${t.minPosts} needed.`,
      });
    if (!spam.enough)
      out.push({
        id: 'open-post',
        text: `Open a recent post to read its comments (${spam.audienceComments} of ${spam.minimum} read).`,
      });
  }

  if (singlePost) {
    if (!spam.enough)
      out.push({
        id: 'load-comments',
        text:
          spam.audienceComments === 0
            ? `Open the comments and scroll them to load more (at least ${spam.minimum} needed).`
            : `Scroll the comments to load more: ${spam.audienceComments} of ${spam.minimum} read.`,
      });
    out.push({
      id: 'open-profile',
      text: `Open ${handle}'s profile for the follower count and the median over recent posts.`,
    });
  }
  return out;
}
