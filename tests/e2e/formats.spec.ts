import type { KeptPost } from '../../lib/model/creator';
import type { PostFormat } from '../../lib/model/reading';
import { expect, test } from './fixtures';
import { backup, campaign, creator, entry, seed } from './dashboard-seed';

const SHOTS = process.env.SCOUT_SHOTS;

let n = 0;
const post = (format: PostFormat | null, likes: number, comments: number): KeptPost => ({
  id: `P${++n}`,
  url: null,
  takenAt: '2026-03-01T10:00:00.000Z',
  caption: null,
  likes,
  comments,
  views: null,
  shares: null,
  countsExact: true,
  format,
  pinned: false,
  paidPartnership: null,
  handlesAndTags: null,
  seenAt: '2026-03-15T10:00:00.000Z',
});

function withPosts(handle: string, followers: number, posts: KeptPost[]) {
  return { ...creator(handle, followers, { campaigns: [entry('c1')] }), recentPosts: posts };
}

const data = backup(
  [
    // followers 10,000: video 5.2% and 3.1% (median 4.15%), carousel 4.4%, image 1.05%
    withPosts('ann', 10_000, [
      post('video', 500, 20),
      post('video', 300, 10),
      post('carousel', 400, 40),
      post('image', 100, 5),
      post(null, 900, 90),
    ]),
    // followers 1,000: video 2%
    withPosts('bob', 1_000, [post('video', 18, 2)]),
  ],
  [campaign('c1', 'Spring kit')],
);

const rate = (section: ReturnType<import('@playwright/test').Page['getByTestId']>, f: string) =>
  section.locator(`[data-testid="scout-format-row"][data-format="${f}"] td[data-value]`);

test('a creator page and the campaign split engagement by format, unknown formats left out', async ({
  openExtensionPage,
}) => {
  const page = await openExtensionPage('dashboard.html');
  await seed(page, data);
  for (const [width, height] of [
    [1280, 800],
    [390, 844],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.evaluate(() => (window.location.hash = '#/creator/instagram/ann'));
    const own = page.getByTestId('scout-creator-formats');
    await expect(rate(own, 'video')).toHaveAttribute('data-value', String((0.052 + 0.031) / 2));
    await expect(rate(own, 'carousel')).toHaveAttribute('data-value', '0.044');
    await expect(rate(own, 'image')).toHaveAttribute('data-value', '0.0105');
    await expect(own).toContainText('1 post whose format the page did not state is left out');
    await expect(page.getByTestId('scout-creator-formats-chart')).toBeVisible();
    if (SHOTS) await own.screenshot({ path: `${SHOTS}/creator-formats-${width}.png` });

    await page.evaluate(() => (window.location.hash = '#/campaigns'));
    const group = page.getByTestId('scout-campaign-formats-instagram');
    await expect(group).toContainText('Instagram (2 creators)');
    // Pooled: 5.2%, 3.1%, 2% → median 3.1%, from both creators.
    await expect(rate(group, 'video')).toHaveAttribute('data-value', '0.031');
    await expect(
      group.locator('[data-testid="scout-format-row"][data-format="video"] td').nth(2),
    ).toHaveText('2');
    if (SHOTS) await group.screenshot({ path: `${SHOTS}/campaign-formats-${width}.png` });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
    );
    expect(overflow).toBe(false);
  }
});
