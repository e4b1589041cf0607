import { expect, test } from './fixtures';

/** The engagement preset is a setting a marketer chooses, stored through the background. */
test("the seed's rule is the default preset; Modash's medians can be chosen and stay chosen", async ({
  openExtensionPage,
}) => {
  const page = await openExtensionPage('dashboard.html#settings');
  const seed = page.getByRole('radio', { name: /The seed's rule/ });
  const modash = page.getByRole('radio', { name: /Modash medians/ });
  await expect(seed).toBeChecked();
  await modash.check();
  await page.getByTestId('scout-save-settings').click();
  await expect(page.getByText('Settings saved.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('radio', { name: /Modash medians/ })).toBeChecked();
  await expect(page.getByRole('radio', { name: /The seed's rule/ })).not.toBeChecked();
});

test('thresholds are named in words, shares as percentages', async ({ openExtensionPage }) => {
  const page = await openExtensionPage('dashboard.html#settings');
  const skip = page.getByLabel('Spam comments at or above this share mean skip (%)');
  await expect(skip).toHaveValue('50');
  await expect(page.getByText('spamSkipRatio')).toHaveCount(0);
  await skip.fill('60');
  await page.getByTestId('scout-save-settings').click();
  await expect(page.getByText('Settings saved.')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Spam comments at or above this share mean skip (%)')).toHaveValue(
    '60',
  );
});
