import { describe, expect, test } from 'vitest';
import {
  E2E,
  e2e,
  INTERSTITIALS,
  LINKS,
  META,
  PLAYER_ID_PREFIX,
  SCRIPT_IDS,
} from '../../../../lib/sites/tiktok/selectors';
import { fixtureDoc, HTML_FIXTURES } from './load';

/**
 * How many elements each selector matches on each committed fixture, counted by hand with grep on
 * the raw files. A TikTok markup change shows up here as one failing line.
 */
const EXPECTED: Record<(typeof HTML_FIXTURES)[number], Record<string, number>> = {
  'profile-rendered-2025-12.html': {
    'user-title': 1,
    'user-subtitle': 1,
    'user-bio': 1,
    'user-link': 1,
    'followers-count': 1,
    'following-count': 1,
    'likes-count': 1,
    'user-post-item': 18,
    'video-views': 18,
    universal: 1,
    'meta description': 1,
    'og:description': 1,
    canonical: 1,
    'og:url': 1,
    player: 1,
    'grid links': 18,
  },
  'video-rendered-2025-12.html': {
    'recommend-list-item-container': 13,
    'like-count': 2,
    'comment-count': 2,
    'share-count': 2,
    'undefined-count': 2,
    'video-desc': 2,
    'video-author-avatar': 2,
    'sponsored-tag': 1,
    universal: 1,
    'meta description': 1,
    'og:description': 1,
    canonical: 1,
    'og:url': 1,
    player: 2,
  },
  'video-logged-out-2026-07.html': { universal: 1 },
  'sigi-profile-synthetic.html': {
    'user-title': 1,
    'user-subtitle': 1,
    'user-bio': 1,
    'followers-count': 1,
    'following-count': 1,
    'likes-count': 1,
    'user-post-item': 2,
    'video-views': 2,
    'video-card-badge': 1,
    sigi: 1,
    'meta description': 1,
    'grid links': 2,
  },
  'profile-overflow-synthetic.html': {
    'user-title': 1,
    'user-subtitle': 1,
    'followers-count': 1,
    'following-count': 1,
    'likes-count': 1,
    universal: 1,
    'meta description': 1,
  },
  'private-synthetic.html': {
    'user-title': 1,
    'followers-count': 1,
    'following-count': 1,
    'likes-count': 1,
    universal: 1,
    'meta description': 1,
  },
  'not-found-synthetic.html': { universal: 1 },
  'login-wall-synthetic.html': { login: 1 },
  'captcha-synthetic.html': { captcha: 1 },
  'empty-shell-synthetic.html': {},
  'video-comments-synthetic.html': {
    'browse-like-count': 1,
    'browse-comment-count': 1,
    'share-count': 1,
    'undefined-count': 1,
    'browse-video-desc': 1,
    'browse-user-avatar': 1,
    'comment-level-1': 2,
    'comment-level-2': 1,
    'comment-username-1': 2,
    'comment-username-2': 1,
    'comment-like-count': 3,
    'meta description': 1,
  },
};

const e2eNames = [...new Set(Object.values(E2E).flatMap((group) => Object.values(group).flat()))];

const SELECTORS: Record<string, (doc: Document) => number> = {
  ...Object.fromEntries(
    e2eNames.map((name) => [name, (doc: Document) => doc.querySelectorAll(e2e(name)).length]),
  ),
  universal: (doc) => (doc.getElementById(SCRIPT_IDS.universal) ? 1 : 0),
  sigi: (doc) => (doc.getElementById(SCRIPT_IDS.sigi) ? 1 : 0),
  'meta description': (doc) => doc.querySelectorAll(META.description[0]).length,
  'og:description': (doc) => doc.querySelectorAll(META.description[1]).length,
  canonical: (doc) => doc.querySelectorAll(META.pageUrl[0]).length,
  'og:url': (doc) => doc.querySelectorAll(META.pageUrl[1]).length,
  player: (doc) => doc.querySelectorAll(`[id^="${PLAYER_ID_PREFIX}"]`).length,
  'grid links': (doc) =>
    [...doc.querySelectorAll(e2e(E2E.grid.item[0]))].filter((item) =>
      item.querySelector(LINKS.gridVideo),
    ).length,
  captcha: (doc) => doc.querySelectorAll(INTERSTITIALS.captcha).length,
  login: (doc) => doc.querySelectorAll(INTERSTITIALS.login).length,
};

describe('selector matches per fixture', () => {
  const rows = HTML_FIXTURES.flatMap((file) =>
    Object.keys(SELECTORS).map((name) => [file, name, EXPECTED[file][name] ?? 0] as const),
  );
  test.each(rows)('%s: %s matches %d', (file, name, count) => {
    expect(SELECTORS[name]!(fixtureDoc(file))).toBe(count);
  });

  test.each(Object.keys(SELECTORS))(
    '%s matches on at least one fixture (no dead alternative)',
    (name) => {
      expect(HTML_FIXTURES.some((file) => (EXPECTED[file][name] ?? 0) > 0)).toBe(true);
    },
  );
});
