import { describe, expect, test } from 'vitest';
import type { PageReading } from '../../../lib/model/reading';
import { readFixture as readInstagram, readResponse } from './instagram/fixtures';
import { fixtureJson, readFixture as readTikTok } from './tiktok/load';

/**
 * Each post's format as the page's data states it, on the real captures (and the synthetic files
 * that model what no capture shows): video, carousel, single image, or null when the page does
 * not say. Expected values were read from the raw files by hand (media_type, product_type,
 * __typename, edge_sidecar_to_children, imagePost.images, video.duration).
 */
const formats = (r: PageReading) => r.posts.map((p) => [p.id, p.format]);

describe('Instagram', () => {
  test.each([
    // __typename XDTGraphSidecar with 4 slides (3 XDTGraphVideo, 1 XDTGraphImage), is_video false
    [
      'post-graphql-2025-06-carousel.json',
      'https://www.instagram.com/p/DKHRsO_tx_o/',
      'DKHRsO_tx_o',
      'carousel',
    ],
    // __typename XDTGraphVideo, is_video true
    [
      'post-graphql-2025-06-reel.json',
      'https://www.instagram.com/reel/DJ_1LHjIUKb/',
      'DJ_1LHjIUKb',
      'video',
    ],
  ] as const)('%s: the post %s is a %s', (file, url, id, format) => {
    const r = readResponse(file, url);
    expect(r.status).toBe('ok');
    expect(formats(r)).toEqual([[id, format]]);
  });

  test('a carousel’s slides (each with its own shortcode and counts) are not posts of their own', () => {
    const r = readResponse(
      'post-graphql-2025-06-carousel.json',
      'https://www.instagram.com/p/DKHRl_kNZi1/',
    );
    expect(r.posts.map((p) => p.id)).not.toContain('DKHRsO_tx_o');
    expect(r.status).not.toBe('ok');
  });

  test('profile grid (media_type 2 / product_type clips, one media_type 8 carousel_container)', () => {
    const r = readResponse(
      'profile-grid-graphql-2024-03.json',
      'https://www.instagram.com/anasaiaofficial/',
    );
    expect(r.posts).toHaveLength(12);
    const ids = (format: string | null) =>
      r.posts.filter((p) => p.format === format).map((p) => p.id);
    expect(ids('carousel')).toEqual(['CmaYvrqrNWz']);
    expect(ids('video')).toHaveLength(11);
    expect(ids(null)).toEqual([]);
  });

  test.each([
    // data-sjs web_info item: media_type 2, product_type clips
    [
      'reel-logged-in-2024-03.html',
      'https://www.instagram.com/reel/C10MvewSSYl/',
      'C10MvewSSYl',
      'video',
    ],
    // window._sharedData shortcode_media: __typename GraphImage, is_video false
    [
      'post-rendered-with-comments-2021-10.html',
      'https://www.instagram.com/p/BWUDBntl3_Z/',
      'BWUDBntl3_Z',
      'image',
    ],
    // meta only: a /reel/ address serves only reels
    [
      'reel-logged-out-2024-12.html',
      'https://www.instagram.com/reel/CN2VQ1yI_MA/',
      'CN2VQ1yI_MA',
      'video',
    ],
    // meta only at a /p/ address, which serves every format: not stated
    [
      'post-photo-logged-out-2024-12.html',
      'https://www.instagram.com/p/CPeC-Eenc8l/',
      'CPeC-Eenc8l',
      null,
    ],
  ] as const)('%s (%s): %s is %s', (file, url, id, format) => {
    const r = readInstagram(file, url);
    expect(r.status).toBe('ok');
    expect(formats(r)).toEqual([[id, format]]);
  });

  test('feed-user-synthetic.json: v1 items (reel, carousel, photo)', () => {
    const r = readResponse(
      'feed-user-synthetic.json',
      'https://www.instagram.com/nasa/',
      'https://www.instagram.com/api/v1/feed/user/528817151/',
    );
    expect(r.posts.map((p) => p.format)).toEqual(['video', 'carousel', 'image']);
  });
});

describe('TikTok', () => {
  test.each([
    // itemStruct.video.duration 64
    ['video-rendered-2025-12.html', 'https://www.tiktok.com/@illojuan/video/7571863205253778710'],
    // itemStruct.video.duration 67
    [
      'video-logged-out-2026-07.html',
      'https://www.tiktok.com/@mysticaquariumct/video/7660566211100511518',
    ],
  ])('%s: a video', (file, url) => {
    const r = readTikTok(file, url);
    expect(r.status).toBe('ok');
    expect(r.posts[0]?.format).toBe('video');
  });

  test('a photo post of three pictures is a carousel, though it carries a slideshow video too', () => {
    const r = readTikTok(
      'photo-logged-out-synthetic.html',
      'https://www.tiktok.com/@mysticaquariumct/photo/7660566211100599999',
    );
    expect(r.status).toBe('ok');
    expect(formats(r)).toEqual([['7660566211100599999', 'carousel']]);
  });

  test('item_list: items with a video duration are videos, a one-picture photo post an image', () => {
    const r = readTikTok(null, 'https://www.tiktok.com/@paintwithana', [
      {
        url: 'https://www.tiktok.com/api/post/item_list/?count=30',
        body: fixtureJson('item-list-synthetic.json'),
      },
    ]);
    expect(formats(r)).toEqual([
      ['7500000000000000001', 'video'],
      ['7500000000000000002', 'video'],
      ['7500000000000000003', 'image'],
    ]);
  });

  test.each([
    // 18 grid cells read from the DOM: a /video/ link (TikTok serves photo posts there too)
    ['profile-rendered-2025-12.html', 'https://www.tiktok.com/@illojuan', 18],
    // SIGI_STATE ItemModule entries without video or imagePost
    ['sigi-profile-synthetic.html', 'https://www.tiktok.com/@paintwithana', 2],
  ])('%s: posts whose data states no format stay unknown', (file, url, n) => {
    const r = readTikTok(file, url);
    expect(r.posts).toHaveLength(n);
    expect(r.posts.every((p) => p.format === null)).toBe(true);
  });
});
