import { PageReading, type ObservedResponse, type ReadStatus } from '../../model/reading';
import type { Target } from './detail';
import { readCommentsDom } from './dom-comments';
import { E2EIndex } from './dom-index';
import { readProfileDom } from './dom-profile';
import { readVideoDom } from './dom-video';
import { parseJson, readSigi, readUniversal, universalData } from './embedded';
import { emptyFindings, type Findings } from './facts';
import { mergeComments, mergePosts, mergeProfile, missingOf } from './merge';
import { metaDescription, readMeta } from './meta';
import { pageStateOf } from './page-state';
import { readResponses } from './responses';
import { E2E, SCRIPT_IDS } from './selectors';
import { classifyTikTokUrl } from './url';
import { cleanReadingText } from '../text';

export interface TikTokPageInput {
  document: Document | null;
  url: string;
  responses?: ObservedResponse[];
  now?: Date;
}

const DATA_HOOKS = [
  ...E2E.profile.followers,
  ...E2E.grid.item,
  ...E2E.video.likes,
  ...E2E.video.desc,
];

function readAtOf(now: unknown): string {
  const date = now instanceof Date && !Number.isNaN(now.getTime()) ? now : new Date();
  return date.toISOString();
}

/**
 * Reads a TikTok page (or, with `document` null, only the responses given) into a PageReading.
 * Never throws: a failure becomes status 'unreadable' with its reason.
 */
export function readTikTokPage(input: TikTokPageInput): PageReading {
  const url = typeof input?.url === 'string' ? input.url : String(input?.url ?? '');
  const readAt = readAtOf(input?.now);
  try {
    return PageReading.parse(cleanReadingText(read(input, url, readAt)));
  } catch (error) {
    const url2 = classifyTikTokUrl(url);
    return PageReading.parse({
      platform: 'tiktok',
      page: url2.page,
      url,
      handle: url2.handle,
      status: 'unreadable',
      statusReason: `reader failed: ${error instanceof Error ? error.message.slice(0, 300) : String(error)}`,
      profile: null,
      posts: [],
      comments: [],
      missing: [],
      readAt,
    });
  }
}

function read(input: TikTokPageInput, url: string, readAt: string): PageReading {
  const where = classifyTikTokUrl(url);
  const base = { platform: 'tiktok' as const, url, readAt, handle: where.handle };
  if (where.page === 'other') {
    return {
      ...base,
      page: 'other',
      status: 'ok',
      profile: null,
      posts: [],
      comments: [],
      missing: [],
    };
  }
  const doc = input.document ?? null;
  const target: Target = { page: where.page, handle: where.handle, videoId: where.videoId };
  const found: Findings = emptyFindings();

  // Rung 1: embedded JSON (one walk of the page indexes the scripts and the data-e2e hooks).
  const index = doc ? new E2EIndex(doc) : null;
  let language: string | undefined;
  let embedded = false;
  if (index) {
    const universal = readUniversal(
      universalData(index.scriptText(SCRIPT_IDS.universal)),
      target,
      found,
    );
    language = universal.language;
    const sigi = universal.found
      ? { found: false }
      : readSigi(parseJson(index.scriptText(SCRIPT_IDS.sigi)), target, found);
    embedded = universal.found || sigi.found;
  }
  // A video URL without a handle (/@/video/<id>, /v/<id>.html) takes its author from the data.
  if (!target.handle) target.handle = found.posts[0]?.author ?? null;

  // Rung 2: responses the page received.
  const postIds = () => {
    const ids = new Set(found.posts.map((p) => p.id));
    if (target.videoId) ids.add(target.videoId);
    return ids;
  };
  readResponses(input.responses, target, found, postIds);
  if (!target.handle) target.handle = found.posts[0]?.author ?? null;

  // Rungs 3 and 4: the rendered page, then the meta description.
  let lang = language;
  if (doc && index) {
    lang = doc.documentElement?.getAttribute('lang') || language;
    if (target.page === 'profile') readProfileDom(index, target, lang, found);
    else {
      readVideoDom(index, doc, target, lang, found);
      found.comments.push(...readCommentsDom(index, doc, target.handle, target.videoId, lang));
    }
    readMeta(doc, target, lang, found);
  }

  const profile = mergeProfile(found.profiles, target.handle);
  const posts = mergePosts(found.posts, target.page);
  const comments = mergeComments(found.comments);
  // A comment-list response alone (the CLI given only that file) is still a reading of the video:
  // its comments are kept, the video's own counts reported missing.
  const { status, reason } = statusOf(
    found,
    profile !== null || posts.length > 0 || (target.page === 'video' && comments.length > 0),
    doc,
    index,
    embedded,
  );
  const reading: PageReading = {
    ...base,
    handle: target.handle,
    page: target.page,
    status,
    profile,
    posts,
    comments,
    missing: status === 'ok' || status === 'private' ? missingOf(profile, posts, target.page) : [],
  };
  if (reason) reading.statusReason = reason;
  if (status === 'ok' && target.page === 'video' && !comments.length) {
    reading.missing.push({
      field: 'comments',
      reason: 'no comments rendered on the page or received yet',
    });
  }
  return reading;
}

function statusOf(
  found: Findings,
  hasData: boolean,
  doc: Document | null,
  index: E2EIndex | null,
  embedded: boolean,
): { status: ReadStatus; reason?: string } {
  const notFound = found.statuses.find((s) => s.status === 'not-found');
  const isPrivate = found.statuses.find((s) => s.status === 'private');
  if (isPrivate) return { status: 'private', reason: isPrivate.reason };
  if (hasData) return { status: 'ok' };
  if (notFound) return { status: 'not-found', reason: notFound.reason };
  const state = doc ? pageStateOf(doc) : null;
  if (state) return state;
  if (found.discarded.length) {
    return {
      status: 'unreadable',
      reason: `the data on the page is for another account or video (stale after in-app navigation?): ${found.discarded.slice(0, 3).join('; ')}`,
    };
  }
  if (!doc)
    return { status: 'unreadable', reason: 'no page and no recognised TikTok response was given' };
  const shell = !embedded && !(index && index.has(DATA_HOOKS)) && !metaDescription(doc);
  return {
    status: 'unreadable',
    reason: shell
      ? 'empty app shell: no embedded data, no data-e2e hooks and no meta description (not zero)'
      : 'no numbers for this page were found in its embedded data, markup or meta description',
  };
}
