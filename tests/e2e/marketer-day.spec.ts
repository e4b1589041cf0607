import { readFileSync } from 'node:fs';
import type { BrowserContext, Download, Page } from '@playwright/test';
import type { Backup } from '../../lib/model/messages';
import { savedPages } from '../../scripts/lib/saved-pages';
import { createCampaignOnPage } from './dashboard-seed';
import { expect, test } from './fixtures';
import { panel } from './panel';
import { ask } from './popup-helpers';

/**
 * A marketer's day, end to end through the screens (issue #21): a campaign with its details,
 * brief and offer; creators shortlisted from their pages on both platforms; a draft copied; the
 * CSV and JSON exports imported back; results imported. After each step the store holds what the
 * user changed and nothing else.
 */

/** The store as a backup, without the times the store stamps on every write. */
async function state(page: Page) {
  const { backup } = await ask(page, { type: 'store/export' });
  return unstamped(backup);
}

function unstamped(backup: Backup) {
  const { exportedAt: _e, ...rest } = backup;
  return JSON.parse(
    JSON.stringify(rest, (key, value) => (key === 'updatedAt' ? undefined : value)),
  ) as unknown;
}

/** What the clipboard holds, pasted into a blank page the way a marketer pastes into a DM. */
async function pasted(context: BrowserContext): Promise<string> {
  const blank = await context.newPage();
  await blank.setContent('<textarea aria-label="paste here"></textarea>');
  await blank.locator('textarea').focus();
  await blank.keyboard.press('ControlOrMeta+V');
  const value = await blank.locator('textarea').inputValue();
  await blank.close();
  return value;
}

const text = async (download: Download) => readFileSync((await download.path())!, 'utf8');

async function importFile(page: Page, name: string, body: string) {
  await page.getByTestId('scout-import').setInputFiles({
    name,
    mimeType: name.endsWith('.csv') ? 'text/csv' : 'application/json',
    buffer: Buffer.from(body),
  });
  await expect(page.getByTestId('scout-import-status')).toBeVisible();
  await expect(page.getByTestId('scout-import-errors')).toHaveCount(0);
}

test('a whole day: nothing changes that the marketer did not change', async ({
  context,
  openSavedPage,
  openExtensionPage,
}) => {
  test.setTimeout(120_000);
  const dashboard = await openExtensionPage('dashboard.html');

  // The campaign: details (with the discount), then the brief, then the offer; active.
  await createCampaignOnPage(dashboard, 'Spring kit');
  await dashboard.getByLabel('Landing URL').fill('https://acme.example/kit');
  await dashboard.getByTestId('scout-campaign-discount').fill('15');
  await dashboard.getByRole('button', { name: 'Save details' }).click();
  await expect(dashboard.getByTestId('scout-campaign-discount')).toHaveValue('15');
  const brief = dashboard.getByTestId('scout-brief-editor');
  await brief.getByLabel('Brand').fill('Acme Paints');
  await brief.getByLabel('Product').fill('travel watercolour set');
  await brief.getByRole('button', { name: 'Save brief' }).click();
  await expect(brief.getByLabel('Brand')).toHaveValue('Acme Paints');
  await dashboard.getByTestId('scout-offer-model').selectOption('hybrid');
  await dashboard.getByTestId('scout-offer-flatFee').fill('500');
  await dashboard.getByTestId('scout-offer-commissionPct').fill('5');
  await dashboard.getByRole('button', { name: 'Save offer' }).click();
  await dashboard.getByRole('button', { name: /^Make active/ }).click();
  await dashboard.reload();
  await dashboard.getByTestId('scout-nav-campaigns').click();
  await expect(dashboard.getByTestId('scout-campaign-discount')).toHaveValue('15');
  await expect(dashboard.getByTestId('scout-brief-editor').getByLabel('Brand')).toHaveValue(
    'Acme Paints',
  );

  // Shortlisted from their own pages, one per platform.
  for (const saved of [savedPages.tiktokProfile, savedPages.instagramProfile]) {
    const page = await openSavedPage(saved);
    const button = panel(page).part('scout-shortlist');
    await expect(button).toHaveAttribute('data-state', 'idle');
    await button.click();
    await expect(button).toHaveAttribute('data-state', 'done');
    await page.close();
  }

  // A creator only looked at: visited, not shortlisted.
  const looked = await openSavedPage(savedPages.instagramReelLoggedIn);
  await expect(panel(looked).part('scout-verdict')).toBeVisible();
  await expect
    .poll(
      async () =>
        (await ask(dashboard, { type: 'creator/list', filter: { scope: 'seen' } })).creators.length,
    )
    .toBe(1);
  await looked.close();

  // A draft for the TikTok creator, its placeholders filled, copied.
  const popup = await openExtensionPage('popup.html');
  await expect(popup.getByTestId('scout-shortlist-item')).toHaveCount(2);
  await popup.getByRole('button', { name: 'Draft outreach to @illojuan' }).click();
  const draft = popup.getByTestId('scout-draft');
  await expect(draft).toHaveValue(/ILLOJUAN15/);
  const copy = popup.getByTestId('scout-copy-draft');
  const gap = popup.getByRole('button', { name: /^Select \{\w+\} in the draft$/ });
  for (let filled = 0; (await copy.isDisabled()) && filled < 12; filled++) {
    await gap.first().click();
    await popup.keyboard.type('art');
  }
  await copy.click();
  await expect(popup.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
  const drafted = await draft.inputValue();
  expect(await pasted(context)).toBe(drafted);
  expect(drafted).not.toMatch(/\{\w+\}/);

  const campaigns = await ask(dashboard, { type: 'campaign/list' });
  expect(campaigns.campaigns).toMatchObject([
    {
      name: 'Spring kit',
      discountPct: 15,
      landingUrl: 'https://acme.example/kit',
      brief: { brand: 'Acme Paints', product: 'travel watercolour set' },
      offer: { model: 'hybrid', flatFee: 500, commissionPct: 5 },
    },
  ]);
  const before = await state(dashboard);

  // Both exports, imported back: the store is as it was.
  await dashboard.goto(dashboard.url().replace(/#.*$/, '#/creators'));
  await dashboard.reload();
  await expect(dashboard.getByTestId('scout-shortlist-item')).toHaveCount(3);
  const [csvDownload] = await Promise.all([
    dashboard.waitForEvent('download'),
    dashboard.getByTestId('scout-export-csv').click(),
  ]);
  const [jsonDownload] = await Promise.all([
    dashboard.waitForEvent('download'),
    dashboard.getByTestId('scout-export-json').click(),
  ]);
  const csv = await text(csvDownload);
  const json = await text(jsonDownload);
  await importFile(dashboard, 'shortlist.csv', csv);
  expect(await state(dashboard)).toEqual(before);
  await importFile(dashboard, 'backup.json', json);
  expect(await state(dashboard)).toEqual(before);

  // Results by discount code: only the results change.
  await dashboard.getByTestId('scout-nav-results').click();
  await dashboard.getByTestId('scout-results-import').setInputFiles({
    name: 'shopify.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('Discount code,Orders,Net sales\nILLOJUAN15,12,960\n'),
  });
  await dashboard.getByTestId('scout-results-import-run').click();
  await expect(dashboard.getByTestId('scout-results-import-status')).toBeVisible();
  const after = (await state(dashboard)) as {
    creators: { handle: string; campaigns: { results: unknown }[] }[];
    settings: { resultsMappings: unknown };
  };
  const illojuan = after.creators.find((c) => c.handle === 'illojuan')!;
  expect(illojuan.campaigns[0]!.results).toMatchObject({ conversions: 12, revenue: 960 });
  const withoutResults = (s: unknown) =>
    JSON.parse(
      JSON.stringify(s, (key, value) =>
        key === 'results' || key === 'resultsMappings' ? undefined : value,
      ),
    ) as unknown;
  expect(withoutResults(after)).toEqual(withoutResults(before));
});
