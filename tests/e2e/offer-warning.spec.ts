import { expect, test } from './fixtures';
import { backup, campaign, creator, entry, seed } from './dashboard-seed';

test('the offer builder warns when nothing in the offer depends on results', async ({
  openExtensionPage,
}) => {
  const page = await openExtensionPage('dashboard.html');
  await seed(
    page,
    backup([creator('ann', 20_000, { campaigns: [entry('c1')] })], [campaign('c1', 'Spring kit')]),
  );
  await page.evaluate(() => (window.location.hash = '#/campaigns/setup'));
  const builder = page.getByTestId('scout-offer-builder');
  const warning = builder.getByTestId('scout-offer-warning');
  // The seeded hybrid: $500 + 5%.
  await expect(page.getByTestId('scout-offer-commissionPct')).toHaveValue('5');
  await expect(warning).toHaveCount(0);

  await page.getByTestId('scout-offer-model').selectOption('flat');
  await expect(warning).toHaveAttribute('data-warning', 'flatOnly');
  await expect(warning).toContainText('Nothing in this offer depends on results');

  await page.getByTestId('scout-offer-model').selectOption('hybrid');
  await page.getByTestId('scout-offer-commissionPct').fill('0');
  await expect(warning).toHaveAttribute('data-warning', 'flatOnly');
  for (const [width, height] of [
    [1280, 800],
    [390, 844],
  ] as const) {
    await page.setViewportSize({ width, height });
    await warning.scrollIntoViewIfNeeded();
    await builder.screenshot({ path: `test-results/offer-warning-${width}.png` });
  }
  await page.getByTestId('scout-offer-commissionPct').fill('4');
  await expect(warning).toHaveCount(0);
});

test('a flat fee + bonus on a sales target: worked example, saved, no warning', async ({
  openExtensionPage,
}) => {
  const page = await openExtensionPage('dashboard.html');
  await seed(
    page,
    backup([creator('ann', 20_000, { campaigns: [entry('c1')] })], [campaign('c1', 'Spring kit')]),
  );
  await page.evaluate(() => (window.location.hash = '#/campaigns/setup'));
  const builder = page.getByTestId('scout-offer-builder');
  await page.getByTestId('scout-offer-model').selectOption('bonus');
  await page.getByTestId('scout-offer-flatFee').fill('500');
  await expect(page.getByTestId('scout-offer-example')).toContainText(
    'Bonus: needed for this kind of offer; Sales target: needed for this kind of offer',
  );
  await page.getByTestId('scout-offer-bonusAmount').fill('300');
  await page.getByTestId('scout-offer-bonusTarget').fill('5000');
  await page.getByTestId('scout-offer-revenue').fill('6000');
  await expect(page.getByTestId('scout-offer-example')).toHaveText(
    '$500 + $300 bonus ($6,000 reaches the $5,000 target) = $800',
  );
  await page.getByTestId('scout-offer-revenue').fill('4000');
  await expect(page.getByTestId('scout-offer-example')).toHaveText(
    '$500, no bonus ($4,000 is below the $5,000 target) = $500',
  );
  await expect(builder.getByTestId('scout-offer-warning')).toHaveCount(0);
  await builder.getByRole('button', { name: 'Save offer' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('scout-offer-model')).toHaveValue('bonus');
  await expect(page.getByTestId('scout-offer-bonusTarget')).toHaveValue('5000');
  for (const [width, height] of [
    [1280, 800],
    [390, 844],
  ] as const) {
    await page.setViewportSize({ width, height });
    await builder.screenshot({ path: `test-results/offer-bonus-${width}.png` });
  }
});
