import type { BrowserContext } from '@playwright/test';
import { backup, campaign, creator, entry, said, seed } from './dashboard-seed';
import { expect, test } from './fixtures';

/**
 * The creators table once discount codes and tracked links are filled: no cell is cut without a
 * way to read it. A long link ends in "…" with the whole link in its tooltip and a copy button;
 * the table scrolls sideways inside its box with the handle column kept in view.
 */

const LINK =
  'https://shop.example.com/collections/spring-watercolour-kit?utm_source=influencer&utm_medium=micro&utm_campaign=spring-watercolour-kit-2026&utm_content=ann.paints.watercolours&utm_term=instagram';

const data = backup(
  [
    creator('ann.paints.watercolours', 12_000, {
      displayName: 'Ann Paints — watercolour travel sketches',
      engagement: [0.04, 0.035],
      log: [said('Replied fast; wants product first')],
      tags: ['art', 'watercolour'],
      campaigns: [entry('c1', { discountCode: 'ANNPAINTS-SPRING-15', trackingLink: LINK })],
    }),
    creator('bob', 30_000, {
      campaigns: [entry('c1', { status: 'contacted', discountCode: 'BOB15', trackingLink: LINK })],
    }),
    // Only looked at: the longest status.
    creator('cat.draws.daily', 8_000, { platform: 'tiktok', displayName: 'Cat' }),
  ],
  [campaign('c1', 'Spring watercolour kit')],
);

async function pasted(context: BrowserContext): Promise<string> {
  const blank = await context.newPage();
  await blank.setContent('<textarea aria-label="paste here"></textarea>');
  await blank.locator('textarea').focus();
  await blank.keyboard.press('ControlOrMeta+V');
  const text = await blank.locator('textarea').inputValue();
  await blank.close();
  return text;
}

for (const size of [
  { width: 1280, height: 720 },
  { width: 390, height: 844 },
]) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`creators table at ${size.width}×${size.height} ${scheme}: codes and links readable, nothing cut`, async ({
      context,
      openExtensionPage,
    }, info) => {
      const page = await openExtensionPage('dashboard.html');
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize(size);
      await seed(page, data);
      await page.getByTestId('scout-nav-creators').click();
      const table = page.getByTestId('scout-creators-table');
      await expect(table.getByTestId('scout-shortlist-item')).toHaveCount(3);

      // Every cell shows its whole text, except links that end in "…" and carry it whole.
      const cut = await table.evaluate((t) =>
        [...t.querySelectorAll('td, th')]
          .filter((cell) => cell.scrollWidth > cell.clientWidth + 1)
          .map((cell) => cell.textContent),
      );
      expect(cut, 'cells whose text is cut').toEqual([]);
      // A long display name sits under the handle, whole in its tooltip; rows keep their height
      // (the table renders only the rows in view, by a fixed row height).
      await expect(table.locator('[data-handle="ann.paints.watercolours"] .name')).toHaveAttribute(
        'title',
        'Instagram · Ann Paints — watercolour travel sketches',
      );
      const heights = await table
        .getByTestId('scout-shortlist-item')
        .evaluateAll((rows) => rows.map((r) => r.getBoundingClientRect().height));
      for (const h of heights) expect(h).toBeLessThanOrEqual(41);
      const links = table.locator('a[href^="https://shop.example.com"]');
      await expect(links).toHaveCount(2);
      for (const link of await links.all()) {
        await expect(link).toHaveAttribute('title', LINK);
        await expect(link).toHaveAttribute('href', LINK);
      }
      await expect(table).toContainText('ANNPAINTS-SPRING-15');
      // Words a marketer reads, not the stored ids.
      await expect(table).toContainText('Contacted');
      await expect(table).not.toContainText('contacted');

      // The page itself never scrolls sideways. At 1280 px the default columns fit their box with
      // codes and links filled; at 390 px the box scrolls sideways, the handles stay in view.
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      const box = page.locator('.table-scroll').first();
      if (size.width >= 1280) {
        const fit = await box.evaluate((el) => ({
          scroll: el.scrollWidth,
          client: el.clientWidth,
        }));
        expect(
          fit.scroll,
          `the table is ${fit.scroll}px in a ${fit.client}px box`,
        ).toBeLessThanOrEqual(fit.client);
      }
      await box.evaluate((el) => (el.scrollLeft = el.scrollWidth));
      const handle = table.getByRole('link', { name: '@bob' });
      await expect(handle).toBeInViewport({ ratio: 1 });
      await page.screenshot({
        path: info.outputPath(`creators-${size.width}x${size.height}-${scheme}.png`),
      });

      // One click copies the whole link.
      await table.getByRole('button', { name: 'Copy the tracked link of @bob' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toHaveCount(1);
      expect(await pasted(context)).toBe(LINK);
      await table
        .getByRole('button', { name: 'Copy the discount code of @ann.paints.watercolours' })
        .click();
      expect(await pasted(context)).toBe('ANNPAINTS-SPRING-15');
    });
  }
}
