import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { panel } from './panel';
import { savedPages } from '../../scripts/lib/saved-pages';

/** The panel's frame: light/dark like the page, folding, moving (mouse and keyboard), remembered. */

test('follows the page: dark on a dark page, light on a light one', async ({ openSavedPage }) => {
  // tiktok-profile-hostile-synthetic.html: html, body { background: #121212 }
  const dark = await openSavedPage(savedPages.tiktokHostileProfile);
  await expect(panel(dark).host.locator('.scout')).toHaveAttribute('data-scheme', 'dark');
  // instagram-profile-hostile-synthetic.html: body background rgb(255, 255, 255)
  const light = await openSavedPage(savedPages.instagramHostileProfile);
  await expect(panel(light).host.locator('.scout')).toHaveAttribute('data-scheme', 'light');
});

test('folds to a small tab and back, and stays folded on the next page', async ({
  openSavedPage,
}) => {
  const page = await openSavedPage(savedPages.tiktokProfile);
  const scout = panel(page);
  const frame = scout.host.locator('.scout');
  const toggle = scout.part('scout-toggle');
  await expect(scout.part('scout-followers')).toHaveAttribute('data-value', '783427');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const open = (await frame.boundingBox())!;

  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(scout.part('scout-verdict')).toBeHidden();
  // The numbers stay readable to tests (and screen readers skip the hidden body).
  await expect(scout.part('scout-followers')).toHaveAttribute('data-value', '783427');
  const folded = (await frame.boundingBox())!;
  expect(folded.height).toBeLessThan(60);
  expect(folded.width).toBeLessThanOrEqual(260);
  expect(folded.width * folded.height).toBeLessThan((open.width * open.height) / 4);

  const next = await openSavedPage(savedPages.instagramProfile);
  const nextToggle = panel(next).part('scout-toggle');
  await expect(nextToggle).toHaveAttribute('aria-expanded', 'false');
  await nextToggle.focus();
  await next.keyboard.press('Enter');
  await expect(nextToggle).toHaveAttribute('aria-expanded', 'true');
  await expect(panel(next).part('scout-verdict')).toBeVisible();
});

test('moves with the keyboard on its move button, and the position is remembered', async ({
  openSavedPage,
}) => {
  const page = await openSavedPage(savedPages.tiktokProfile);
  const scout = panel(page);
  const frame = scout.host.locator('.scout');
  await expect(frame).toHaveAttribute('data-side', 'right');
  const before = (await frame.boundingBox())!;
  const move = scout.part('scout-move');
  await move.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(frame).toHaveAttribute('data-side', 'left');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect.poll(async () => (await frame.boundingBox())!.y).toBeCloseTo(before.y + 32, 0);
  const after = (await frame.boundingBox())!;
  expect(after.x).toBeLessThan(50);

  const next = await openSavedPage(savedPages.instagramProfile);
  const nextFrame = panel(next).host.locator('.scout');
  await expect(nextFrame).toHaveAttribute('data-side', 'left');
  await expect.poll(async () => (await nextFrame.boundingBox())!.y).toBeCloseTo(after.y, 0);
});

test('dragging the header moves it to the nearer side edge', async ({ openSavedPage }) => {
  const page = await openSavedPage(savedPages.tiktokProfile);
  const scout = panel(page);
  const frame = scout.host.locator('.scout');
  await expect(scout.part('scout-followers')).toHaveAttribute('data-value', '783427');
  const start = (await frame.boundingBox())!;
  const title = (await scout.host.locator('.title').boundingBox())!;
  const grab = { x: title.x + 20, y: title.y + title.height / 2 };
  await page.mouse.move(grab.x, grab.y);
  await page.mouse.down();
  await page.mouse.move(300, 260, { steps: 8 });
  // While dragging, the panel follows the pointer.
  await expect.poll(async () => (await frame.boundingBox())!.x).toBeLessThan(start.x);
  await page.mouse.move(200, 300, { steps: 8 });
  await page.mouse.up();
  await expect(frame).toHaveAttribute('data-side', 'left');
  const box = (await frame.boundingBox())!;
  expect(box.x).toBeLessThan(50);
  // The point grabbed stays under the pointer vertically, unless that would push the panel's
  // bottom off the screen (12 px margin).
  const viewport = page.viewportSize()!;
  const expected = Math.min(300 - (grab.y - start.y), viewport.height - box.height - 12);
  expect(Math.abs(box.y - expected)).toBeLessThanOrEqual(1);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
});

test('keyboard focus is visible on the panel’s buttons', async ({ openSavedPage }) => {
  const page = await openSavedPage(savedPages.tiktokProfile);
  const scout = panel(page);
  await expect(scout.part('scout-followers')).toHaveAttribute('data-value', '783427');
  await scout.part('scout-move').focus();
  await page.keyboard.press('Tab');
  const toggle = scout.part('scout-toggle');
  await expect(toggle).toBeFocused();
  const outline = await toggle.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).toBe('solid');
});

for (const [name, saved] of [
  ['light', savedPages.instagramReelLoggedIn],
  ['dark', savedPages.tiktokProfile],
] as const) {
  test(`no accessibility violations in the panel (axe, ${name} page, evidence open)`, async ({
    openSavedPage,
  }) => {
    const page = await openSavedPage(saved);
    const scout = panel(page);
    await expect(scout.part('scout-shortlist')).toBeEnabled();
    await scout.host.locator('.metric-head').first().click();
    // preload: false keeps axe from fetching the page's stylesheets (requests the guard would count).
    const results = await new AxeBuilder({ page })
      .include('[data-testid="scout-panel"]')
      .options({ preload: false })
      .analyze();
    const list = results.violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`,
    );
    expect(list).toEqual([]);
    // The scan did look inside the shadow root (buttons, contrast).
    expect(results.passes.map((p) => p.id)).toEqual(
      expect.arrayContaining(['button-name', 'color-contrast']),
    );
  });
}

test('the shortlist button stays in view when every piece of evidence is open', async ({
  openSavedPage,
}) => {
  const page = await openSavedPage(savedPages.tiktokHostileVideo);
  const scout = panel(page);
  await expect(scout.part('scout-spam-ratio')).toHaveAttribute('data-basis', '6');
  const heads = scout.host.locator('button[aria-expanded="false"]:not([data-testid])');
  for (let n = await heads.count(); n > 0; n = await heads.count()) await heads.first().click();
  const button = scout.part('scout-shortlist');
  await expect(button).toBeInViewport();
  // Nothing of the scrolled content lies over it.
  const onTop = await button.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const root = el.getRootNode() as ShadowRoot;
    return root.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2) === el;
  });
  expect(onTop).toBe(true);
});
