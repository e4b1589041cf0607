import type { ReadContext } from './context';
import { readProfile, type ProfileResult } from './read-profile';

/**
 * A story page (/stories/<owner>/<id>/) is not the creator's page, but it carries its owner's
 * profile counts (meta description, the owner's user object): those are read as the owner's,
 * said so in `statusReason`, and nothing else (the story is not a post; the tray's other
 * accounts are not the owner).
 */
export function readStory(ctx: ReadContext): ProfileResult {
  const owner = readProfile(ctx);
  const base = { posts: [], comments: [], missing: [] };
  if (owner.status !== 'ok' || !owner.profile)
    return {
      ...base,
      profile: null,
      status: owner.status === 'ok' ? 'unreadable' : owner.status,
      statusReason:
        owner.status === 'ok' || owner.status === 'unreadable'
          ? "a story page: its owner's profile counts are not on it; open the profile"
          : owner.statusReason,
    };
  return {
    ...base,
    profile: owner.profile,
    status: 'ok',
    statusReason: `a story: the counts shown are its owner's (@${ctx.info.handle}) profile counts; open the profile to measure engagement`,
    missing: owner.missing.filter((m) => m.field !== 'recentPosts'),
  };
}
