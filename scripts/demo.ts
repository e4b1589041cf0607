import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromiumArgs, findChromium, installHint } from './lib/browser';
import { readSavedPage, savedPages } from './lib/saved-pages';
import { replayVisit, savedVisits, type SavedVisit } from './lib/saved-visits';

/**
 * `npm run demo`: the built extension in Chromium on real saved visits, served at their real URLs
 * with every other request blocked. A marketer's day in a few steps: a campaign with its brief and
 * offer, three creators vetted on their own pages (a profile with its posts fetched while
 * scrolling, a reel with its comments loaded and its engaged commenters added to the to-vet list,
 * a TikTok profile), each shortlisted, a draft in the popup, the dashboard, and a sample orders
 * file imported as results. With a display it leaves
 * the window open to try; without one it writes screenshots to demo-output/ and prints what each
 * page read.
 *
 * The audience check (a creator's followers list) is not in it: the real followers captures
 * (tests/fixtures/SOURCES.md) hold 12 and 24 accounts, under the 30 a reading needs, and neither
 * records whose followers they are, so serving one on a bundled creator's followers page would
 * invent that creator's audience.
 */
const root = resolve(import.meta.dirname, '..');
const extensionDir = resolve(root, '.output', 'chrome-mv3');
const outDir = resolve(root, 'demo-output');
const headed = Boolean(process.env.DISPLAY) && !process.argv.includes('--headless');

/**
 * A sample orders export by discount code, as a shop sends it, built from the codes the drafts
 * gave: the demo's only made-up figures.
 */
const SAMPLE_SALES: Record<string, [orders: number, sales: number]> = {
  anasaiaofficial: [41, 2870],
  ninamukhar: [9, 585],
  illojuan: [3, 195],
};

const executablePath = findChromium();
if (!executablePath) {
  console.error(`demo: ${installHint}`);
  process.exit(2);
}

const context = await chromium.launchPersistentContext('', {
  executablePath,
  headless: !headed,
  viewport: { width: 1280, height: 800 },
  args: chromiumArgs(extensionDir),
});
// The demo shows the real captures; synthetic pages (states, hostile text) are for the tests,
// except the empty app shell Instagram serves before its client fetches the profile.
const served = [
  ...Object.values(savedPages).filter((saved) => !saved.file.includes('-synthetic.')),
  ...Object.values(savedVisits).map((visit) => visit.page),
];
const byUrl = new Map(served.map((saved) => [saved.url, saved]));
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
const shot = async (page: Page, name: string) => {
  if (headed) return;
  const file = resolve(outDir, `${name}.png`);
  await page.screenshot({ path: file });
  console.log(`  screenshot: ${file}`);
};

const extensionId = await idOf(context);
const dashboard = await context.newPage();
await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html`);
await createCampaign(dashboard);
console.log('campaign "Summer glow" created with its brief and offer, and made active');

// Vetting on the creators' own pages; each is shortlisted into the active campaign.
for (const [name, visit] of [
  ['panel-instagram-profile', savedVisits.instagramProfile],
  ['panel-instagram-reel', savedVisits.instagramReel],
  ['panel-tiktok-profile', { page: savedPages.tiktokProfile, responses: [] }],
] as Array<[string, SavedVisit]>) {
  const page = await context.newPage();
  await page.goto(visit.page.url, { waitUntil: 'domcontentloaded' });
  const host = page.getByTestId('scout-panel');
  await host
    .getByTestId('scout-status')
    .waitFor({ state: 'attached', timeout: 15_000 })
    .catch(() => undefined);
  await replayVisit(page, visit);
  await settle(page);
  console.log(`${visit.page.url}\n  ${await readPanel(page)}`);
  if (visit === savedVisits.instagramReel) {
    await addEngagedCommenters(page);
    await openSpamEvidence(page);
  }
  await shot(page, name);
  await shortlist(page);
  if (!headed) await page.close();
}

const popup = await context.newPage();
await popup.setViewportSize({ width: 400, height: 600 });
for (const handle of ['illojuan', 'ninamukhar', 'anasaiaofficial']) {
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup
    .getByRole('button', { name: `Draft outreach to @${handle}` })
    .click({ timeout: 10_000 })
    .then(() => console.log(`popup: a draft for @${handle}`))
    .catch(() => console.log(`popup: no draft button for @${handle}`));
}
// What only the marketer knows, typed where the draft asks for it.
for (const [gap, words] of [
  ['{topic}', 'beauty'],
  ['{followingFor}', 'for a while'],
] as const) {
  await popup
    .getByRole('button', { name: `Select ${gap} in the draft` })
    .click({ timeout: 5_000 })
    .then(() => popup.keyboard.type(words))
    .catch(() => console.log(`popup: no ${gap} to fill`));
}
await popup.getByTestId('scout-draft').evaluate((el) => {
  el.scrollTop = 0;
  (el as HTMLElement).blur();
  window.scrollTo(0, 0);
});
await shot(popup, 'popup');
const orders = await ordersFromCodes(dashboard);
console.log(`results: orders by code\n  ${orders.replace(/\n/g, '\n  ')}`);

await dashboard.bringToFront();
// A headless tab never becomes hidden, so it is reloaded to show what the panel and popup did.
await dashboard.reload();
await dashboard.getByTestId('scout-nav-results').click();
await dashboard.getByTestId('scout-results-import').setInputFiles({
  name: 'orders-sample.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from(orders),
});
await dashboard.getByTestId('scout-results-import-run').click();
await dashboard
  .getByTestId('scout-results-import-status')
  .waitFor({ timeout: 10_000 })
  .then(async () =>
    console.log(
      `results: ${(await dashboard.getByTestId('scout-results-import-status').innerText()).trim()}`,
    ),
  )
  .catch(() => console.log('results: the import did not finish'));
await dashboard.evaluate(() => window.scrollTo(0, 0));
await shot(dashboard, 'dashboard-results');
await dashboard.getByTestId('scout-nav-creators').click();
await dashboard.getByTestId('scout-shortlist-item').first().waitFor({ timeout: 10_000 });
await shot(dashboard, 'dashboard');
await dashboard.evaluate(() => (window.location.hash = '#/creator/instagram/anasaiaofficial'));
await dashboard.waitForTimeout(1000);
await shot(dashboard, 'dashboard-creator');
await dashboard.getByTestId('scout-nav-to-vet').click();
await dashboard
  .getByTestId('scout-to-vet-item')
  .first()
  .waitFor({ timeout: 10_000 })
  .then(async () =>
    console.log(
      `to vet: ${await dashboard.getByTestId('scout-to-vet-item').count()} engaged commenters from the reel`,
    ),
  )
  .catch(() => console.log('to vet: the list is empty'));
await shot(dashboard, 'dashboard-to-vet');

if (headed) {
  console.log('\nChromium is open with Creator Scout loaded. Close the window to end the demo.');
  await new Promise<void>((done) => context.on('close', () => done()));
} else {
  await context.close();
}

function dayFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

async function createCampaign(page: Page): Promise<void> {
  await page.getByTestId('scout-nav-campaigns').click();
  await page.getByTestId('scout-campaign-name').fill('Summer glow');
  await page.getByRole('button', { name: 'Create' }).click();
  await page.getByLabel('Landing URL').fill('https://glow.example/summer');
  await page.getByLabel('Starts on').fill(dayFromNow(14));
  await page.getByLabel('Ends on').fill(dayFromNow(44));
  await page.getByTestId('scout-campaign-discount').fill('15');
  await page.getByRole('button', { name: 'Save details' }).click();
  const brief = page.getByTestId('scout-brief-editor');
  await brief.getByLabel('Brand').fill('Glow Beauty');
  await brief.getByLabel('Product').fill('summer hair and make-up kit');
  await brief.getByLabel(/^Keywords/).fill('makeup, hair, beauty, glam, skincare');
  await brief.getByLabel(/^Languages/).fill('en');
  await brief.getByRole('button', { name: 'Save brief' }).click();
  await page.getByTestId('scout-offer-model').selectOption('hybrid');
  await page.getByTestId('scout-offer-flatFee').fill('500');
  await page.getByTestId('scout-offer-commissionPct').fill('10');
  await page.getByRole('button', { name: 'Save offer' }).click();
  await page.getByRole('button', { name: /^Make active/ }).click();
  // Who signs the drafts: the marketer's own name, once, in Settings.
  await page.getByTestId('scout-nav-settings').click();
  await page.getByRole('group', { name: /sign/i }).getByLabel('Name').fill('Sam Rivera');
  await page.getByTestId('scout-save-settings').click();
}

/** Discovery on a post: the most engaged commenters, all added to the to-vet list. */
async function addEngagedCommenters(page: Page): Promise<void> {
  const host = page.getByTestId('scout-panel');
  const shown = await host.getByTestId('scout-prospect').count();
  await host
    .getByTestId('scout-prospects-add-all')
    .click({ timeout: 5_000 })
    .then(() => console.log(`  ${shown} engaged commenters added to the to-vet list`))
    .catch(() => console.log('  no engaged commenters to add'));
}

/** Opens the spam ratio's evidence: each comment with its label and reason. */
async function openSpamEvidence(page: Page): Promise<void> {
  const host = page.getByTestId('scout-panel');
  const metric = host.locator('.metric', { has: page.getByTestId('scout-spam-ratio') });
  await metric
    .locator('.metric-head')
    .click({ timeout: 5_000 })
    .then(() => metric.evaluate((el) => el.scrollIntoView({ block: 'start' })))
    .catch((e: unknown) =>
      console.log(`  couldn't open the spam evidence: ${String(e).split('\n')[0]}`),
    );
}

/** Waits until the panel has taken in every response (its status line stops changing). */
async function settle(page: Page): Promise<void> {
  const status = page.getByTestId('scout-panel').getByTestId('scout-status');
  let last = '';
  for (let same = 0, i = 0; same < 3 && i < 40; i++) {
    await page.waitForTimeout(400);
    const now = await status.innerText().catch(() => '');
    same = now === last ? same + 1 : 0;
    last = now;
  }
}

async function readPanel(page: Page): Promise<string> {
  const host = page.getByTestId('scout-panel');
  try {
    const verdict = host.getByTestId('scout-verdict');
    await verdict.waitFor({ timeout: 10_000 });
    const status = (await host.getByTestId('scout-status').innerText()).trim();
    return `${status} · verdict: ${(await verdict.innerText()).replace(/\s+/g, ' ').trim()}`;
  } catch {
    return 'no verdict on this page';
  }
}

async function shortlist(page: Page): Promise<void> {
  const button = page.getByTestId('scout-panel').getByTestId('scout-shortlist');
  try {
    await button.click({ timeout: 10_000 });
    await page
      .locator('[data-testid="scout-shortlist"][data-state="done"]')
      .waitFor({ timeout: 10_000 });
    console.log('  shortlisted into "Summer glow"');
  } catch {
    console.log('  could not shortlist from the panel');
  }
}

/** The sample orders file, by the discount codes the campaign gave each creator. */
async function ordersFromCodes(page: Page): Promise<string> {
  const answer = (await page.evaluate(
    (message) =>
      (
        globalThis as unknown as {
          chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
        }
      ).chrome.runtime.sendMessage(message),
    { type: 'creator/list', filter: { scope: 'shortlisted' } },
  )) as {
    data?: {
      creators: Array<{ handle: string; campaigns: Array<{ discountCode: string | null }> }>;
    };
  };
  const lines = ['Discount code,Orders,Net sales'];
  for (const creator of answer.data?.creators ?? []) {
    const code = creator.campaigns[0]?.discountCode;
    const sales = SAMPLE_SALES[creator.handle];
    if (code && sales) lines.push(`${code},${sales[0]},${sales[1]}`);
  }
  return lines.join('\n');
}

async function idOf(browser: BrowserContext): Promise<string> {
  const worker = browser.serviceWorkers()[0] ?? (await browser.waitForEvent('serviceworker'));
  return new URL(worker.url()).host;
}
