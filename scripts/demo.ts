import { chromium, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromiumArgs, findChromium, installHint } from './lib/browser';
import { readSavedPage, savedPages, type SavedPage } from './lib/saved-pages';

/**
 * `npm run demo`: the built extension in Chromium on the bundled real pages, served at their real
 * URLs with every other request blocked. With a display it opens a window to try it; without one it
 * runs headless, writes screenshots to demo-output/ and prints each page's verdict.
 */
const root = resolve(import.meta.dirname, '..');
const extensionDir = resolve(root, '.output', 'chrome-mv3');
const outDir = resolve(root, 'demo-output');
const headed = Boolean(process.env.DISPLAY) && !process.argv.includes('--headless');

const executablePath = findChromium();
if (!executablePath) {
  console.error(`demo: ${installHint}`);
  process.exit(2);
}

// The demo shows the real captures; synthetic pages (states, hostile text) are for the tests.
const pages: Array<[string, SavedPage]> = Object.entries(savedPages).filter(
  ([, saved]) => !saved.file.includes('-synthetic.'),
);
const context = await chromium.launchPersistentContext('', {
  executablePath,
  headless: !headed,
  viewport: { width: 1280, height: 860 },
  args: chromiumArgs(extensionDir),
});
const byUrl = new Map(pages.map(([, saved]) => [saved.url, saved]));
await context.route('**/*', async (route) => {
  if (route.request().url().startsWith('chrome-extension://')) return route.continue();
  const saved = byUrl.get(route.request().url());
  if (saved && route.request().resourceType() === 'document') {
    await route.fulfill({ body: readSavedPage(saved), contentType: 'text/html; charset=utf-8' });
  } else {
    await route.abort('blockedbyclient');
  }
});

mkdirSync(outDir, { recursive: true });
for (const [name, saved] of pages) {
  const page = await context.newPage();
  await page.goto(saved.url, { waitUntil: 'domcontentloaded' });
  const summary = await readPanel(page);
  if (!headed) {
    const file = resolve(outDir, `${name}.png`);
    await page.screenshot({ path: file });
    console.log(`${saved.url}\n  ${summary}\n  screenshot: ${file}`);
  } else {
    console.log(`${saved.url}\n  ${summary}`);
  }
}

// Shortlist the TikTok creator from the panel, then show the popup and the dashboard.
const shortlisted = await shortlistFrom(savedPages.tiktokProfile);
for (const page of ['popup', 'dashboard']) {
  const tab = await context.newPage();
  await tab.setViewportSize(
    page === 'popup' ? { width: 400, height: 600 } : { width: 1280, height: 800 },
  );
  await tab.goto(`chrome-extension://${await extensionId()}/${page}.html`);
  await tab
    .getByTestId('scout-shortlist-item')
    .first()
    .waitFor({ timeout: 10_000 })
    .catch(() => undefined);
  if (!headed) {
    const file = resolve(outDir, `${page}.png`);
    await tab.screenshot({ path: file });
    console.log(`${page}: ${shortlisted}\n  screenshot: ${file}`);
  }
}

if (headed) {
  console.log('\nChromium is open with Creator Scout loaded. Close the window to end the demo.');
  await new Promise<void>((done) => context.on('close', () => done()));
} else {
  await context.close();
}

async function readPanel(page: Page): Promise<string> {
  const host = page.getByTestId('scout-panel');
  try {
    await host.waitFor({ state: 'attached', timeout: 15_000 });
    const verdict = host.getByTestId('scout-verdict');
    if (await verdict.count()) {
      await verdict.waitFor({ timeout: 10_000 });
      return `verdict: ${(await verdict.innerText()).replace(/\s+/g, ' ').trim()}`;
    }
    return `panel: ${(await host.getByTestId('scout-status').innerText()).trim()}`;
  } catch {
    return 'no panel appeared on this page';
  }
}

async function extensionId(): Promise<string> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return new URL(worker.url()).host;
}

async function shortlistFrom(saved: SavedPage): Promise<string> {
  const page = await context.newPage();
  await page.goto(saved.url, { waitUntil: 'domcontentloaded' });
  const button = page.getByTestId('scout-panel').getByTestId('scout-shortlist');
  try {
    await button.click({ timeout: 15_000 });
    await page.waitForTimeout(500);
    return `shortlisted from ${saved.url}`;
  } catch {
    return 'could not shortlist from the panel';
  } finally {
    await page.close();
  }
}
