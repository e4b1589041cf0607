import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { PageReading } from '../../lib/model/reading';
import { savedPages } from '../../scripts/lib/saved-pages';
import { expect, test } from './fixtures';
import { ask, readSavedTikTok, seedCampaign, seedShortlisted } from './popup-helpers';

async function axeViolations(page: Page) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return result.violations.map((v) => ({
    id: v.id,
    nodes: v.nodes.map((n) => n.target.join(' ')),
  }));
}

/** The real reading of the profile, and a second creator made from it with hostile page text. */
function readings(): { profile: PageReading; hostile: PageReading } {
  const profile = readSavedTikTok(savedPages.tiktokProfile);
  const hostileName = '<img src=x onerror="document.title=\'owned\'"> Zoë \u202Eevil';
  const hostile: PageReading = {
    ...profile,
    handle: 'zoe.bakes',
    url: 'https://www.tiktok.com/@zoe.bakes',
    profile: { ...profile.profile!, handle: 'zoe.bakes', displayName: hostileName },
    posts: profile.posts.map((p) => ({
      ...p,
      author: 'zoe.bakes',
      url: p.url?.replace('@illojuan', '@zoe.bakes') ?? null,
      caption: '<script>document.title="owned"</script> javascript:alert(1) hello',
    })),
  };
  return { profile, hostile };
}

test('empty state: tells a new user what to do; no axe violation', async ({
  openExtensionPage,
}) => {
  const popup = await openExtensionPage('popup.html');
  await popup.setViewportSize({ width: 380, height: 600 });
  const empty = popup.getByTestId('scout-empty');
  await expect(empty).toBeVisible();
  await expect(empty).toContainText('Open a creator’s Instagram or TikTok page');
  await expect(empty).toContainText('Shortlist');
  await expect(popup.getByTestId('scout-shortlist-item')).toHaveCount(0);
  expect(await axeViolations(popup)).toEqual([]);
});

test('listed creators: filters, status, hostile text as text; no axe violation', async ({
  openExtensionPage,
  context,
}) => {
  const popup = await openExtensionPage('popup.html');
  await popup.setViewportSize({ width: 380, height: 600 });
  const { profile, hostile } = readings();
  await seedShortlisted(popup, profile);
  await seedShortlisted(popup, hostile);
  await popup.reload();

  const items = popup.getByTestId('scout-shortlist-item');
  await expect(items).toHaveCount(2);
  expect(await axeViolations(popup)).toEqual([]);

  // Page text is text: no element, no script, no bidi override made from it.
  await expect(popup.locator('img, script:not([src])')).toHaveCount(0);
  const zoe = popup.locator('[data-testid="scout-shortlist-item"][data-handle="zoe.bakes"]');
  await expect(zoe).toContainText('<img src=x onerror=');
  await expect(zoe.locator('h2')).not.toContainText('\u202E');
  expect(await popup.title()).toBe('Creator Scout');

  // Search by handle or name (accents ignored), then filter by platform and status.
  const search = popup.getByRole('searchbox', { name: 'Search' });
  await search.fill('zoe');
  await expect(items).toHaveCount(1);
  await expect(items).toHaveAttribute('data-handle', 'zoe.bakes');
  await search.fill('ILLO');
  await expect(items).toHaveAttribute('data-handle', 'illojuan');
  await search.fill('');
  await popup.getByLabel('Platform').selectOption('instagram');
  await expect(items).toHaveCount(0);
  await expect(popup.getByText('No creator matches')).toBeVisible();
  await popup.getByRole('button', { name: 'Clear filters' }).first().click();
  await expect(items).toHaveCount(2);

  // Pipeline status: saved in the store at once, and filterable.
  const illo = popup.locator('[data-testid="scout-shortlist-item"][data-handle="illojuan"]');
  await illo.getByLabel('Pipeline status of @illojuan').selectOption('contacted');
  await expect
    .poll(async () => {
      const got = await ask(popup, {
        type: 'creator/get',
        key: { platform: 'tiktok', handle: 'illojuan' },
      });
      return got.creator?.campaigns.map((e) => e.status);
    })
    .toEqual(['contacted']);
  await popup.getByLabel('Status', { exact: true }).selectOption('contacted');
  await expect(items).toHaveCount(1);
  await expect(items).toHaveAttribute('data-handle', 'illojuan');
  await popup.getByRole('button', { name: 'Clear filters' }).first().click();

  // The DM link is a plain new-tab link (TikTok: the profile); nothing is opened by us.
  const dm = illo.getByRole('link', { name: /illojuan/ });
  await expect(dm).toHaveAttribute('href', 'https://www.tiktok.com/@illojuan');
  await expect(dm).toHaveAttribute('target', '_blank');
  await expect(dm).toHaveAttribute('rel', /noopener/);

  // The draft view of the hostile creator: still text only, still no violation.
  await zoe.getByRole('button', { name: 'Draft outreach to @zoe.bakes' }).click();
  await expect(popup.getByTestId('scout-draft')).toBeVisible();
  await expect(popup.locator('img, script:not([src])')).toHaveCount(0);
  for (const href of await popup
    .locator('a[href]')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href'))))
    expect(href).toMatch(/^https:\/\//);
  expect(await axeViolations(popup)).toEqual([]);

  // Back to the list; focus returns to the creator's Draft button.
  await popup.getByRole('button', { name: '← Shortlist' }).click();
  await expect(popup.getByRole('button', { name: 'Draft outreach to @zoe.bakes' })).toBeFocused();

  // The dashboard opens in a new tab.
  const opened = context.waitForEvent('page');
  await popup.getByRole('button', { name: /dashboard/i }).click();
  const dashboard = await opened;
  await expect(dashboard).toHaveURL(/^chrome-extension:\/\/[a-p]{32}\/dashboard\.html$/);
});

test('with a campaign: the draft view has no axe violation, keyboard reaches copy', async ({
  openExtensionPage,
}) => {
  const popup = await openExtensionPage('popup.html');
  await popup.setViewportSize({ width: 380, height: 600 });
  await seedCampaign(popup);
  await seedShortlisted(popup, readSavedTikTok(savedPages.tiktokProfile));
  await popup.reload();
  await expect(popup.getByLabel('Active campaign')).toHaveValue(/.+/);
  await popup.getByRole('button', { name: 'Draft outreach to @illojuan' }).focus();
  await popup.keyboard.press('Enter');
  await expect(popup.getByRole('heading', { level: 2, name: 'IlloJuan' })).toBeFocused();
  await expect(popup.getByTestId('scout-copy-code')).toBeVisible();
  expect(await axeViolations(popup)).toEqual([]);
  await popup.emulateMedia({ colorScheme: 'dark' });
  expect(await axeViolations(popup)).toEqual([]);
  await popup.emulateMedia({ colorScheme: 'light' });
  // Type over the gaps from the keyboard alone.
  for (const [name, text] of [
    ['followingFor', 'for years'],
    ['topic', 'gaming'],
  ] as const) {
    await popup.getByRole('button', { name: `Select {${name}} in the draft` }).focus();
    await popup.keyboard.press('Enter');
    await popup.keyboard.type(text);
  }
  await expect(popup.getByTestId('scout-copy-draft')).toBeEnabled();
});
