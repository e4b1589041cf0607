import { z } from 'zod';
import { Platform, Source } from './reading';

/** Pages where many creators' posts show side by side (method B of the marketer's search). */
export const DiscoveryPage = z.enum(['hashtag', 'search', 'explore']);
export type DiscoveryPage = z.infer<typeof DiscoveryPage>;

/** One post on a hashtag, search or explore page: whose it is, and its counts where shown. */
export const DiscoveredPost = z.object({
  /** Instagram shortcode or TikTok video id. */
  id: z.string().min(1).max(40),
  author: z.string().min(1).max(64),
  likes: z.number().nonnegative().nullable(),
  comments: z.number().nonnegative().nullable(),
  views: z.number().nonnegative().nullable(),
  source: Source,
});
export type DiscoveredPost = z.infer<typeof DiscoveredPost>;

export const DiscoveryReading = z.object({
  platform: Platform,
  page: DiscoveryPage,
  /** The hashtag (without #) or the search words; null on explore. */
  tag: z.string().nullable(),
  url: z.string(),
  status: z.enum(['ok', 'unreadable']),
  statusReason: z.string().optional(),
  /** Posts in page order, each once. */
  posts: z.array(DiscoveredPost),
  /** The hashtag's post count when the page states it. */
  tagPosts: z.number().nonnegative().nullable(),
  readAt: z.string(),
});
export type DiscoveryReading = z.infer<typeof DiscoveryReading>;
