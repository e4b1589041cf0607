import { expect, test } from './fixtures';
import { panel } from './panel';
import { savedPages } from '../../scripts/lib/saved-pages';

test('a post page lists engaged commenters; added ones reach the popup’s to-vet list and move to vetted once visited', async ({
  openSavedPage,
  openExtensionPage,
}) => {
  const post = await openSavedPage(savedPages.instagramReelLoggedIn);
  const p = panel(post);
  const rows = p.part('scout-prospect');
  await expect(p.part('scout-prospects')).toBeVisible();
  await expect(rows.first()).toBeVisible();
  const handles = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-handle')));
  expect(handles).toContain('anasaiaofficial');
  // the reel's own creator is never a prospect
  expect(handles).not.toContain('ninamukhar');

  await p.part('scout-prospects-add-all').click();
  await expect(p.part('scout-prospect-add').first()).toBeDisabled();

  // A TikTok hashtag page: the videos' authors, most posts first; one is added.
  const tag = await openSavedPage({
    file: 'tiktok/tag-page-synthetic.html',
    url: 'https://www.tiktok.com/tag/ecofashion',
  });
  const t = panel(tag);
  await expect(t.part('scout-prospects')).toBeVisible();
  const authors = await t
    .part('scout-prospect')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-handle')));
  expect(authors).toEqual(['ecolena', 'secondhand.sol', 'thrift.with.jo']);
  await t
    .part('scout-prospect')
    .filter({ hasText: '@ecolena' })
    .getByTestId('scout-prospect-add')
    .click();
  await expect(
    t.part('scout-prospect').filter({ hasText: '@ecolena' }).getByTestId('scout-prospect-add'),
  ).toHaveText('Added');
  await tag.setViewportSize({ width: 390, height: 844 });
  await tag.screenshot({ path: 'test-results/discovery-tag-390.png' });

  const popup = await openExtensionPage('popup.html');
  const item = (handle: string) =>
    popup.locator(`[data-testid="scout-to-vet-item"][data-handle="${handle}"]`);
  await expect(item('anasaiaofficial')).toHaveAttribute('data-status', 'to-vet');
  await expect(item('anasaiaofficial')).toHaveAttribute('data-platform', 'instagram');
  expect(await popup.getByTestId('scout-to-vet-item').count()).toBe(handles.length + 1);
  await expect(
    popup.locator('[data-testid="scout-to-vet-item"][data-handle="ecolena"]'),
  ).toHaveAttribute('data-platform', 'tiktok');
  await expect(
    popup.locator('[data-testid="scout-to-vet-item"][data-handle="ecolena"]'),
  ).toContainText('seen in top posts of #ecofashion');
  // The day is written the browser locale's way: "Jan 7" in American English, "7 Jan" in British.
  await expect(item('anasaiaofficial')).toContainText(
    /commented on @ninamukhar's post of (Jan 7|7 Jan): 'So amazing/,
  );

  // The marketer visits the prospect's profile: the visit is recorded and vets the row.
  const profile = await openSavedPage({
    file: 'e2e/instagram-profile-prospect-synthetic.html',
    url: 'https://www.instagram.com/anasaiaofficial/',
  });
  await expect(panel(profile).part('scout-verdict')).not.toHaveAttribute('data-verdict', '');
  // The visit is recorded after a quiet moment on the page; the popup reads the list when opened.
  await expect(async () => {
    await popup.reload();
    await expect(item('anasaiaofficial')).toHaveAttribute('data-status', 'vetted', {
      timeout: 1_000,
    });
  }).toPass({ timeout: 15_000 });
  await expect(item('anasaiaofficial').getByTestId('scout-to-vet-verdict')).toContainText(
    'vetted:',
  );
  // The dashboard's Discover view tallies the hashtag page's authors; its To vet view lists the rows.
  const dashboard = await openExtensionPage('dashboard.html#/discover');
  const found = dashboard.getByTestId('scout-discover-item');
  await expect(found).toHaveCount(3);
  await expect(
    dashboard.locator('[data-testid="scout-discover-item"][data-handle="thrift.with.jo"]'),
  ).toContainText('seen in top posts of #ecofashion, 1 post on 1 day');
  await dashboard.setViewportSize({ width: 1280, height: 800 });
  await dashboard.screenshot({ path: 'test-results/discovery-dashboard.png' });
  await dashboard.goto(dashboard.url().replace('#/discover', '#/to-vet'));
  await expect(
    dashboard.locator('[data-testid="scout-to-vet-item"][data-handle="anasaiaofficial"]'),
  ).toHaveAttribute('data-status', 'vetted');

  await popup.screenshot({ path: 'test-results/discovery-popup.png', fullPage: true });
  await popup.setViewportSize({ width: 390, height: 844 });
  await popup.screenshot({ path: 'test-results/discovery-popup-390.png' });
  await post.setViewportSize({ width: 1280, height: 800 });
  await post.screenshot({ path: 'test-results/discovery-panel.png' });
});
