import { expect, type Page } from '@playwright/test';

/** The two screens every dashboard change is looked at on: a laptop and a phone. */
export const SCREENS = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
] as const;

export type Scheme = 'light' | 'dark';

/**
 * Shows the page in each colour scheme at each screen size and calls `look` (screenshots, checks);
 * after each look the page may not be wider than the screen. Ends in light at 1280×800.
 */
export async function atEveryScreen(
  page: Page,
  look: (screen: (typeof SCREENS)[number], scheme: Scheme) => Promise<void>,
): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const screen of SCREENS) {
      await page.setViewportSize(screen);
      await look(screen, scheme);
      const wider = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(
        wider,
        `the page is ${wider}px wider than ${screen.width}px (${scheme})`,
      ).toBeLessThanOrEqual(0);
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize(SCREENS[0]);
}
