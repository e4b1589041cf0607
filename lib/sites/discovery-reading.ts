import { DiscoveryReading, type DiscoveredPost } from '../model/discovery';
import { ObservedResponse, type Source } from '../model/reading';

/** The posts a discovery page gave, each once; a post seen twice keeps the counts either source has. */
export class CollectedPosts {
  readonly posts = new Map<string, DiscoveredPost>();
  tagPosts: number | null = null;
  add(post: DiscoveredPost): void {
    const known = this.posts.get(post.id);
    this.posts.set(
      post.id,
      known
        ? {
            ...known,
            likes: known.likes ?? post.likes,
            comments: known.comments ?? post.comments,
            views: known.views ?? post.views,
          }
        : post,
    );
  }
}

type Base = Pick<DiscoveryReading, 'platform' | 'page' | 'tag' | 'url' | 'readAt'>;

/**
 * A discovery page's reading: the posts in the responses the page received (`readJson`) and in
 * the page itself (`readPage`), or `emptyReason` when there are none. Never throws: a reader that
 * fails gives an unreadable page with why.
 */
export function discoveryReading(
  base: Base,
  responses: unknown,
  emptyReason: string,
  readJson: (body: unknown, source: Source, out: CollectedPosts) => void,
  readPage: (out: CollectedPosts) => void,
): DiscoveryReading {
  try {
    const out = new CollectedPosts();
    for (const raw of Array.isArray(responses) ? responses : []) {
      const parsed = ObservedResponse.safeParse(raw);
      if (parsed.success) readJson(parsed.data.body, 'network', out);
    }
    readPage(out);
    const posts = [...out.posts.values()];
    return DiscoveryReading.parse({
      ...base,
      status: posts.length ? 'ok' : 'unreadable',
      ...(posts.length ? {} : { statusReason: emptyReason }),
      posts,
      tagPosts: out.tagPosts,
    });
  } catch (error) {
    return {
      ...base,
      status: 'unreadable',
      statusReason: `the reader failed: ${error instanceof Error ? error.message : String(error)}`,
      posts: [],
      tagPosts: null,
    };
  }
}
