import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { SELECTORS } from '../../../../lib/sites/instagram/selectors';
import { fixtureDoc } from './fixtures';

/**
 * How many elements each selector matches on each committed page (file name without .html;
 * pages not listed: zero). A markup change in a new capture shows up here as one failing line.
 */
const EXPECTED: Record<keyof typeof SELECTORS, Record<string, number>> = {
  jsonScripts: {
    'empty-shell-synthetic': 2,
    'post-photo-logged-out-2024-12': 32,
    'private-synthetic': 1,
    'profile-logged-in-synthetic': 2,
    'profile-logged-out-2024-12': 32,
    'reel-logged-in-2024-03': 40,
    'reel-logged-out-2024-12': 32,
    'story-synthetic': 1,
  },
  inlineScripts: { 'post-rendered-with-comments-2021-10': 8 },
  metaDescription: {
    'post-it-meta-synthetic': 1,
    'post-photo-logged-out-2024-12': 1,
    'post-rendered-with-comments-2021-10': 1,
    'private-synthetic': 1,
    'profile-fr-meta-synthetic': 1,
    'profile-logged-in-synthetic': 1,
    'profile-logged-out-2024-12': 1,
    'reel-logged-in-2024-03': 1,
    'reel-logged-out-2024-12': 1,
    'story-synthetic': 1,
  },
  ogDescription: {
    'post-photo-logged-out-2024-12': 1,
    'post-rendered-with-comments-2021-10': 1,
    'profile-logged-in-synthetic': 1,
    'profile-logged-out-2024-12': 1,
    'reel-logged-in-2024-03': 1,
    'reel-logged-out-2024-12': 1,
    'story-synthetic': 1,
  },
  ogTitle: {
    'post-photo-logged-out-2024-12': 1,
    'post-rendered-with-comments-2021-10': 1,
    'private-synthetic': 1,
    'profile-fr-meta-synthetic': 1,
    'profile-logged-in-synthetic': 1,
    'profile-logged-out-2024-12': 1,
    'reel-logged-in-2024-03': 1,
    'reel-logged-out-2024-12': 1,
    'story-synthetic': 1,
  },
  ogUrl: {
    'post-it-meta-synthetic': 1,
    'post-photo-logged-out-2024-12': 1,
    'post-rendered-with-comments-2021-10': 1,
    'private-synthetic': 1,
    'profile-fr-meta-synthetic': 1,
    'profile-logged-in-synthetic': 1,
    'profile-logged-out-2024-12': 1,
    'reel-logged-in-2024-03': 1,
    'reel-logged-out-2024-12': 1,
    'story-synthetic': 1,
  },
  twitterTitle: {
    'post-it-meta-synthetic': 1,
    'post-photo-logged-out-2024-12': 1,
    'reel-logged-in-2024-03': 1,
    'reel-logged-out-2024-12': 1,
  },
  canonical: {
    'post-photo-logged-out-2024-12': 1,
    'post-rendered-with-comments-2021-10': 1,
    'profile-logged-out-2024-12': 1,
    'reel-logged-in-2024-03': 1,
    'reel-logged-out-2024-12': 1,
    'story-synthetic': 1,
    'embed-captioned-synthetic': 1,
  },
  followersLink: { 'profile-logged-in-synthetic': 1 },
  followingLink: { 'profile-logged-in-synthetic': 1 },
  header: {
    'post-rendered-with-comments-2021-10': 1,
    'private-synthetic': 1,
    'profile-logged-in-synthetic': 1,
  },
  headerTexts: { 'profile-logged-in-synthetic': 3 },
  externalLink: { 'profile-logged-in-synthetic': 1 },
  verifiedBadge: { 'post-rendered-with-comments-2021-10': 1, 'profile-logged-in-synthetic': 2 },
  likedByLink: { 'post-rendered-with-comments-2021-10': 1 },
  timeInLink: {
    'comments-rendered-2026-fr-with-replies': 15,
    'post-rendered-with-comments-2021-10': 13,
  },
  commentPermalink: {
    'comments-rendered-2026-fr-with-replies': 15,
    'post-rendered-with-comments-2021-10': 12,
  },
  commentTime: {
    'comments-rendered-2026-fr-with-replies': 15,
    'post-rendered-with-comments-2021-10': 14,
    'story-synthetic': 1,
  },
  buttons: {
    'comments-rendered-2026-fr-image-comment': 2,
    'comments-rendered-2026-fr-with-replies': 42,
    'login-wall-synthetic': 1,
    'post-rendered-with-comments-2021-10': 57,
    'profile-logged-in-synthetic': 1,
  },
  commentBlockStop: {
    'not-found-synthetic': 1,
    'post-rendered-with-comments-2021-10': 2,
    'private-synthetic': 3,
    'profile-logged-in-synthetic': 3,
  },
  commentText: {
    'comments-rendered-2026-fr-fb-comments': 2,
    'comments-rendered-2026-fr-image-comment': 8,
    'comments-rendered-2026-fr-with-replies': 187,
    'post-photo-logged-out-2024-12': 1,
    'post-rendered-with-comments-2021-10': 31,
    'private-synthetic': 1,
    'profile-logged-in-synthetic': 8,
    'profile-logged-out-2024-12': 1,
    'reel-logged-in-2024-03': 1,
    'reel-logged-out-2024-12': 1,
    'embed-captioned-synthetic': 1,
  },
  notCommentText: {
    'comments-rendered-2026-fr-image-comment': 2,
    'comments-rendered-2026-fr-with-replies': 42,
    'login-wall-synthetic': 1,
    'not-found-synthetic': 1,
    'post-rendered-with-comments-2021-10': 70,
    'private-synthetic': 2,
    'profile-logged-in-synthetic': 3,
  },
  links: {
    'comments-rendered-2026-fr-image-comment': 2,
    'comments-rendered-2026-fr-with-replies': 59,
    'not-found-synthetic': 1,
    'post-rendered-with-comments-2021-10': 73,
    'profile-logged-in-synthetic': 6,
    'story-synthetic': 1,
    'embed-captioned-synthetic': 8,
  },
  titled: {
    'comments-rendered-2026-fr-with-replies': 15,
    'post-rendered-with-comments-2021-10': 16,
    'profile-logged-in-synthetic': 1,
  },
  renderedContent: {
    'login-wall-synthetic': 1,
    'not-found-synthetic': 1,
    'post-rendered-with-comments-2021-10': 61,
    'private-synthetic': 1,
    'profile-logged-in-synthetic': 7,
  },
  headings: {
    'not-found-synthetic': 1,
    'post-rendered-with-comments-2021-10': 13,
    'private-synthetic': 2,
    'profile-logged-in-synthetic': 2,
  },
  loginForm: { 'login-wall-synthetic': 1 },
  embedLikes: { 'embed-captioned-synthetic': 1 },
  embedComments: { 'embed-captioned-synthetic': 1 },
  embedAuthor: { 'embed-captioned-synthetic': 2 },
};

const pages = readdirSync(fileURLToPath(new URL('../../../fixtures/instagram/', import.meta.url)))
  .filter((f) => f.endsWith('.html'))
  .map((f) => f.replace(/\.html$/, ''));

describe('selector matches on the fixtures', () => {
  test('every selector has a row', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(Object.keys(SELECTORS).sort());
  });
  test.each(Object.entries(SELECTORS))('%s', (name, selector) => {
    const counts = Object.fromEntries(
      pages
        .map(
          (page) => [page, fixtureDoc(`${page}.html`).querySelectorAll(selector).length] as const,
        )
        .filter(([, n]) => n > 0),
    );
    expect(counts).toEqual(EXPECTED[name as keyof typeof SELECTORS]);
  });
  test('every selector matches on at least one committed page', () => {
    for (const [name, counts] of Object.entries(EXPECTED))
      expect(Object.keys(counts).length, name).toBeGreaterThan(0);
  });
});
