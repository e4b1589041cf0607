import { savedPages } from '../../scripts/lib/saved-pages';
import { expect, test } from './fixtures';
import { panel } from './panel';
import { ask } from './popup-helpers';

/**
 * With a campaign brief active the verdict carries many reasons; the four numbers a marketer reads
 * first (followers, engagement, spam, fit) still come first and show without scrolling the panel.
 */

const NUMBERS = [
  'scout-followers',
  'scout-engagement-rate',
  'scout-spam-ratio',
  'scout-audience-fit',
];
const SIZES = [
  { width: 1280, height: 720 },
  { width: 390, height: 844 },
];

for (const size of SIZES) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`${size.width}×${size.height} ${scheme}: followers, ER, spam and fit first, reasons below`, async ({
      openSavedPage,
      openExtensionPage,
    }, info) => {
      const popup = await openExtensionPage('popup.html');
      const created = await ask(popup, {
        type: 'campaign/create',
        campaign: {
          name: 'Spring watercolour kit',
          brief: {
            name: 'Spring watercolour kit',
            brand: 'Acme Paints',
            keywords: ['watercolor', 'painting'],
            languages: ['en'],
            countries: ['US'],
            competitors: ['Winsor & Newton'],
            excludedTopics: ['gambling'],
            followers: { min: 10_000, max: 100_000 },
          },
          startsOn: null,
          endsOn: null,
          offer: null,
          templateIds: [],
          landingUrl: null,
        },
      });
      await ask(popup, { type: 'campaign/set-active', id: created.campaign.id });
      await popup.close();

      const page = await openSavedPage(savedPages.tiktokVideo);
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize(size);
      const scout = panel(page);
      await expect(scout.part('scout-shortlist')).toHaveText(/Spring watercolour kit/);
      const reasons = scout.host.locator('.reasons li');
      await expect(reasons.first()).toBeAttached();
      for (const id of NUMBERS) await expect(scout.part(id)).toBeInViewport({ ratio: 1 });
      // In reading order the numbers come before the reasons.
      const order = await scout.host.evaluate((host, ids) => {
        const root = host.shadowRoot!;
        const last = root.querySelector(`[data-testid="${ids.at(-1)}"]`)!;
        const reason = root.querySelector('.reasons')!;
        return Boolean(last.compareDocumentPosition(reason) & Node.DOCUMENT_POSITION_FOLLOWING);
      }, NUMBERS);
      expect(order, 'the four numbers come before the reasons').toBe(true);
      await page.screenshot({
        path: info.outputPath(`panel-${size.width}x${size.height}-${scheme}.png`),
      });
    });
  }
}
