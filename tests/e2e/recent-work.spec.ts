import { expect, test } from './fixtures';
import { backup, campaign, creator, entry, seed } from './dashboard-seed';
import type { Deliverable } from '../../lib/model/deliverable';

const SHOTS = 'test-results';
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();
const dayAgo = (n: number) => daysAgo(n).slice(0, 10);

const deliverable = (postId: string, takenAt: string): Deliverable => ({
  postId,
  url: `https://www.instagram.com/p/${postId}/`,
  format: 'video',
  takenAt,
  addedAt: takenAt,
  how: 'found',
  carries: ['code'],
  visits: [],
});

// ann: a recent campaign with two posts (one older than six months) and one from a year ago;
// bob: shortlisted only, which is no work done.
const data = backup(
  [
    creator('ann', 12_000, {
      campaigns: [
        entry('recent', {
          status: 'live',
          addedAt: daysAgo(60),
          updatedAt: daysAgo(20),
          deliverables: [deliverable('Post1', daysAgo(30)), deliverable('Post0', daysAgo(250))],
        }),
        entry('old', { status: 'reporting', addedAt: daysAgo(400), updatedAt: daysAgo(380) }),
      ],
    }),
    creator('bob', 30_000, { campaigns: [entry('recent', { addedAt: daysAgo(10) })] }),
  ],
  [
    campaign('recent', 'Autumn kit', { startsOn: dayAgo(70), endsOn: null }),
    campaign('old', 'Last year', { startsOn: dayAgo(420), endsOn: dayAgo(370) }),
  ],
);

test('the creator page and the table count campaigns and deliverables of the last six months', async ({
  openExtensionPage,
}) => {
  const page = await openExtensionPage('dashboard.html');
  await seed(page, data);
  await page.getByTestId('scout-columns').locator('summary').click();
  await page.getByTestId('scout-column-recentWork').check();
  await expect(page.locator('[data-handle="ann"]')).toContainText('Campaigns 1 · deliverables 1');
  await expect(page.locator('[data-handle="bob"]')).toContainText('Campaigns 0 · deliverables 0');
  for (const [width, height] of [
    [1280, 800],
    [390, 844],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `${SHOTS}/recent-work-table-${width}.png` });
  }
  await page.evaluate(() => (window.location.hash = '#/creator/instagram/ann'));
  const line = page.getByTestId('scout-recent-work');
  await expect(line).toContainText('1 campaign worked on, 1 deliverable published');
  for (const [width, height] of [
    [1280, 800],
    [390, 844],
  ] as const) {
    await page.setViewportSize({ width, height });
    await line.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/recent-work-creator-${width}.png` });
  }
});
