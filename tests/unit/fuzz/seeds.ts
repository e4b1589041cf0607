import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const fixtures = fileURLToPath(new URL('../../fixtures/', import.meta.url));

/** The saved pages and responses the fuzzer mutates, each with the URL it was saved from. */
const table: Array<[file: string, url: string]> = [
  ['instagram/profile-logged-out-2024-12.html', 'https://www.instagram.com/pluto__travel/'],
  ['instagram/post-photo-logged-out-2024-12.html', 'https://www.instagram.com/p/CPeC-Eenc8l/'],
  ['instagram/reel-logged-out-2024-12.html', 'https://www.instagram.com/reel/CN2VQ1yI_MA/'],
  ['instagram/reel-logged-in-2024-03.html', 'https://www.instagram.com/reel/C10MvewSSYl/'],
  [
    'instagram/post-rendered-with-comments-2021-10.html',
    'https://www.instagram.com/p/BWUDBntl3_Z/',
  ],
  ['instagram/profile-logged-in-synthetic.html', 'https://www.instagram.com/nasa/'],
  ['instagram/post-it-meta-synthetic.html', 'https://www.instagram.com/willyrex/p/CPeC-Eenc8l/'],
  ['instagram/web-profile-info-2024-03.json', 'https://www.instagram.com/nasa/'],
  ['instagram/profile-grid-graphql-2024-03.json', 'https://www.instagram.com/anasaiaofficial/'],
  ['instagram/comments-graphql-2024-03.json', 'https://www.instagram.com/reel/C10MvewSSYl/'],
  ['instagram/post-graphql-2025-06-reel.json', 'https://www.instagram.com/p/DJ_1LHjIUKb/'],
  ['instagram/post-graphql-2025-06-carousel.json', 'https://www.instagram.com/p/DKHRsO_tx_o/'],
  ['tiktok/profile-rendered-2025-12.html', 'https://www.tiktok.com/@illojuan'],
  [
    'tiktok/video-rendered-2025-12.html',
    'https://www.tiktok.com/@illojuan/video/7571863205253778710',
  ],
  [
    'tiktok/video-logged-out-2026-07.html',
    'https://www.tiktok.com/@mysticaquariumct/video/7660566211100511518',
  ],
  ['tiktok/sigi-profile-synthetic.html', 'https://www.tiktok.com/@paintwithana'],
  ['tiktok/profile-overflow-synthetic.html', 'https://www.tiktok.com/@paintwithana'],
  [
    'tiktok/video-comments-synthetic.html',
    'https://www.tiktok.com/@paintwithana/video/7500000000000000001',
  ],
  ['tiktok/item-list-synthetic.json', 'https://www.tiktok.com/@paintwithana'],
  [
    'tiktok/comment-list-synthetic.json',
    'https://www.tiktok.com/@paintwithana/video/7500000000000000001',
  ],
];

export interface Seed {
  file: string;
  url: string;
  kind: 'html' | 'json';
  text: string;
}

/** What a data script must mention for any reader to look at it (see lib/sites/<platform>/selectors.ts). */
const dataKeys =
  /xdt_api|xdt_shortcode|edge_followed_by|like_count|comment_count|follower_count|_sharedData|statsV2|"stats"|userInfo|itemStruct|UserModule|ItemModule|interactionStatistic|ld\+json/;

/**
 * Scripts that hold no data the readers use (the platforms' application code and unrelated JSON)
 * and styles are dropped before mutating: they are most of each saved page's bytes.
 */
export function stripCode(html: string): string {
  return html
    .replace(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi, (whole, attrs: string, body: string) =>
      dataKeys.test(attrs) || dataKeys.test(body) ? whole : `<script${attrs}></script>`,
    )
    .replace(/<style\b[^>]*>[\s\S]*?<\/style>/gi, '')
    .replace(/<svg\b[^>]*>[\s\S]*?<\/svg>/gi, '<svg></svg>')
    .replace(/<link\b[^>]*>/gi, '');
}

export function loadSeeds(): Seed[] {
  return table.map(([file, url]) => {
    const raw = readFileSync(fixtures + file, 'utf8');
    const kind = file.endsWith('.json') ? 'json' : 'html';
    return { file, url, kind, text: kind === 'html' ? stripCode(raw) : raw };
  });
}
