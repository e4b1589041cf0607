import { createCampaignOnPage } from './dashboard-seed';
import { expect, test } from './fixtures';

test('saving one part of a campaign keeps what is typed, unsaved, in the others', async ({
  openExtensionPage,
}) => {
  const dashboard = await openExtensionPage('dashboard.html');
  await createCampaignOnPage(dashboard, 'Spring kit');
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

test('typing survives switching between the campaign’s progress and set-up', async ({
  openExtensionPage,
}) => {
  const dashboard = await openExtensionPage('dashboard.html');
  await createCampaignOnPage(dashboard, 'Spring kit');
  const brief = dashboard.getByTestId('scout-brief-editor');
  await brief.getByLabel('Brand').fill('Acme Paints');
  await dashboard.getByTestId('scout-plan-total').fill('20000');
  await dashboard.getByLabel('Landing URL').fill('https://acme.example/kit');

  // A look at the progress, by click and by keyboard, and back: nothing typed is lost.
  await dashboard.getByRole('tab', { name: 'Progress' }).click();
  await expect(brief).toBeHidden();
  await dashboard.getByRole('tab', { name: 'Progress' }).press('ArrowRight');
  await expect(brief).toBeVisible();
  await expect(brief.getByLabel('Brand')).toHaveValue('Acme Paints');
  await expect(dashboard.getByTestId('scout-plan-total')).toHaveValue('20000');
  await expect(dashboard.getByLabel('Landing URL')).toHaveValue('https://acme.example/kit');

  // Saved from the set-up after the switch, the details keep the brief's unsaved typing.
  await dashboard.getByRole('button', { name: 'Save details' }).click();
  await expect(dashboard.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await expect(brief.getByLabel('Brand')).toHaveValue('Acme Paints');
  await expect(dashboard.getByTestId('scout-plan-total')).toHaveValue('20000');
});
