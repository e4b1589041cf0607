import type { CommentLabel } from '../../model/verdict';
import { botLikeHandle, normalHandle } from './bot-handle';

/** One comment as the ranking needs it: who wrote it, its label, and what engagement it drew. */
export interface RankedComment {
  author: string | null;
  text: string;
  label: CommentLabel;
  likes: number | null;
  /** Replies it drew, when the page states them. */
  replies?: number | null;
  /** The post's own creator replying: never a prospect. */
  isCreatorReply: boolean;
}

/** The comments of one post the marketer opened. */
export interface PostComments {
  postId: string;
  /** The post's creator (lower-case handle), when known. */
  creator: string | null;
  /** ISO date of the post, when known. */
  takenAt: string | null;
  comments: readonly RankedComment[];
}

export interface Prospect {
  handle: string;
  score: number;
  /** Comments counted (genuine and generic, on all posts). */
  comments: number;
  /** Distinct posts commented on. */
  posts: number;
  likes: number;
  replies: number;
  /** Plain sentences for the marketer: where the account was found and what it wrote. */
  evidence: string[];
  /** The first place found: "commented on @brand's post of 12 May: 'where did you get …'". */
  foundOn: string;
  /** The opening words of the first comment found. */
  quote: string;
  postId: string;
  /** The creator and date of the post first found on, for the UI's own words. */
  postCreator: string | null;
  postedAt: string | null;
}

export interface LeftOut {
  handle: string;
  reason: string;
}

export interface RankOptions {
  /** Handles never listed: the brand's own accounts (the post's creator is always left out). */
  exclude?: readonly string[];
}

/**
 * Weights of one comment: a generic one ("🔥🔥", "love this") shows less interest than a genuine one;
 * each like and reply on it counts with diminishing returns (log), so one viral comment does not
 * outweigh steady engagement; each further post commented on adds a bonus (a regular, not a passer-by).
 */
export const WEIGHTS = { genuine: 1, generic: 0.3, perExtraPost: 1.5 } as const;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const QUOTE_LENGTH = 40;

function dayOf(iso: string | null): string | null {
  if (!iso) return null;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
}

export function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  if (chars.length <= QUOTE_LENGTH) return flat;
  const cut = chars.slice(0, QUOTE_LENGTH + 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space >= QUOTE_LENGTH / 2 ? cut.slice(0, space) : cut.slice(0, -1)).trimEnd()} …`;
}

export function foundOnText(post: PostComments, text: string): string {
  const whose = post.creator ? `@${post.creator}'s post` : 'a post';
  const day = dayOf(post.takenAt);
  return `commented on ${whose}${day ? ` of ${day}` : ''}: '${quote(text)}'`;
}

interface Tally {
  handle: string;
  score: number;
  comments: number;
  likes: number;
  replies: number;
  posts: Set<string>;
  first: { post: PostComments; text: string };
}

/**
 * Commenters ranked by engagement across the posts given. Spam writers and bot-like handles are left
 * out (and returned in `leftOut` with the reason), so are the posts' creators and `exclude`.
 */
export function rankCommenters(
  posts: readonly PostComments[],
  options: RankOptions = {},
): { prospects: Prospect[]; leftOut: LeftOut[] } {
  const excluded = new Set((options.exclude ?? []).map(normalHandle).filter(Boolean));
  for (const p of posts) if (p.creator) excluded.add(normalHandle(p.creator));
  const tallies = new Map<string, Tally>();
  const leftOut = new Map<string, string>();

  for (const post of posts) {
    for (const c of post.comments) {
      if (!c.author || c.isCreatorReply) continue;
      const handle = normalHandle(c.author);
      if (!handle || excluded.has(handle)) continue;
      if (c.label === 'spam') {
        leftOut.set(handle, 'wrote spam');
        continue;
      }
      const bot = botLikeHandle(handle);
      if (bot) {
        if (!leftOut.has(handle)) leftOut.set(handle, `bot-like handle: ${bot}`);
        continue;
      }
      const likes = Math.max(0, c.likes ?? 0);
      const replies = Math.max(0, c.replies ?? 0);
      const weight = c.label === 'genuine' ? WEIGHTS.genuine : WEIGHTS.generic;
      const t = tallies.get(handle) ?? {
        handle,
        score: 0,
        comments: 0,
        likes: 0,
        replies: 0,
        posts: new Set<string>(),
        first: { post, text: c.text },
      };
      t.score += weight * (1 + Math.log2(1 + likes) + Math.log2(1 + replies));
      t.comments += 1;
      t.likes += likes;
      t.replies += replies;
      t.posts.add(post.postId);
      tallies.set(handle, t);
    }
  }

  const prospects: Prospect[] = [];
  for (const t of tallies.values()) {
    if (leftOut.has(t.handle)) continue; // one spam comment disqualifies the account
    const score = t.score + WEIGHTS.perExtraPost * (t.posts.size - 1);
    const foundOn = foundOnText(t.first.post, t.first.text);
    const evidence = [foundOn];
    const counts = [`${t.comments} comment${t.comments === 1 ? '' : 's'}`];
    if (t.likes) counts.push(`${t.likes} like${t.likes === 1 ? '' : 's'} on them`);
    if (t.replies) counts.push(`${t.replies} repl${t.replies === 1 ? 'y' : 'ies'}`);
    evidence.push(counts.join(', '));
    if (t.posts.size > 1) evidence.push(`commented on ${t.posts.size} of the posts you opened`);
    prospects.push({
      handle: t.handle,
      score: Math.round(score * 100) / 100,
      comments: t.comments,
      posts: t.posts.size,
      likes: t.likes,
      replies: t.replies,
      evidence,
      foundOn,
      quote: quote(t.first.text),
      postId: t.first.post.postId,
      postCreator: t.first.post.creator,
      postedAt: t.first.post.takenAt,
    });
  }
  prospects.sort((a, b) => b.score - a.score || a.handle.localeCompare(b.handle));
  return {
    prospects,
    leftOut: [...leftOut].map(([handle, reason]) => ({ handle, reason })),
  };
}
