import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** A saved page and the real URL it is served at. */
export interface SavedPage {
  file: string;
  url: string;
  contentType?: string;
}

const fixtures = resolve(import.meta.dirname, '..', '..', 'tests', 'fixtures');

export const savedPages = {
  instagramProfile: {
    file: 'instagram/profile-logged-out-2024-12.html',
    url: 'https://www.instagram.com/pluto__travel/',
  },
  tiktokProfile: {
    file: 'tiktok/profile-rendered-2025-12.html',
    url: 'https://www.tiktok.com/@illojuan',
  },
  tiktokVideo: {
    file: 'tiktok/video-rendered-2025-12.html',
    url: 'https://www.tiktok.com/@illojuan/video/7571863205253778710',
  },
  // Logged-out post: the counts only in the meta description, "298K likes, 553 comments - willyrex on …".
  instagramPostLoggedOut: {
    file: 'instagram/post-photo-logged-out-2024-12.html',
    url: 'https://www.instagram.com/p/CPeC-Eenc8l/',
  },
  // The panel's browser tests (tests/e2e/panel-*.spec.ts).
  instagramProfileLoggedIn: {
    file: 'instagram/profile-logged-in-synthetic.html',
    url: 'https://www.instagram.com/nasa/',
  },
  instagramReelLoggedIn: {
    file: 'instagram/reel-logged-in-2024-03.html',
    url: 'https://www.instagram.com/reel/C10MvewSSYl/',
  },
  instagramStory: {
    file: 'instagram/story-synthetic.html',
    url: 'https://www.instagram.com/stories/pluto__travel/3523456789012345678/',
  },
  instagramLoginWall: {
    file: 'instagram/login-wall-synthetic.html',
    url: 'https://www.instagram.com/walled.creator/',
  },
  instagramPrivate: {
    file: 'instagram/private-synthetic.html',
    url: 'https://www.instagram.com/privatecreator/',
  },
  instagramNotFound: {
    file: 'instagram/not-found-synthetic.html',
    url: 'https://www.instagram.com/gone.creator/',
  },
  instagramHostileProfile: {
    file: 'e2e/instagram-profile-hostile-synthetic.html',
    url: 'https://www.instagram.com/hostile.creator/',
  },
  tiktokSigiProfile: {
    file: 'tiktok/sigi-profile-synthetic.html',
    url: 'https://www.tiktok.com/@paintwithana',
  },
  tiktokHostileProfile: {
    file: 'e2e/tiktok-profile-hostile-synthetic.html',
    url: 'https://www.tiktok.com/@hostile.creator',
  },
  tiktokHostileVideo: {
    file: 'e2e/tiktok-video-hostile-synthetic.html',
    url: 'https://www.tiktok.com/@hostile.creator/video/7400000000000000001',
  },
} satisfies Record<string, SavedPage>;

export function readSavedPage(page: SavedPage): Buffer {
  return readFileSync(resolve(fixtures, page.file));
}
