import { expect, test } from './fixtures';
import { backup, campaign, creator, entry, seed } from './dashboard-seed';

const data = backup(
  [
    creator('ann', 12_000, { campaigns: [entry('c1')] }),
    creator('tik', 40_000, { platform: 'tiktok', campaigns: [entry('c1')] }),
  ],
  [campaign('c1', 'Spring kit')],
);

/** The tracked link names the creator's platform, where the marketer chose in Settings. */
test('a tracked link carries the platform: utm_term by default, utm_source when chosen', async ({
  openExtensionPage,
}) => {
  const page = await openExtensionPage('dashboard.html');
  await seed(page, data);
  await page.evaluate(() => (window.location.hash = '#/creator/instagram/ann'));
  const link = page.getByRole('textbox', { name: 'Tracked link' });
  await page.getByRole('button', { name: 'Make the UTM link' }).click();
  await expect(link).toHaveValue(
    'https://shop.example/kit?utm_source=influencer&utm_medium=micro&utm_campaign=spring-kit&utm_content=ann&utm_term=instagram',
  );

  await page.evaluate(() => (window.location.hash = '#settings'));
  await page.getByRole('radio', { name: /as utm_source/ }).check();
  await page.getByTestId('scout-save-settings').click();
  await expect(page.getByText('Settings saved.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('radio', { name: /as utm_source/ })).toBeChecked();

  await page.evaluate(() => (window.location.hash = '#/creator/tiktok/tik'));
  await page.getByRole('button', { name: 'Make the UTM link' }).click();
  await expect(page.getByRole('textbox', { name: 'Tracked link' })).toHaveValue(
    'https://shop.example/kit?utm_source=tiktok&utm_medium=micro&utm_campaign=spring-kit&utm_content=tik',
  );
});
