import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { backup, campaign, creator, entry, seed } from './dashboard-seed';
import { expect, test } from './fixtures';
import { atEveryScreen } from './screens';

/**
 * The dashboard's menu (issue #20) is one row at every width. On a phone it was three rows, 97px
 * tall, and every page started under it (the campaign's header 198px down at 390×844); now it is
 * one row of tabs that scrolls sideways, the current page scrolled into view, and the pages start
 * near the top. At 1280 it looks as it did. The keyboard reaches every page, its focus ring seen.
 */

const data = backup(
  [
    creator('ann', 12_000, { campaigns: [entry('c1', {})] }),
    creator('bob', 30_000, { campaigns: [entry('c1', { status: 'contacted' })] }),
  ],
  [campaign('c1', 'Spring kit')],
);

/** The menu's row of pages. */
const menu = (page: Page) =>
  page.getByRole('navigation', { name: 'Dashboard views' }).getByRole('list');

/** Where the menu's links are, and the box the row shows them in. */
const measure = (page: Page) =>
  menu(page).evaluate((row) => {
    const shown = row.getBoundingClientRect();
    const links = [...row.querySelectorAll('a')].map((a) => {
      const box = a.getBoundingClientRect();
      return {
        name: a.textContent,
        current: a.getAttribute('aria-current') === 'page',
        top: Math.round(box.top),
        inView: box.left >= shown.left - 0.5 && box.right <= shown.right + 0.5,
      };
    });
    const bar = row.closest('header')!.getBoundingClientRect();
    return { barHeight: Math.round(bar.height), barBottom: Math.round(bar.bottom), links };
  });

/** The most the top bar may take, and how far down a page's heading and the campaign may start. */
const LIMITS = {
  390: { bar: 48, heading: 80, campaign: 150 },
  1280: { bar: 40, heading: 80, campaign: 170 },
} as const;

test('the menu is one short row at 390 and 1280, the current page in view, axe finds nothing', async ({
  openExtensionPage,
}) => {
  test.setTimeout(120_000);
  const page = await openExtensionPage('dashboard.html');
  await seed(page, data);
  // The product's name is still the page's first heading for screen readers.
  await expect(page.getByRole('heading', { level: 1, name: 'Creator Scout' })).toBeAttached();
  for (const view of ['creators', 'campaigns', 'problems'] as const) {
    await page.getByTestId(`scout-nav-${view}`).click();
    if (view === 'campaigns') await page.getByRole('button', { name: 'Spring kit' }).click();
    await atEveryScreen(page, async ({ width }, scheme) => {
      const where = `${view} at ${width}px, ${scheme}`;
      const limit = LIMITS[width];
      await page.evaluate(() => window.scrollTo(0, 0));
      const { barHeight, barBottom, links } = await measure(page);
      expect(barHeight, `the menu is ${barHeight}px tall (${where})`).toBeLessThanOrEqual(
        limit.bar,
      );
      expect(new Set(links.map((l) => l.top)).size, `the menu wraps (${where})`).toBe(1);
      // The row is scrolled once the new width is laid out.
      await expect
        .poll(async () => (await measure(page)).links.filter((l) => l.current), {
          message: `one current page, in view (${where})`,
        })
        .toEqual([expect.objectContaining({ inView: true })]);
      const heading = (await page.locator('main h2').first().boundingBox())!;
      expect(heading.y, `the page's heading starts ${heading.y}px down (${where})`).toBeLessThan(
        limit.heading,
      );
      expect(heading.y).toBeGreaterThanOrEqual(barBottom);
      if (view === 'campaigns') {
        const head = (await page.getByTestId('scout-campaign').locator('header').boundingBox())!;
        expect(head.y, `the campaign starts ${head.y}px down (${where})`).toBeLessThanOrEqual(
          limit.campaign,
        );
        const { violations } = await new AxeBuilder({ page }).analyze();
        expect(violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
      }
      await page.screenshot({ path: `test-results/dashboard-menu-${view}-${width}-${scheme}.png` });
    });
  }
});

test('on a phone the keyboard, a reload and a mouse wheel reach every page of the menu', async ({
  openExtensionPage,
}) => {
  const page = await openExtensionPage('dashboard.html');
  await page.setViewportSize({ width: 390, height: 844 });
  await seed(page, data);
  const row = menu(page);
  // The pages do not fit a phone: the row scrolls, the page itself does not.
  expect(await row.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);

  // Tab goes through the pages in order; each one focused is scrolled into view, its ring drawn
  // inside the row where nothing clips it.
  const links = row.getByRole('link');
  const count = await links.count();
  expect(count).toBe(9);
  await links.first().focus();
  for (let i = 0; i < count; i++) {
    const link = links.nth(i);
    await expect(link).toBeFocused();
    const { links: seen } = await measure(page);
    expect(seen[i]!.inView, `${seen[i]!.name} is out of view when focused`).toBe(true);
    const ring = await link.evaluate((a) => {
      const style = getComputedStyle(a);
      return {
        style: style.outlineStyle,
        width: parseFloat(style.outlineWidth),
        offset: parseFloat(style.outlineOffset),
      };
    });
    expect(ring.style, `${seen[i]!.name} has no focus ring`).toBe('solid');
    expect(ring.width).toBeGreaterThanOrEqual(2);
    expect(ring.offset, 'the ring is drawn inside the link').toBeLessThanOrEqual(-ring.width);
    if (i < count - 1) await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/problems$/);
  await expect(page.getByTestId('scout-nav-problems')).toHaveAttribute('aria-current', 'page');

  // Opened straight on the last page, the menu shows it.
  await page.reload();
  await expect(page.getByTestId('scout-dashboard')).toHaveAttribute('data-state', 'ready');
  const atLoad = await measure(page);
  expect(atLoad.links.find((l) => l.current)).toEqual(expect.objectContaining({ inView: true }));
  expect(await row.evaluate((el) => el.dataset.more)).toBe('start');

  // A page pressed with the mouse off the row's middle opens: the row does not move under the
  // pointer before it is let go.
  await page.getByTestId('scout-nav-creators').click();
  await expect(page).toHaveURL(/#\/creators$/);
  await page.getByTestId('scout-nav-discover').click();
  await expect(page).toHaveURL(/#\/discover$/);

  // A mouse wheel over the row scrolls it sideways, not the page.
  await page.getByTestId('scout-nav-creators').click();
  expect(await row.evaluate((el) => el.scrollLeft)).toBe(0);
  expect(await row.evaluate((el) => el.dataset.more)).toBe('end');
  await row.hover();
  await page.mouse.wheel(0, 120);
  await expect.poll(() => row.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});
