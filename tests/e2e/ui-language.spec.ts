import { expect, test } from './fixtures';
import { backup, campaign, creator, entry, seed } from './dashboard-seed';
import { panel } from './panel';
import { savedPages } from '../../scripts/lib/saved-pages';

const data = backup(
  [
    creator('ann', 12_345, {
      engagement: [0.042],
      campaigns: [entry('c1', { status: 'negotiating' })],
    }),
  ],
  [campaign('c1', 'Primavera')],
);

test.describe('in a Spanish browser', () => {
  test.use({ uiLanguage: 'es' });

  test('the vocabulary and the numbers are Spanish', async ({ openExtensionPage }) => {
    await seed(await openExtensionPage('dashboard.html'), data);
    const page = await openExtensionPage('popup.html');
    await page.getByRole('combobox').first().selectOption({ label: 'Primavera' });
    const item = page.getByTestId('scout-shortlist-item').first();
    await expect(item).toContainText('Negociando');
    await expect(item).toContainText('Revisar');
    await expect(item).toContainText('4,2');
    await expect(item).toContainText('por seguidores');
    await expect(item).not.toContainText('Negotiating');
  });

  test('the panel on a creator page gives its verdict and counts in Spanish', async ({
    openSavedPage,
  }) => {
    const scout = panel(await openSavedPage(savedPages.tiktokProfile));
    await expect(scout.part('scout-verdict')).toHaveAttribute('data-verdict', 'insufficient-data');
    await expect(scout.part('scout-verdict')).toContainText('Aún no hay datos suficientes');
    // statsV2.followerCount 783427, grouped the Spanish way.
    await expect(scout.part('scout-followers')).toHaveText('783.427');
  });
});

test('in an English browser the same creator reads in English', async ({ openExtensionPage }) => {
  await seed(await openExtensionPage('dashboard.html'), data);
  const page = await openExtensionPage('popup.html');
  await page.getByLabel('Active campaign').selectOption({ label: 'Primavera' });
  const item = page.getByTestId('scout-shortlist-item').first();
  await expect(item).toContainText('Negotiating');
  await expect(item).toContainText('Closer look');
  await expect(item).toContainText('4.2%');
  await expect(item).toContainText('by followers');
});
