import { z } from 'zod';
import { PostFormat } from './reading';
import { isoTime } from './iso-time';

const count = z.number().nonnegative().nullable();

/** A deliverable's counts as read at one visit (null: not read then). */
export const DeliverableVisit = z.object({
  at: isoTime,
  likes: count,
  comments: count,
  views: count,
  shares: count,
});
export type DeliverableVisit = z.infer<typeof DeliverableVisit>;

/** What a post's caption carried that made it the campaign's: the creator's code, tracked link or the brand. */
export const Carried = z.enum(['code', 'link', 'brand']);
export type Carried = z.infer<typeof Carried>;

/**
 * A creator's published post or video counted as a deliverable of a campaign: found on a visit
 * during the campaign (its caption carried the creator's code, tracked link or the brand) or added
 * by hand from its address. Only the post's id, address, format, dates and counts are kept: no
 * caption, no commenter.
 */
export const Deliverable = z.object({
  /** Instagram shortcode or TikTok video id. */
  postId: z.string().min(1).max(100),
  url: z.string().nullable(),
  format: PostFormat.nullable(),
  takenAt: isoTime.nullable(),
  addedAt: isoTime,
  how: z.enum(['found', 'by-hand']),
  /** Empty when added by hand before the post was read. */
  carries: z.array(Carried),
  /** Oldest first, at most one per clock hour (UTC), capped (lib/store/deliverables.ts). */
  visits: z.array(DeliverableVisit),
});
export type Deliverable = z.infer<typeof Deliverable>;
