import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { panel } from './panel';
import { savedPages, type SavedPage } from '../../scripts/lib/saved-pages';

/**
 * Hostile page text (tests/fixtures/e2e/SOURCES.md): HTML and script tags, javascript: links, RTL
 * overrides and 10,000-character strings in names, bios and comments. The panel must show them as
 * inert text: no dialog, no script run (window.__scoutPwned stays unset), no element or request
 * made from them, no link other than http(s), and a panel that stays its size.
 */

const cases: Array<{
  name: string;
  saved: SavedPage;
  /** A number that shows the page was read. */
  ready: [testId: string, attribute: string, value: string];
  /** Hostile strings that must appear as plain text in the panel. */
  shownAsText: string[];
}> = [
  {
    name: 'TikTok profile (name, bio, bio link)',
    saved: savedPages.tiktokHostileProfile,
    ready: ['scout-followers', 'data-value', '45678'],
    shownAsText: ['<img src=x onerror=', '<script>window.__scoutPwned', 'javascript:alert(4)'],
  },
  {
    name: 'TikTok video (comments)',
    saved: savedPages.tiktokHostileVideo,
    ready: ['scout-spam-ratio', 'data-basis', '6'],
    shownAsText: ['<img src=x onerror='],
  },
  {
    name: 'Instagram profile (name, bio, link)',
    saved: savedPages.instagramHostileProfile,
    ready: ['scout-followers', 'data-value', '45678'],
    shownAsText: ['evil <img src=x onerror=', '<script>window.__scoutPwned'],
  },
];

async function expandEverything(page: Page) {
  const heads = panel(page).host.locator('button[aria-expanded="false"]:not([data-testid])');
  for (let n = await heads.count(); n > 0; n = await heads.count()) await heads.first().click();
}

for (const c of cases) {
  test(`hostile ${c.name}: shown as inert text`, async ({ openSavedPage, requests }) => {
    const dialogs: string[] = [];
    const page = await openSavedPage(c.saved);
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const scout = panel(page);
    const [testId, attribute, value] = c.ready;
    await expect(scout.part(testId)).toHaveAttribute(attribute, value);
    await expandEverything(page);
    await page.waitForTimeout(500);

    const shadow = await scout.host.evaluate((host) => {
      const root = host.shadowRoot!;
      // The panel's own icons (components/common/icons.tsx): hidden, drawn with lines only, no text.
      const ourIcon = (el: Element) =>
        el.tagName.toLowerCase() === 'svg' &&
        el.classList.contains('cs-icon') &&
        el.getAttribute('aria-hidden') === 'true' &&
        !el.textContent &&
        [...el.querySelectorAll('*')].every((c) =>
          ['path', 'circle', 'line', 'rect', 'polyline'].includes(c.tagName.toLowerCase()),
        );
      return {
        text: root.textContent ?? '',
        elements: [
          ...root.querySelectorAll('img, script, iframe, object, embed, svg, video, audio'),
        ].filter((el) => !ourIcon(el)).length,
        hrefs: [...root.querySelectorAll('[href]')].map((a) => a.getAttribute('href') ?? ''),
        handlers: [...root.querySelectorAll('*')].flatMap((el) =>
          el.getAttributeNames().filter((name) => name.startsWith('on')),
        ),
      };
    });
    for (const text of c.shownAsText) expect(shadow.text).toContain(text);
    expect(shadow.elements).toBe(0);
    expect(shadow.handlers).toEqual([]);
    for (const href of shadow.hrefs) expect(href).toMatch(/^https?:\/\//);
    expect(shadow.text).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => (window as { __scoutPwned?: number }).__scoutPwned)).toBe(
      undefined,
    );
    // An <img src=x> made from page text would request /x.
    expect(requests.filter((r) => new URL(r.url).pathname === '/x')).toEqual([]);

    // 10,000-character strings do not stretch the panel out of its strip or off the screen.
    const box = (await scout.host.locator('.scout').boundingBox())!;
    const viewport = page.viewportSize()!;
    expect(box.width).toBeLessThanOrEqual(290);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
  });
}

test('the page’s own control at the bottom corner stays clickable', async ({ openSavedPage }) => {
  const page = await openSavedPage(savedPages.tiktokHostileProfile);
  const scout = panel(page);
  await expect(scout.part('scout-followers')).toHaveAttribute('data-value', '45678');
  await expandEverything(page);
  await page.evaluate(() => {
    document.getElementById('page-own-control')!.addEventListener('click', () => {
      (window as { __pageClicked?: boolean }).__pageClicked = true;
    });
  });
  // Playwright refuses to click an element another element covers.
  await page.getByRole('button', { name: "Page's own button" }).click({ timeout: 3000 });
  expect(await page.evaluate(() => (window as { __pageClicked?: boolean }).__pageClicked)).toBe(
    true,
  );
});
