import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { backup, campaign, creator, entry, said, seed } from './dashboard-seed';
import { hostileLinks, oddText, xssPayloads } from '../fixtures/hostile/corpus';

/**
 * The hostile corpus (tests/fixtures/hostile/corpus.ts) through the popup, the dashboard, the
 * outreach draft and the CSV and JSON export/import: inert everywhere — no dialog, no element made
 * from page text, no javascript: link, no request (the harness guard), nothing lost in a round trip.
 * The on-page panel gets the same corpus in panel-hostile.spec.ts.
 */
const payloads = [...xssPayloads, ...hostileLinks, ...oddText.filter((t) => t.length < 1000)];

function hostileBackup() {
  const creators = payloads.map((text, i) => {
    const record = creator(`hostile_${i}`, 10_000 + i, {
      displayName: text,
      log: text.trim() === '' ? [] : [said(text)],
      tags: [text.slice(0, 40) || 'x'],
      campaigns: [entry('c1')],
    });
    record.lastReading!.reading.comments[0]!.text = text;
    (record.lastReading!.verdict!.comments as { text: string }[])[0]!.text = text;
    record.lastReading!.reading.profile!.bio = text;
    return record;
  });
  const data = backup(creators, [campaign('c1', '=HYPERLINK("https://evil.example")')]);
  data.settings.activeCampaignId = 'c1';
  return data;
}

/** What page text must never become: elements that load, run or navigate. */
async function injected(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const all = [
      document,
      ...[...document.querySelectorAll('*')].flatMap((el) =>
        el.shadowRoot ? [el.shadowRoot] : [],
      ),
    ];
    for (const root of all) {
      for (const el of root.querySelectorAll('*')) {
        for (const attr of el.getAttributeNames())
          if (/^on/i.test(attr)) found.push(`${el.tagName} ${attr}`);
        if (
          /^(IFRAME|OBJECT|EMBED|SCRIPT|IMG|VIDEO|FORM|META|BASE)$/.test(el.tagName) &&
          !el.closest('head')
        ) {
          found.push(el.tagName);
        }
        const href = el.getAttribute('href');
        if (href && !/^(https?:|#|blob:|chrome-extension:|\/|[a-z-]+\.html)/i.test(href))
          found.push(`${el.tagName} href=${href}`);
      }
    }
    return found;
  });
}

test('the popup and its drafts show hostile names, notes and captions as text', async ({
  openExtensionPage,
}) => {
  const dashboard = await openExtensionPage('dashboard.html');
  await seed(dashboard, hostileBackup());
  const popup = await openExtensionPage('popup.html');
  const dialogs: string[] = [];
  popup.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await expect(popup.getByTestId('scout-shortlist-item')).toHaveCount(payloads.length);
  expect(await injected(popup)).toEqual([]);
  await expect(popup.getByText(xssPayloads[0]!, { exact: true }).first()).toBeVisible();

  await popup.getByRole('button', { name: /^Draft outreach to @?hostile_0$/ }).click();
  const draft = popup.getByTestId('scout-draft');
  await expect(draft).toBeVisible();
  const text = await draft.inputValue();
  expect(text).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
  expect(await injected(popup)).toEqual([]);
  expect(dialogs).toEqual([]);
});

test('the dashboard shows the corpus inert and its exports round-trip it safely', async ({
  openExtensionPage,
}) => {
  const page = await openExtensionPage('dashboard.html');
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await seed(page, hostileBackup());
  await expect(page.getByTestId('scout-shortlist-item')).not.toHaveCount(0);
  expect(await injected(page)).toEqual([]);

  const [csvDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('scout-export-csv').click(),
  ]);
  const csv = readFileSync((await csvDownload.path())!, 'utf8').replace(/^\uFEFF/, '');
  const cells = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data.flat();
  expect(cells.filter((cell) => /^[=+\-@\t\r＝＋－＠]/.test(cell))).toEqual([]);
  for (const payload of xssPayloads.slice(0, 5)) expect(cells).toContain(payload);

  const [jsonDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('scout-export-json').click(),
  ]);
  const jsonPath = (await jsonDownload.path())!;
  const exported = JSON.parse(readFileSync(jsonPath, 'utf8'));
  expect(exported.creators.map((c: { displayName: string }) => c.displayName).sort()).toEqual(
    [...payloads].sort(),
  );

  await page.getByTestId('scout-import').setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: readFileSync(jsonPath),
  });
  await expect(page.getByTestId('scout-import-status')).toBeVisible();
  await expect(page.getByTestId('scout-import-errors')).toHaveCount(0);
  const after = await page.evaluate(() =>
    (
      globalThis as unknown as {
        chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
      }
    ).chrome.runtime.sendMessage({
      type: 'creator/list',
      filter: { scope: 'all' },
    }),
  );
  const names = (after as { data: { creators: Array<{ displayName: string }> } }).data.creators.map(
    (c) => c.displayName,
  );
  expect(names.sort()).toEqual([...payloads].sort());
  expect(await injected(page)).toEqual([]);
  expect(dialogs).toEqual([]);
});
