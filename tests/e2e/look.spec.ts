import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { savedPages } from '../../scripts/lib/saved-pages';
import { backup, campaign, creator, entry, seed } from './dashboard-seed';
import { expect, test } from './fixtures';
import { seedCampaign, seedShortlisted, readSavedTikTok } from './popup-helpers';

/**
 * The design system in a real Chromium: axe finds nothing in the light or the dark scheme on the
 * panel, the popup and the dashboard; the dashboard follows the browser's scheme and fits a phone.
 * A screenshot of each screen goes to the test's output folder for a person to look at.
 */

const SCHEMES = ['light', 'dark'] as const;
const SIZES = [
  { width: 1280, height: 720 },
  { width: 390, height: 844 },
] as const;

const data = backup(
  [
    creator('ann', 12_000, {
      engagement: [0.04, 0.035, 0.03],
      tags: ['art'],
      campaigns: [
        entry('c1', {
          discountCode: 'ANN-SPRING-2026-EXTRA',
          trackingLink:
            'https://shop.example.com/spring?utm_source=instagram&utm_campaign=spring-kit',
        }),
      ],
    }),
    creator('bob', 30_000, { campaigns: [entry('c1', { status: 'contacted' })] }),
    creator('cyd', 8_808_002, { platform: 'tiktok', engagement: [0.02] }),
  ],
  [campaign('c1', 'Spring kit')],
);

async function axeViolations(page: Page, where: string, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  if (include) builder.include(include);
  const { violations } = await builder.analyze();
  return violations.map(
    (v) =>
      `${where}: ${v.id} (${v.nodes
        .map((n) => `${n.target.join(' ')} ${n.failureSummary ?? ''}`.replace(/\s+/g, ' '))
        .slice(0, 3)
        .join(' | ')})`,
  );
}

const DASHBOARD_VIEWS = [
  'creators',
  'pipeline',
  'to-vet',
  'discover',
  'campaigns',
  'results',
  'templates',
  'settings',
];

for (const scheme of SCHEMES) {
  test(`dashboard in ${scheme}: axe finds nothing, the colours follow the browser`, async ({
    openExtensionPage,
  }, info) => {
    test.setTimeout(240_000);
    const page = await openExtensionPage('dashboard.html');
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize(SIZES[0]);
    await seed(page, data);
    const found: string[] = [];
    for (const view of DASHBOARD_VIEWS) {
      await page.getByTestId(`scout-nav-${view}`).click();
      await expect(page.locator('main')).not.toBeEmpty();
      found.push(...(await axeViolations(page, view)));
      await page.screenshot({ path: info.outputPath(`dashboard-${view}-${scheme}.png`) });
      if (view === 'campaigns') {
        // The campaign page's other group: its set-up (the seeded campaign opens on progress).
        await page.getByRole('tab', { name: 'Set-up' }).click();
        await expect(page.getByTestId('scout-campaign-panel-setup')).toBeVisible();
        found.push(...(await axeViolations(page, 'campaigns set-up')));
        await page.screenshot({ path: info.outputPath(`dashboard-campaigns-setup-${scheme}.png`) });
      }
    }
    await page.evaluate(() => (window.location.hash = '#/creator/instagram/ann'));
    await expect(page.getByTestId('scout-chart-followers')).toBeVisible();
    found.push(...(await axeViolations(page, 'creator page')));
    await page.screenshot({
      path: info.outputPath(`dashboard-creator-${scheme}.png`),
      fullPage: true,
    });
    expect(found).toEqual([]);

    const background = await page.evaluate(
      () => getComputedStyle(document.documentElement).backgroundColor,
    );
    const luminance = background.match(/\d+/g)!.slice(0, 3).map(Number);
    const mean = luminance.reduce((a, b) => a + b, 0) / 3;
    if (scheme === 'dark') expect(mean, `dark page background ${background}`).toBeLessThan(60);
    else expect(mean, `light page background ${background}`).toBeGreaterThan(200);
  });
}

for (const size of SIZES) {
  for (const scheme of SCHEMES) {
    test(`dashboard at ${size.width}px in ${scheme}: nothing overflows, no column clipped`, async ({
      openExtensionPage,
    }, info) => {
      test.setTimeout(120_000);
      const page = await openExtensionPage('dashboard.html');
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize(size);
      await seed(page, data);
      for (const view of [...DASHBOARD_VIEWS, 'creator']) {
        if (view === 'creator') {
          await page.evaluate(() => (window.location.hash = '#/creator/instagram/ann'));
          await expect(page.getByTestId('scout-chart-followers')).toBeVisible();
        } else await page.getByTestId(`scout-nav-${view}`).click();
        await expect(page.locator('main')).not.toBeEmpty();
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `${view} is ${overflow}px wider than the window`).toBeLessThanOrEqual(0);
        await page.screenshot({
          path: info.outputPath(`dashboard-${view}-${size.width}-${scheme}.png`),
          fullPage: true,
        });
        if (view === 'campaigns') {
          await page.getByRole('tab', { name: 'Set-up' }).click();
          await expect(page.getByTestId('scout-campaign-panel-setup')).toBeVisible();
          const setupOverflow = await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          );
          expect(
            setupOverflow,
            `campaign set-up is ${setupOverflow}px too wide`,
          ).toBeLessThanOrEqual(0);
          await page.screenshot({
            path: info.outputPath(`dashboard-campaigns-setup-${size.width}-${scheme}.png`),
            fullPage: true,
          });
        }
      }
      // Cells clip only inside a scrolling table box, never cut off by the page.
      await page.getByTestId('scout-nav-pipeline').click();
      const clipped = await page.evaluate(() =>
        [...document.querySelectorAll('td, th')]
          .filter((cell) => cell.scrollWidth > cell.clientWidth + 1)
          .map((cell) => cell.textContent),
      );
      expect(clipped, 'cells whose text is cut').toEqual([]);
    });
  }
}

for (const scheme of SCHEMES) {
  test(`popup in ${scheme}: axe finds nothing`, async ({ openExtensionPage }, info) => {
    const popup = await openExtensionPage('popup.html');
    await popup.emulateMedia({ colorScheme: scheme });
    await seedCampaign(popup);
    await seedShortlisted(popup, readSavedTikTok(savedPages.tiktokProfile));
    await popup.reload();
    await expect(popup.locator('.popup')).toBeVisible();
    const found = await axeViolations(popup, 'popup');
    await popup.screenshot({ path: info.outputPath(`popup-${scheme}.png`), fullPage: true });
    expect(found).toEqual([]);
  });

  test(`panel in ${scheme}: axe finds nothing in the panel`, async ({ openSavedPage }, info) => {
    const page = await openSavedPage(
      // Hostile pages: one dark (background #121212), one light; the panel takes the page's scheme.
      scheme === 'dark' ? savedPages.tiktokHostileProfile : savedPages.instagramHostileProfile,
    );
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize(SIZES[0]);
    const host = page.getByTestId('scout-panel');
    await expect(host.getByTestId('scout-verdict')).toBeVisible();
    await expect(host.locator('.scout')).toHaveAttribute('data-scheme', scheme);
    const found = await axeViolations(page, 'panel', '[data-testid="scout-panel"]');
    await page.screenshot({ path: info.outputPath(`panel-${scheme}.png`) });
    expect(found).toEqual([]);
  });
}
