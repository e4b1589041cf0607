import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from './fixtures';
import { atEveryScreen } from './screens';
import { lines, openSpringKit } from './campaign-page';
/** A UI language's words, by key, as the extension ships them. */
const wordsOf = (locale: string): Record<string, { message: string }> =>
  JSON.parse(
    readFileSync(
      resolve(import.meta.dirname, '..', '..', 'public', '_locales', locale, 'messages.json'),
      'utf8',
    ),
  );

/**
 * In every UI language the campaign's buttons ("Make active" then "Deactivate", "Delete
 * campaign"), its set-up tab with its count and the names of its key figures ("Spent (from
 * results)") keep to one line, on a phone and a laptop, light and dark; the buttons are found by
 * the language's own words.
 */
for (const locale of ['en', 'es', 'fr', 'pt', 'de']) {
  test.describe(`in ${locale}`, () => {
    test.use({ uiLanguage: locale });

    test(`the campaign's actions and tabs keep to one line each at 390 and 1280 (${locale})`, async ({
      openExtensionPage,
    }) => {
      const words = wordsOf(locale);
      const page = await openExtensionPage('dashboard.html');
      await openSpringKit(page, [{ metric: 'conversions', target: 20 }]);
      const actions = page.getByTestId('scout-campaign').locator('.campaign-actions');
      const button = (key: string) =>
        actions.getByRole('button', { name: words[key]!.message, exact: true });
      const setupTab = page.getByRole('tab', {
        name: new RegExp(`^${words.campTabSetup!.message}`),
      });
      const figureNames = page.getByTestId('scout-campaign-figures').locator('dt');
      await expect(figureNames).toHaveCount(5);
      const oneLine = async (state: string) =>
        atEveryScreen(page, async ({ width }, scheme) => {
          for (const key of [state, 'campDelete']) {
            const n = await button(key).evaluate(lines);
            expect(n, `"${words[key]!.message}" takes ${n} lines (${width}px, ${scheme})`).toBe(1);
          }
          const n = await setupTab.evaluate(lines);
          expect(n, `the set-up tab takes ${n} lines (${width}px, ${scheme})`).toBe(1);
          for (const figure of await figureNames.all()) {
            const n = await figure.evaluate(lines);
            const name = await figure.textContent();
            expect(n, `the figure "${name}" takes ${n} lines (${width}px, ${scheme})`).toBe(1);
          }
          await page
            .getByTestId('scout-campaign')
            .evaluate((el) => el.scrollIntoView({ block: 'start' }));
          await page.screenshot({
            path: `test-results/campaign-actions-${locale}-${state}-${width}-${scheme}.png`,
          });
        });
      await oneLine('campMakeActive');
      await button('campMakeActive').click();
      await expect(button('campStopActive')).toBeVisible();
      await oneLine('campStopActive');
    });
  });
}
