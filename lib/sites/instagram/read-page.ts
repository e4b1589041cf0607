import { cleanReadingText } from '../text';
import { PageReading, type ObservedResponse } from '../../model/reading';
import { buildContext } from './context';
import { readPost } from './read-post';
import { nothingRead, readProfile, type ProfileResult } from './read-profile';
import { readStory } from './read-story';
import { classifyInstagramUrl, type InstagramUrl } from './url';

export interface InstagramReadInput {
  /** The live or saved page; null when only JSON responses are at hand (CLI on a saved response). */
  document: Document | null;
  url: string;
  responses?: ObservedResponse[];
  now?: Date;
}

function otherPage(info: InstagramUrl): ProfileResult {
  if (info.kind === 'login') return nothingRead('login-wall', 'the Instagram login page');
  if (info.kind === 'story')
    return nothingRead(
      'unreadable',
      "a story page that names no owner (a highlight): open the owner's profile",
    );
  return nothingRead('unreadable', 'not a profile or post page');
}

function safeClassify(url: string): InstagramUrl {
  try {
    return classifyInstagramUrl(url);
  } catch {
    return { page: 'other', kind: 'other', handle: null, postId: null };
  }
}

/**
 * Reads an Instagram page: what it says about the creator and posts, and where each number came
 * from. Never throws: any failure becomes status "unreadable" with the reason.
 */
export function readInstagramPage(input: InstagramReadInput): PageReading {
  const now =
    input?.now instanceof Date && !Number.isNaN(input.now.getTime()) ? input.now : new Date();
  const readAt = now.toISOString();
  const url = typeof input?.url === 'string' ? input.url : '';
  const info = safeClassify(url);
  try {
    const responses = Array.isArray(input.responses) ? input.responses : [];
    const doc = input.document ?? null;
    const result =
      info.kind === 'story' && info.handle
        ? readStory(buildContext(doc, url, info, responses))
        : info.page === 'other'
          ? otherPage(info)
          : (() => {
              const ctx = buildContext(doc, url, info, responses);
              return info.page === 'profile' ? readProfile(ctx) : readPost(ctx);
            })();
    const handle = result.profile?.handle ?? info.handle;
    return PageReading.parse(
      cleanReadingText({
        platform: 'instagram',
        page: info.page,
        url,
        handle,
        ...result,
        readAt,
      }),
    );
  } catch (error) {
    return {
      platform: 'instagram',
      page: info.page,
      url,
      handle: info.handle,
      status: 'unreadable',
      statusReason:
        `the reader failed: ${error instanceof Error ? error.message : String(error)}`.slice(
          0,
          300,
        ),
      profile: null,
      posts: [],
      comments: [],
      missing: [],
      readAt,
    };
  }
}
