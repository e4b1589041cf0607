import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { panel } from './panel';
import { readSavedPage, savedPages, type SavedPage } from '../../scripts/lib/saved-pages';

/**
 * In-app navigation as Instagram and TikTok do it: the URL changes by history.pushState and the app
 * renders the next page into the same document. Here the test plays the app: it pushes the URL,
 * then swaps the head and body content for the next saved page's (the panel's host stays).
 */
async function pushUrl(page: Page, url: string) {
  await page.evaluate((next) => {
    // What the panel showed before this navigation does not count.
    (window as unknown as { __seen?: string[] }).__seen?.splice(0);
    history.pushState({}, '', next);
    dispatchEvent(new PopStateEvent('popstate', { state: {} }));
    startRendering();

    /** The app's loading bar: the first change of the document after a navigation. */
    function startRendering() {
      const bar = document.createElement('div');
      bar.setAttribute('role', 'progressbar');
      document.body.prepend(bar);
    }
  }, url);
}

async function goBack(page: Page) {
  await page.evaluate(async () => {
    (window as unknown as { __seen?: string[] }).__seen?.splice(0);
    const moved = new Promise((resolve) => addEventListener('popstate', resolve, { once: true }));
    history.back();
    await moved;
    document.body.prepend(Object.assign(document.createElement('div'), { role: 'progressbar' }));
  });
}

async function renderSavedPage(page: Page, saved: SavedPage) {
  const html = readSavedPage(saved).toString('utf8');
  await page.evaluate((source) => {
    const next = new DOMParser().parseFromString(source, 'text/html');
    document.title = next.title;
    document.head.replaceChildren(
      ...[...next.head.childNodes].map((n) => document.importNode(n, true)),
    );
    const ours = [...document.body.children].filter((el) =>
      el.matches('[data-testid="scout-panel"]'),
    );
    document.body.replaceChildren(
      ...[...next.body.childNodes].map((n) => document.importNode(n, true)),
      ...ours,
    );
  }, html);
}

/** Records every followers value the panel shows from now on (in the page, via its open shadow root). */
async function watchFollowers(page: Page) {
  await page.evaluate(() => {
    const root = document.querySelector('[data-testid="scout-panel"]')!.shadowRoot!;
    const seen: string[] = [];
    (window as unknown as { __seen: string[] }).__seen = seen;
    const note = () => {
      const el = root.querySelector('[data-testid="scout-followers"]');
      seen.push(el ? (el.getAttribute('data-value') ?? '') : '(none)');
    };
    new MutationObserver(note).observe(root, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
  });
  return () => page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
}

test('profile to profile in-app: the second creator’s numbers, none of the first’s', async ({
  openSavedPage,
  serve,
}) => {
  serve(savedPages.instagramProfileLoggedIn);
  const page = await openSavedPage(savedPages.instagramProfile);
  const scout = panel(page);
  await expect(scout.part('scout-followers')).toHaveAttribute('data-value', '2362');
  await expect(scout.part('scout-shortlist')).toHaveAttribute('data-state', 'idle');
  const seen = await watchFollowers(page);

  // The URL changes first; the document still holds @pluto__travel's data.
  await pushUrl(page, savedPages.instagramProfileLoggedIn.url);
  await expect(scout.host.locator('.title')).toContainText('@nasa');
  await expect(scout.part('scout-followers')).toHaveAttribute('data-value', '');

  // Then the app renders @nasa's profile.
  await renderSavedPage(page, savedPages.instagramProfileLoggedIn);
  await expect(scout.part('scout-followers')).toHaveAttribute('data-value', '97956738');
  await expect(scout.part('scout-status')).toContainText('Instagram profile');
  expect(await seen()).not.toContain('2362');
  const text = await scout.host.evaluate((el) => el.shadowRoot!.textContent ?? '');
  expect(text).not.toContain('2,362');
  expect(text).not.toContain('pluto');
  expect(text).not.toContain('Pluto');

  // Back: the URL is @pluto__travel's again while @nasa's page is still rendered.
  await goBack(page);
  await expect(scout.host.locator('.title')).toContainText('@pluto__travel');
  await renderSavedPage(page, savedPages.instagramProfile);
  await expect(scout.part('scout-followers')).toHaveAttribute('data-value', '2362');
  expect(await seen()).not.toContain('97956738');
});

test('profile to another creator’s reel in-app: the reel’s comments, no profile numbers left', async ({
  openSavedPage,
  serve,
}) => {
  serve(savedPages.instagramReelLoggedIn);
  const page = await openSavedPage(savedPages.instagramProfile);
  const scout = panel(page);
  await expect(scout.part('scout-followers')).toHaveAttribute('data-value', '2362');
  const seen = await watchFollowers(page);

  await renderSavedPage(page, savedPages.instagramReelLoggedIn);
  await pushUrl(page, savedPages.instagramReelLoggedIn.url);
  await expect(scout.part('scout-spam-ratio')).toHaveAttribute('data-basis', '15');
  await expect(scout.part('scout-followers')).toHaveAttribute('data-value', '');
  await expect(scout.host.locator('.title')).toContainText('@ninamukhar');
  expect(await seen()).not.toContain('2362');
  await expect(scout.host.getByText('2,362')).toHaveCount(0);
});

test('a full page load of another profile shows only that profile', async ({
  openSavedPage,
  serve,
}) => {
  serve(savedPages.tiktokHostileProfile);
  const page = await openSavedPage(savedPages.tiktokProfile);
  const scout = panel(page);
  await expect(scout.part('scout-followers')).toHaveAttribute('data-value', '783427');
  await page.goto(savedPages.tiktokHostileProfile.url);
  await expect(scout.part('scout-followers')).toHaveAttribute('data-value', '45678');
  await expect(scout.host.getByText('783,427')).toHaveCount(0);
});
