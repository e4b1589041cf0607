import type { Deliverable } from '../../lib/model/deliverable';
import { expect, test } from './fixtures';
import { ask } from './popup-helpers';
import { backup, campaign, creator, entry, seed } from './dashboard-seed';

const SHOTS = process.env.SCOUT_SHOTS ?? 'test-results';

const deliverable = (
  postId: string,
  format: Deliverable['format'],
  takenAt: string | null,
  visits: Deliverable['visits'],
): Deliverable => ({
  postId,
  url: `https://www.instagram.com/p/${postId}/`,
  format,
  takenAt,
  addedAt: '2026-03-06T10:00:00.000Z',
  how: 'found',
  carries: ['code'],
  visits,
});

const ann = {
  ...creator('ann', 10_000, {
    campaigns: [
      entry('c1', {
        status: 'live',
        discountCode: 'ANN15',
        deliverables: [
          deliverable('REEL1', 'video', '2026-03-05T09:00:00.000Z', [
            {
              at: '2026-03-09T10:00:00.000Z',
              likes: 1_240,
              comments: 56,
              views: null,
              shares: null,
            },
          ]),
          deliverable('POST2', 'image', null, []),
        ],
      }),
    ],
  }),
  affiliateLink: 'https://shop.example/ref/ann',
};

test('the creator’s deliverables on the creator page and in the popup, with the affiliate link', async ({
  openExtensionPage,
}) => {
  const dashboard = await openExtensionPage('dashboard.html');
  await seed(
    dashboard,
    backup(
      [ann, creator('bob', 9_000, { campaigns: [entry('c1')] })],
      [campaign('c1', 'Spring kit')],
    ),
  );
  await ask(dashboard, { type: 'campaign/set-active', id: 'c1' });

  await dashboard.evaluate(() => (window.location.hash = '#/creator/instagram/ann'));
  const onPage = dashboard.getByTestId('scout-entry-deliverables');
  await expect(
    onPage.getByRole('heading', { name: 'Deliverables in this campaign (2)' }),
  ).toBeVisible();
  const items = onPage.getByTestId('scout-entry-deliverable');
  // Newest first: the undated one was recorded on Mar 6, after the reel's Mar 5.
  await expect(items.nth(0)).toHaveText(
    'Single image, publishing date not read: counts not read yet Open the post',
  );
  await expect(items.nth(1)).toHaveText(
    'Video / reel, published Mar 5, 2026: 1,240 likes, 56 comments at the latest visit Open the post',
  );
  await expect(items.nth(1).getByRole('link', { name: 'Open the post' })).toHaveAttribute(
    'href',
    'https://www.instagram.com/p/REEL1/',
  );
  await onPage.screenshot({ path: `${SHOTS}/creator-page-deliverables.png` });

  const popup = await openExtensionPage('popup.html');
  await popup.getByRole('button', { name: 'Draft outreach to @ann' }).click();
  const detail = popup.locator('article.detail');
  await expect(detail.getByTestId('scout-entry-deliverables')).toContainText(
    'Deliverables in this campaign (2)',
  );
  await expect(detail.getByText('https://shop.example/ref/ann')).toBeVisible();
  await expect(detail.getByTestId('scout-copy-affiliate')).toHaveAccessibleName(
    'Copy the affiliate link',
  );
  await popup.screenshot({ path: `${SHOTS}/popup-deliverables.png`, fullPage: true });

  // A creator without either: both said, not blank.
  await popup.getByRole('button', { name: '← Shortlist' }).click();
  await popup.getByRole('button', { name: 'Draft outreach to @bob' }).click();
  await expect(popup.locator('article.detail')).toContainText(
    'none yet: add it on the creator’s page in the dashboard',
  );
  await expect(popup.getByTestId('scout-entry-deliverables')).toContainText(
    'No deliverable recorded yet',
  );
});
