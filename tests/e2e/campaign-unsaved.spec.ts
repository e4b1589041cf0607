import { expect, test } from './fixtures';

test('saving one part of a campaign keeps what is typed, unsaved, in the others', async ({
  openExtensionPage,
}) => {
  const dashboard = await openExtensionPage('dashboard.html');
  await dashboard.getByTestId('scout-nav-campaigns').click();
  await dashboard.getByTestId('scout-campaign-name').fill('Spring kit');
  await dashboard.getByRole('button', { name: 'Create' }).click();
  const brief = dashboard.getByTestId('scout-brief-editor');
  await expect(brief).toBeVisible();

  // Typed in the brief and the offer, not saved; then the details are saved.
  await brief.getByLabel('Brand').fill('Acme Paints');
  await dashboard.getByTestId('scout-offer-flatFee').fill('750');
  await dashboard.getByLabel('Landing URL').fill('https://acme.example/kit');
  await dashboard.getByRole('button', { name: 'Save details' }).click();
  await expect(dashboard.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await expect(brief.getByLabel('Brand')).toHaveValue('Acme Paints');
  await expect(dashboard.getByTestId('scout-offer-flatFee')).toHaveValue('750');

  // Saving the brief keeps the offer's typing too, and the brief reads back as stored.
  await brief.getByRole('button', { name: 'Save brief' }).click();
  await expect(brief.getByLabel('Brand')).toHaveValue('Acme Paints');
  await expect(dashboard.getByTestId('scout-offer-flatFee')).toHaveValue('750');
  await dashboard.reload();
  await dashboard.getByTestId('scout-nav-campaigns').click();
  await expect(dashboard.getByTestId('scout-brief-editor').getByLabel('Brand')).toHaveValue(
    'Acme Paints',
  );
  await expect(dashboard.getByLabel('Landing URL')).toHaveValue('https://acme.example/kit');
});
