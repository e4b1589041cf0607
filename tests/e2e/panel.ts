import type { Locator, Page } from '@playwright/test';

/**
 * The on-page panel lives in an open shadow root under the host `data-testid="scout-panel"`.
 * Playwright's locators pierce open shadow roots, so hooks inside it are found by test id.
 */
export function panel(page: Page) {
  const host = page.getByTestId('scout-panel');
  return {
    host,
    part: (testId: string): Locator => host.getByTestId(testId),
    /** The exact number a number element carries in `data-value` (null when empty). */
    async value(testId: string): Promise<number | null> {
      const raw = await host.getByTestId(testId).getAttribute('data-value');
      return raw === null || raw === '' ? null : Number(raw);
    },
    /** True when the panel's root is a shadow root open to tests. */
    isOpenShadow: () => host.evaluate((el) => el.shadowRoot?.mode === 'open'),
  };
}
