import { test as base, chromium, expect, type BrowserContext, type Page } from '@playwright/test';
import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { chromiumArgs, findChromium, installHint } from '../../scripts/lib/browser';
import { readSavedPage, type SavedPage } from '../../scripts/lib/saved-pages';

export const extensionDir = resolve(import.meta.dirname, '..', '..', '.output', 'chrome-mv3');

/** A request the browser tried to send; none reaches the network: saved pages are served, the rest aborted. */
export interface SeenRequest {
  url: string;
  resourceType: string;
  /** Who sent it: the extension (service worker, extension page, or a script of ours alone on the stack) or the page. */
  by: 'extension' | 'page';
  why: string;
}

interface Fixtures {
  /** Checked after every test: no request sent by the extension, no error of ours thrown in a page. */
  guard: void;
  /** Errors thrown in pages whose stack runs through the extension's scripts. */
  ourPageErrors: string[];
  context: BrowserContext;
  /** The browser's UI language (messages and number formats), e.g. 'es'; null: Chromium's default. */
  uiLanguage: string | null;
  extensionId: string;
  /** Every request seen in this test, with who sent it. */
  requests: SeenRequest[];
  /** Opens a saved page at its real URL in a new tab, watching who initiates each request. */
  openSavedPage: (saved: SavedPage) => Promise<Page>;
  /** Serves a saved page at its real URL without opening it (for in-app navigation). */
  serve: (saved: SavedPage) => void;
  /** Opens an extension page (popup.html, dashboard.html). */
  openExtensionPage: (path: string) => Promise<Page>;
}

const isExtensionUrl = (url: string) => url.startsWith('chrome-extension://');

export const test = base.extend<Fixtures>({
  requests: async ({}, use) => {
    await use([]);
  },

  ourPageErrors: async ({}, use) => {
    await use([]);
  },

  guard: [
    async ({ requests, ourPageErrors }, use) => {
      await use();
      const ours = requests.filter((r) => r.by === 'extension');
      const list = ours.map((r) => `${r.url} (${r.why})`).join('\n');
      expect(ours, `the extension sent requests of its own:\n${list}`).toEqual([]);
      expect(ourPageErrors, 'the extension threw into the page').toEqual([]);
    },
    { auto: true },
  ],

  uiLanguage: [null, { option: true }],

  context: async ({ requests, uiLanguage }, use) => {
    if (!existsSync(resolve(extensionDir, 'manifest.json'))) {
      throw new Error(`No built extension at ${extensionDir}: run "npm run build" first.`);
    }
    const executablePath = findChromium();
    if (!executablePath) throw new Error(installHint);
    const context = await chromium.launchPersistentContext('', {
      executablePath,
      headless: true,
      // --lang picks the extension's _locales messages; `locale` what getUILanguage and Intl report.
      args: [...chromiumArgs(extensionDir), ...(uiLanguage ? [`--lang=${uiLanguage}`] : [])],
      ...(uiLanguage ? { locale: uiLanguage } : {}),
    });
    context.on('request', (request) => {
      const url = request.url();
      if (isExtensionUrl(url) && !url.startsWith('chrome-extension://invalid')) return;
      let frameUrl = '';
      try {
        frameUrl = request.frame().url();
      } catch {
        frameUrl = '';
      }
      if (request.serviceWorker()) {
        requests.push({
          url,
          resourceType: request.resourceType(),
          by: 'extension',
          why: 'service worker',
        });
      } else if (isExtensionUrl(frameUrl)) {
        requests.push({
          url,
          resourceType: request.resourceType(),
          by: 'extension',
          why: `extension page ${frameUrl}`,
        });
      }
    });
    await use(context);
    await context.close();
  },

  serve: async ({ context }, use) => {
    const served = new Map<string, SavedPage>();
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      // The panel module is the extension's own file, imported by its content script.
      if (isExtensionUrl(url)) return route.continue();
      const saved = served.get(url) ?? served.get(url.replace(/\/$/, '')) ?? served.get(`${url}/`);
      if (saved && route.request().resourceType() === 'document') {
        await route.fulfill({
          status: 200,
          body: readSavedPage(saved),
          contentType: saved.contentType ?? 'text/html; charset=utf-8',
        });
      } else {
        await route.abort('blockedbyclient');
      }
    });
    await use((saved) => served.set(saved.url, saved));
  },

  extensionId: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(new URL(worker.url()).host);
  },

  openSavedPage: async ({ context, serve, requests, ourPageErrors }, use) => {
    await use(async (saved) => {
      serve(saved);
      const page = await context.newPage();
      await watchInitiators(context, page, requests);
      page.on('pageerror', (error) => {
        if (`${error.stack ?? ''}`.includes('chrome-extension://'))
          ourPageErrors.push(error.message);
      });
      await page.goto(saved.url, { waitUntil: 'domcontentloaded' });
      return page;
    });
  },

  openExtensionPage: async ({ context, extensionId }, use) => {
    await use(async (path) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    });
  },
});

/**
 * A content script's request appears as the page's. DevTools' initiator stack tells them apart: a
 * request whose stack holds only extension scripts was sent by us; one with any page frame was the
 * page's own (even when it passed through our main-world observer).
 */
async function watchInitiators(context: BrowserContext, page: Page, requests: SeenRequest[]) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  cdp.on('Network.requestWillBeSent', (event) => {
    const url = event.request.url;
    if (isExtensionUrl(url) && !url.startsWith('chrome-extension://invalid')) return;
    const frames: string[] = [];
    for (let stack = event.initiator.stack; stack; stack = stack.parent) {
      for (const frame of stack.callFrames) frames.push(frame.url);
    }
    const ours = frames.filter(isExtensionUrl);
    // A frame without a URL is an inline script of the page (or a test's evaluate), never ours.
    const pageFrames = frames.filter((f) => !isExtensionUrl(f));
    const fromUs =
      url.startsWith('chrome-extension://invalid') || (ours.length > 0 && pageFrames.length === 0);
    requests.push({
      url,
      resourceType: event.type ?? 'other',
      by: fromUs ? 'extension' : 'page',
      why: fromUs ? `initiated by ${ours[0] ?? 'an extension URL'}` : 'page',
    });
  });
}

export { expect };
