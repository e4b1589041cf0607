import type { Page } from '@playwright/test';
import type { Deliverable } from '../../lib/model/deliverable';
import { savedPages } from '../../scripts/lib/saved-pages';
import { expect, test } from './fixtures';
import { panel } from './panel';
import { ask, createCampaign } from './popup-helpers';
import { backup, campaign, creator, entry, handResult, seed } from './dashboard-seed';
import { atEveryScreen } from './screens';

const SHOTS = process.env.SCOUT_SHOTS ?? 'test-results';

/** The real saved TikTok video: @illojuan, published 2025-11-12, caption names @burgerking_es. */
const VIDEO_ID = '7571863205253778710';
const juan = { platform: 'tiktok', handle: 'illojuan' } as const;

async function deliverablesOf(page: Page, campaignId: string): Promise<Deliverable[]> {
  const { creator: record } = await ask(page, { type: 'creator/get', key: juan });
  return record?.campaigns.find((e) => e.campaignId === campaignId)?.deliverables ?? [];
}

test('a shortlisted creator’s video carrying the brand, opened during the campaign, is a deliverable; added and removed by hand', async ({
  openSavedPage,
  openExtensionPage,
}) => {
  const popup = await openExtensionPage('popup.html');
  const created = await createCampaign(popup, {
    name: 'Mystery menu',
    brief: { name: 'Mystery menu', brand: 'Burger King' },
    startsOn: '2025-11-01',
  });
  await ask(popup, { type: 'creator/shortlist', key: juan, campaignId: created.id });

  const video = await openSavedPage(savedPages.tiktokVideo);
  await expect(panel(video).part('scout-followers')).toHaveAttribute('data-value', '783400');
  await expect.poll(async () => (await deliverablesOf(popup, created.id)).length).toBe(1);
  const [found] = await deliverablesOf(popup, created.id);
  expect(found).toMatchObject({ postId: VIDEO_ID, how: 'found', carries: ['brand'] });
  expect(found!.format).toBe('video');
  expect(found!.visits).toHaveLength(1);
  expect(found!.visits[0]!.likes).toBeGreaterThan(0);

  const page = await openExtensionPage('dashboard.html#/campaigns');
  const section = page.getByTestId('scout-deliverables');
  await expect(section.getByRole('heading', { name: 'Deliverables (1)' })).toBeVisible();
  const card = section.locator(`[data-testid="scout-deliverable"][data-post-id="${VIDEO_ID}"]`);
  await expect(card).toContainText('@illojuan');
  await expect(card).toContainText('Found on a visit: the caption carries the brand');
  await expect(card).toContainText('Published Nov 12, 2025');
  await expect(card.getByRole('link', { name: 'Open the post' })).toHaveAttribute(
    'href',
    `https://www.tiktok.com/@illojuan/video/${VIDEO_ID}`,
  );
  // One visit so far: no line to draw yet, and it says so.
  await expect(card.getByTestId('scout-deliverable-chart')).toHaveCount(0);
  await expect(card).toContainText('Read at one visit so far');
  await expect(
    page.locator('[data-testid="scout-deliverable-format-row"][data-format="video"] td').first(),
  ).toHaveText('1');

  // By hand: a wrong platform's address and another creator's video are refused, nothing added.
  const url = page.getByTestId('scout-deliverable-url');
  await url.fill('https://www.instagram.com/p/C10MvewSSYl/');
  await page.getByTestId('scout-deliverable-add').click();
  await expect(section.getByRole('status')).toContainText(
    'That is not the address of a post or video on TikTok',
  );
  await url.fill('https://www.tiktok.com/@someoneelse/video/7000000000000000001');
  await page.getByTestId('scout-deliverable-add').click();
  await expect(section.getByRole('status')).toContainText(
    'That post is by @someoneelse, not @illojuan',
  );
  await url.fill('https://www.tiktok.com/@illojuan/video/7000000000000000002?lang=es');
  await page.getByTestId('scout-deliverable-add').click();
  await expect(section.getByRole('heading', { name: 'Deliverables (2)' })).toBeVisible();
  const byHand = section.locator(
    '[data-testid="scout-deliverable"][data-post-id="7000000000000000002"]',
  );
  await expect(byHand).toContainText('Added by hand');
  await expect(byHand).toContainText('Publishing date not read');
  await expect(byHand.getByRole('link', { name: 'Open the post' })).toHaveAttribute(
    'href',
    'https://www.tiktok.com/@illojuan/video/7000000000000000002',
  );

  // Removed: gone from the screen and not found again when the video is opened again.
  await card.getByRole('button', { name: /^Remove/ }).click();
  await expect(section.getByRole('heading', { name: 'Deliverables (1)' })).toBeVisible();
  await expect(card).toHaveCount(0);
  await video.reload();
  await expect(panel(video).part('scout-followers')).toHaveAttribute('data-value', '783400');
  // The reload's visit is recorded (its time moves on) and still leaves the removed post out.
  await expect
    .poll(async () => {
      const { creator: record } = await ask(popup, { type: 'creator/get', key: juan });
      return (record?.lastSeenAt ?? '') > found!.addedAt;
    })
    .toBe(true);
  expect((await deliverablesOf(popup, created.id)).map((d) => d.postId)).toEqual([
    '7000000000000000002',
  ]);
});

const visit = (at: string, likes: number, comments: number, views: number | null = null) => ({
  at,
  likes,
  comments,
  views,
  shares: null,
});

const deliverable = (
  postId: string,
  format: Deliverable['format'],
  visits: Deliverable['visits'],
): Deliverable => ({
  postId,
  url: `https://www.instagram.com/p/${postId}/`,
  format,
  takenAt: '2026-03-05T09:00:00.000Z',
  addedAt: '2026-03-06T10:00:00.000Z',
  how: 'found',
  carries: ['code', 'brand'],
  visits,
});

const results = (conversions: number, revenue: number) => handResult({ conversions, revenue });

const seeded = backup(
  [
    // 10,000 followers: the reel at 500 + 20 → 5.2%, read three times
    creator('ann', 10_000, {
      campaigns: [
        entry('c1', {
          deliverables: [
            deliverable('REEL1', 'video', [
              visit('2026-03-06T10:00:00.000Z', 200, 5),
              visit('2026-03-09T10:00:00.000Z', 420, 15),
              visit('2026-03-15T10:00:00.000Z', 500, 20),
            ]),
          ],
          results: results(30, 1200),
        }),
      ],
    }),
    // 2,000 followers: a carousel at 190 + 10 → 10%
    creator('bob', 2_000, {
      campaigns: [
        entry('c1', {
          deliverables: [
            deliverable('CARO1', 'carousel', [visit('2026-03-10T10:00:00.000Z', 190, 10)]),
          ],
          results: results(10, 300),
        }),
      ],
    }),
    creator('cem', 5_000, { campaigns: [entry('c1')] }),
  ],
  [campaign('c1', 'Spring kit')],
);

test('the campaign shows each deliverable’s counts over the visits and the results by format', async ({
  openExtensionPage,
}) => {
  const page = await openExtensionPage('dashboard.html');
  await seed(page, seeded);
  await page.evaluate(() => (window.location.hash = '#/campaigns'));
  const section = page.getByTestId('scout-deliverables');
  await expect(section.getByRole('heading', { name: 'Deliverables (2)' })).toBeVisible();
  const reel = section.locator('[data-testid="scout-deliverable"][data-post-id="REEL1"]');
  await expect(reel).toContainText(
    'Found on a visit: the caption carries the discount code and brand',
  );
  await expect(reel.getByTestId('scout-deliverable-latest')).toContainText('500');
  await reel.getByText('Counts at each visit').click();
  await expect(reel.getByTestId('scout-deliverable-visits').locator('tbody tr')).toHaveCount(3);
  await expect(reel).toContainText('Likes and comments over 3 visits');
  await expect(reel.getByTestId('scout-deliverable-chart')).toBeVisible();
  await expect(
    section.locator('[data-testid="scout-deliverable"][data-post-id="CARO1"]'),
  ).toContainText('Read at one visit so far');
  await expect(section.getByTestId('scout-deliverables-waiting')).toContainText(
    'No deliverable yet from @cem.',
  );

  const formats = page.getByTestId('scout-deliverable-formats-instagram');
  const cell = (format: string, n: number) =>
    formats.locator(
      `[data-testid="scout-deliverable-format-row"][data-format="${format}"] td:nth-of-type(${n})`,
    );
  await expect(cell('video', 3)).toHaveAttribute('data-value', '0.052');
  await expect(cell('carousel', 3)).toHaveAttribute('data-value', '0.1');
  await expect(cell('video', 6)).toHaveAttribute('data-value', '1200');
  await expect(cell('carousel', 5)).toHaveAttribute('data-value', '10');
  await expect(page.getByTestId('scout-deliverable-formats-instagram-chart')).toBeVisible();
  await expect(page.getByTestId('scout-deliverable-formats-instagram-revenue')).toBeVisible();

  await atEveryScreen(page, async ({ width }, scheme) => {
    await section.scrollIntoViewIfNeeded();
    await section.screenshot({ path: `${SHOTS}/deliverables-${width}-${scheme}.png` });
    await page
      .getByTestId('scout-deliverable-formats')
      .screenshot({ path: `${SHOTS}/deliverable-formats-${width}-${scheme}.png` });
  });
});

test('a campaign without deliverables says how they are found', async ({ openExtensionPage }) => {
  const page = await openExtensionPage('dashboard.html');
  await seed(
    page,
    backup([creator('cem', 5_000, { campaigns: [entry('c1')] })], [campaign('c1', 'Spring kit')]),
  );
  await page.evaluate(() => (window.location.hash = '#/campaigns'));
  await expect(page.getByTestId('scout-deliverables-empty')).toContainText(
    'when its caption carries their discount code, tracked link or the brand, it is recorded here',
  );
  await expect(page.getByTestId('scout-deliverable-formats')).toContainText(
    'results by format show once creators have published',
  );
});
