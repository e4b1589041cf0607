import { expect, test } from './fixtures';
import { panel } from './panel';
import { createCampaign } from './popup-helpers';
import { savedPages } from '../../scripts/lib/saved-pages';

test('a shortlisted creator’s video gets the campaign’s approval checks on its caption', async ({
  openSavedPage,
  openExtensionPage,
}) => {
  const popup = await openExtensionPage('popup.html');
  await createCampaign(popup, {
    name: 'Mystery menu',
    brief: { name: 'Mystery menu', brand: 'Burger King', competitors: ['Telepizza'] },
  });

  const page = await openSavedPage(savedPages.tiktokVideo);
  const scout = panel(page);
  await expect(scout.part('scout-followers')).toHaveAttribute('data-value', '783400');
  // Not shortlisted yet: nothing to approve.
  await expect(scout.part('scout-post-caption')).toHaveCount(0);
  await scout.part('scout-shortlist').click();
  await expect(scout.part('scout-shortlist')).toHaveText('Shortlisted in “Mystery menu”');

  const checks = scout.part('scout-post-caption');
  await expect(checks).toContainText('Approval checks for “Mystery menu”');
  // The desc has no #ad or "paid partnership" wording; the page shows data-e2e="sponsored-tag".
  await expect(checks).toHaveAttribute('data-disclosure-at', '');
  await expect(checks).toContainText('problem: No ad disclosure in the caption');
  await expect(checks).toContainText('ok: TikTok shows its paid-partnership label on this post');
  // "Mi menú Mystery King de @burgerking_es": the brand's Spanish account.
  await expect(checks).toContainText('ok: Brand named (Burger King)');
  await expect(scout.part('scout-post-caption-problem')).toHaveCount(0);

  for (const [width, height] of [
    [1280, 800],
    [390, 844],
  ] as const) {
    await page.setViewportSize({ width, height });
    await checks.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `test-results/post-caption-${width}.png` });
  }
});
