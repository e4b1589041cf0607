import { expect, test } from './fixtures';
import { panel } from './panel';
import { savedPages } from '../../scripts/lib/saved-pages';

test('the extension loads with a service worker and an id', async ({ extensionId }) => {
  expect(extensionId).toMatch(/^[a-p]{32}$/);
});

test('a saved Instagram profile gets the panel in an open shadow root', async ({
  openSavedPage,
}) => {
  const page = await openSavedPage(savedPages.instagramProfile);
  const scout = panel(page);
  await expect(scout.host).toBeAttached();
  expect(await scout.isOpenShadow()).toBe(true);
  await expect(scout.part('scout-status')).toBeVisible();
});

test('the popup and dashboard open as extension pages', async ({ openExtensionPage }) => {
  const popup = await openExtensionPage('popup.html');
  await expect(popup.locator('h1')).toHaveText('Creator Scout');
  const dashboard = await openExtensionPage('dashboard.html');
  await expect(dashboard).toHaveTitle(/dashboard/i);
});
