import type { Campaign } from '../model/campaign';
import type { ProspectInput } from '../model/prospects';
import type { PageReading } from '../model/reading';
import { postCommentsOf } from '../rules/prospects/from-reading';
import {
  rankCommenters,
  type PostComments,
  type Prospect,
} from '../rules/prospects/rank-commenters';

/** The handles a brand name may go by: "Acme Paints" → acmepaints, acme.paints, acme_paints. */
export function brandHandles(campaign: Pick<Campaign, 'brief'> | null): string[] {
  const brand = campaign?.brief?.brand?.toLowerCase().trim();
  if (!brand) return [];
  const words = brand.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return [...new Set([words.join(''), words.join('.'), words.join('_')])].filter(Boolean);
}

/** Posts opened earlier in this tab, kept in memory only (never stored): for "across posts". */
export const MAX_OPENED_POSTS = 20;

/**
 * The engaged commenters of a post or video page, for the panel's Prospects list, ranked with
 * their comments on the other posts opened in this tab (`opened`, updated in place).
 */
export function pageProspects(
  reading: PageReading,
  exclude: readonly string[],
  opened: Map<string, PostComments> = new Map(),
): Prospect[] {
  const post = postCommentsOf(reading);
  if (!post) return [];
  opened.delete(post.postId);
  opened.set(post.postId, post);
  while (opened.size > MAX_OPENED_POSTS) opened.delete(opened.keys().next().value!);
  const here = new Set(
    post.comments.flatMap((c) => (c.author ? [c.author.replace(/^@/, '').toLowerCase()] : [])),
  );
  // The current post first, so that "where found" names it.
  const posts = [post, ...[...opened.values()].filter((p) => p !== post)];
  return rankCommenters(posts, { exclude }).prospects.filter((p) => here.has(p.handle));
}

/** What the store keeps of a prospect: where it was found, the comment's opening words. */
export function prospectInput(reading: PageReading, p: Prospect, at: string): ProspectInput {
  const creator = reading.posts[0]?.author ?? reading.handle;
  return {
    platform: reading.platform,
    handle: p.handle,
    sighting: {
      at,
      page: reading.page === 'video' ? 'video' : 'post',
      place: creator ? `@${creator}`.slice(0, 60) : '',
      postId: p.postId.slice(0, 40),
      postedAt: reading.posts[0]?.takenAt ?? null,
      quote: p.quote ? [...p.quote].slice(0, 30).join('') : null,
    },
  };
}
