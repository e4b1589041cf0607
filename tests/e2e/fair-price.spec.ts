import type { Locator, Page } from '@playwright/test';
import { backup, campaign, creator, entry, seed } from './dashboard-seed';
import { expect, test } from './fixtures';

async function shoot(page: Page, target: Locator, name: string) {
  for (const [width, height] of [
    [1280, 800],
    [390, 844],
  ] as const) {
    await page.setViewportSize({ width, height });
    await target.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `test-results/${name}-${width}.png` });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

const data = backup(
  [
    creator('ann', 24_480, { engagement: [0.029], campaigns: [entry('c1')] }),
    creator('bo', 5_000, { engagement: [0.1], campaigns: [entry('c1')] }),
  ],
  [campaign('c1', 'Spring kit')],
);
data.settings.activeCampaignId = 'c1';

test('the fair price per post shows with its formula in the creator view, the offer builder and the popup, and follows the settings', async ({
  openExtensionPage,
}) => {
  const page = await openExtensionPage('dashboard.html');
  await seed(page, data);

  await page.evaluate(() => (window.location.hash = '#/creator/instagram/ann'));
  const note = page.getByTestId('scout-fair-price');
  await expect(note.getByTestId('scout-fair-price-range')).toHaveText(
    '$338–$457 per post (estimate)',
  );
  await expect(note.getByTestId('scout-fair-price-formula')).toHaveText(
    '24,480 followers ÷ 1,000 × $14 × 1.16 (engagement 2.9% ÷ 2.5%) ± 15%',
  );
  await expect(note).toContainText('Usual for Micro (10K–100K): $300–$2,000 per post');
  // The campaign's hybrid offer pays a $500 flat fee for its one post.
  const fee = page.getByTestId('scout-fair-price-fee');
  await expect(fee).toHaveAttribute('data-state', 'above');
  await expect(fee).toContainText('The offer pays $500 per post: above the estimate ($338–$457)');
  await shoot(page, note, 'fair-price-creator');

  await page.getByTestId('scout-nav-campaigns').click();
  await page.getByRole('tab', { name: 'Set-up' }).click();
  const prices = page.getByTestId('scout-offer-fair-prices');
  await expect(prices).toContainText('Estimate per post = followers ÷ 1,000 × $14 (Instagram)');
  await expect(prices).toContainText('Nano (1K–10K) $100–$500; Micro (10K–100K) $300–$2,000');
  await expect(prices).toContainText('Macro (500K–1M) $10,000+');
  await expect(prices.getByTestId('scout-offer-member-price')).toHaveText([
    '@ann: $338–$457 — this offer’s $500 per post is above the estimate',
    '@bo: $131–$177 — this offer’s $500 per post is above the estimate',
  ]);
  await expect(page.getByTestId('scout-offer-builder')).toContainText(
    'Usual: $300–$800 flat + 3–5% commission.',
  );
  await page.getByTestId('scout-offer-model').selectOption('flat');
  await expect(page.getByTestId('scout-offer-builder')).toContainText(
    'Usual: $500–$1,500 flat. Fixed fee',
  );
  await shoot(page, prices, 'fair-price-offer');

  // Settings: $20 per 1,000 Instagram followers and a micro range from $1,000.
  await page.getByRole('link', { name: 'Settings' }).first().click();
  const settings = page.getByTestId('scout-settings-pricing');
  await settings.getByLabel('Per 1,000 followers, Instagram').fill('20');
  await settings.getByLabel('Micro (10K–100K) usual price from').fill('1000');
  await shoot(page, settings, 'fair-price-settings');
  await page.getByTestId('scout-save-settings').click();
  await expect(page.getByRole('status').filter({ hasText: 'Settings saved.' })).toBeVisible();
  await page.evaluate(() => (window.location.hash = '#/creator/instagram/ann'));
  await expect(note.getByTestId('scout-fair-price-range')).toHaveText(
    '$483–$653 per post (estimate)',
  );
  await expect(note).toContainText('$1,000–$2,000 per post; the estimate is below it');

  const popup = await openExtensionPage('popup.html');
  await popup.getByRole('button', { name: 'Draft outreach to @ann' }).click();
  await expect(popup.getByTestId('scout-fair-price-range')).toHaveText(
    '$483–$653 per post (estimate)',
  );
  await expect(popup.getByTestId('scout-fair-price-fee')).toHaveAttribute('data-state', 'within');
  await popup.setViewportSize({ width: 390, height: 844 });
  await popup.getByTestId('scout-fair-price').scrollIntoViewIfNeeded();
  await popup.screenshot({ path: 'test-results/fair-price-popup-390.png' });
});
