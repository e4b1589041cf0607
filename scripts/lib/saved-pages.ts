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
} satisfies Record<string, SavedPage>;

export function readSavedPage(page: SavedPage): Buffer {
  return readFileSync(resolve(fixtures, page.file));
}
