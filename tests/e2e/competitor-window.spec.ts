import { savedPages } from '../../scripts/lib/saved-pages';
import { expect, test } from './fixtures';
import { panel } from './panel';
import { ask, createCampaign } from './popup-helpers';

const SHOTS = process.env.SCOUT_SHOTS ?? 'test-results';

/** The real saved TikTok video: @illojuan, published 2025-11-12, names @burgerking_es. */
const VIDEO_ID = '7571863205253778710';
const juan = { platform: 'tiktok', handle: 'illojuan' } as const;

test('a competitor named in a creator’s video 19 days before the campaign starts is flagged; a 10-day window leaves it out and says why', async ({
  openSavedPage,
  openExtensionPage,
}) => {
  const popup = await openExtensionPage('popup.html');
  const created = await createCampaign(
    popup,
    {
      name: 'Winter menu',
      brief: { name: 'Winter menu', brand: 'Telepizza', competitors: ['Burger King', 'KFC'] },
      startsOn: '2025-12-01',
      endsOn: '2025-12-31',
    },
    { active: false },
  );
  await ask(popup, { type: 'creator/shortlist', key: juan, campaignId: created.id });
  await ask(popup, {
    type: 'creator/shortlist',
    key: { platform: 'tiktok', handle: 'notreadyet' },
    campaignId: created.id,
  });

  // Before any visit: nothing read, and it says so instead of "clear".
  const page = await openExtensionPage('dashboard.html#/campaigns');
  const section = page.getByTestId('scout-competitor-window');
  await expect(section.getByTestId('scout-competitor-unchecked')).toHaveCount(2);
  await expect(section.getByTestId('scout-competitor-hit')).toHaveCount(0);

  const video = await openSavedPage(savedPages.tiktokVideo);
  await expect(panel(video).part('scout-followers')).toHaveAttribute('data-value', '783400');
  await expect
    .poll(async () => {
      const { creator } = await ask(popup, { type: 'creator/get', key: juan });
      return creator?.recentPosts.find((p) => p.id === VIDEO_ID)?.handlesAndTags ?? null;
    })
    .toContain('@burgerking_es');

  await page.reload();
  await expect(section).toContainText('from 30 days before its start to 30 days after its end');
  await expect(section).toContainText('Nov 1, 2025 to Jan 30, 2026');
  const hit = section.getByTestId('scout-competitor-hit');
  await expect(hit).toHaveCount(1);
  await expect(hit).toHaveAttribute('data-post-id', VIDEO_ID);
  await expect(hit).toHaveText(
    '@illojuan: post of Nov 12, 2025 names Burger King in an @mention, 19 days before the start. Open the post',
  );
  await expect(hit.getByRole('link', { name: 'Open the post' })).toHaveAttribute(
    'href',
    `https://www.tiktok.com/@illojuan/video/${VIDEO_ID}`,
  );
  await expect(
    section.locator('[data-testid="scout-competitor-unchecked"][data-handle="notreadyet"]'),
  ).toHaveText('@notreadyet: no post read yet. Open their profile to read their recent posts.');
  await section.screenshot({ path: `${SHOTS}/competitor-window-hit.png` });
  await page.setViewportSize({ width: 390, height: 844 });
  await section.screenshot({ path: `${SHOTS}/competitor-window-narrow.png` });
  await page.setViewportSize({ width: 1280, height: 800 });

  // The window in Settings: 10 days no longer reaches back to Nov 12.
  await page.evaluate(() => (window.location.hash = '#settings'));
  const days = page.getByRole('spinbutton', { name: /^Competitor window/ });
  await expect(days).toHaveValue('30');
  await days.fill('10');
  await page
    .locator('label.num-input', { has: days })
    .screenshot({ path: `${SHOTS}/competitor-window-setting.png` });
  await page.getByTestId('scout-save-settings').click();
  await expect(page.getByText('Settings saved.')).toBeVisible();
  await page.evaluate(() => (window.location.hash = '#/campaigns'));
  await expect(section).toContainText('from 10 days before its start');
  await expect(hit).toHaveCount(0);
  await expect(
    section.locator('[data-testid="scout-competitor-unchecked"][data-handle="illojuan"]'),
  ).toHaveText(
    '@illojuan: the posts read are all from Nov 12, 2025, outside the window. Open their profile or posts from the window to read them.',
  );
  await section.screenshot({ path: `${SHOTS}/competitor-window-outside.png` });

  // No start date: no window, said so.
  await ask(popup, { type: 'campaign/update', id: created.id, patch: { startsOn: null } });
  await page.reload();
  await expect(section.getByTestId('scout-competitor-no-dates')).toBeVisible();
});
