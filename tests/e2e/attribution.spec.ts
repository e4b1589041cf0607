import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import Papa from 'papaparse';
import { expect, test } from './fixtures';
import { backup, campaign, creator, entry, seed } from './dashboard-seed';

const link = (handle: string) =>
  `https://shop.example/kit?utm_source=influencer&utm_medium=micro&utm_campaign=spring&utm_content=${handle}`;

const data = backup(
  [
    creator('ann', 12_000, {
      campaigns: [
        entry('c1', { status: 'live', discountCode: 'ANN15', trackingLink: link('ann') }),
      ],
    }),
    creator('bob', 30_000, {
      campaigns: [
        entry('c1', { status: 'live', discountCode: 'BOB10', trackingLink: link('bob') }),
      ],
    }),
    creator('cat', 8_000, { campaigns: [entry('c1', { status: 'live', discountCode: 'CAT5' })] }),
  ],
  [campaign('c1', 'Spring kit')],
);

async function importCsv(page: Page, name: string, csv: string) {
  await page
    .getByTestId('scout-results-import')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv) });
}

async function pasted(context: BrowserContext): Promise<string> {
  const blank = await context.newPage();
  await blank.setContent('<textarea aria-label="paste here"></textarea>');
  await blank.locator('textarea').focus();
  await blank.keyboard.press('ControlOrMeta+V');
  const text = await blank.locator('textarea').inputValue();
  await blank.close();
  return text;
}

async function shoot(page: Page, target: ReturnType<Page['getByTestId']>, name: string) {
  for (const [width, height] of [
    [1280, 800],
    [390, 844],
  ] as const) {
    await page.setViewportSize({ width, height });
    await target.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `test-results/${name}-${width}.png` });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

/**
 * Seed mistake 3: orders by discount code (a Shopify export) and conversions by utm_content (a GA4
 * export) for the same creators; the results keep both and show the gap.
 */
test('a code file and a link file for the same creators: both side by side, with the gap', async ({
  openExtensionPage,
}) => {
  const page = await openExtensionPage('dashboard.html');
  await seed(page, data);
  await page.getByTestId('scout-nav-results').click();
  await expect(page.getByTestId('scout-result-row')).toHaveCount(3);

  await importCsv(
    page,
    'shopify-sales-by-discount.csv',
    'Discount code,Orders,Net sales\nANN15,52,4160\nBOB10,30,2400\nCAT5,2,80\n',
  );
  await expect(page.getByTestId('scout-results-import-basis')).toHaveValue('code');
  await page.getByTestId('scout-results-import-run').click();
  await expect(page.getByTestId('scout-results-import-status')).toContainText('3 creators');
  // One basis only so far: nothing to compare.
  await expect(page.getByTestId('scout-attribution')).toHaveCount(0);
  const basisOf = (handle: string) =>
    page
      .locator(`[data-testid="scout-result-row"][data-handle="${handle}"]`)
      .getByTestId('scout-result-basis');
  await expect(basisOf('ann')).toHaveText('by code');

  await importCsv(
    page,
    'ga4-manual-ad-content.csv',
    'Session manual ad content,Sessions,Key events,Purchase revenue\nann,810,37,2960\nbob,1200,42,3360\n',
  );
  await expect(page.getByTestId('scout-results-import-basis')).toHaveValue('link');
  await page.getByTestId('scout-results-import-run').click();
  await expect(page.getByTestId('scout-results-import-status')).toContainText('2 creators');

  const section = page.getByTestId('scout-attribution');
  await expect(section.getByTestId('scout-attribution-creator')).toHaveCount(2);
  const ann = section.locator('[data-testid="scout-attribution-creator"][data-handle="ann"]');
  await expect(ann).toHaveAttribute('data-direction', 'code-higher');
  const annConversions = ann.getByTestId('scout-attribution-conversions').locator('td');
  await expect(annConversions).toHaveText(['52', '37', '15 more by code (+41%)']);
  await expect(ann.getByTestId('scout-attribution-revenue').locator('td')).toHaveText([
    '4,160.00',
    '2,960.00',
    '1,200.00 more by code (+41%)',
  ]);
  // $500 + 5% of the revenue in use (GA4's $2,960, the latest) = $648, one payment for both sides.
  await expect(ann.getByTestId('scout-attribution-roas').locator('td').first()).toHaveAttribute(
    'data-value',
    String(4160 / 648),
  );
  await expect(ann.getByTestId('scout-attribution-sentence')).toContainText(
    'Code-based counts more: 15 more conversions (41% more).',
  );
  await expect(ann.getByTestId('scout-attribution-sentence')).toContainText('coupon sites');
  await expect(ann).toContainText('shopify-sales-by-discount.csv');

  const bob = section.locator('[data-testid="scout-attribution-creator"][data-handle="bob"]');
  await expect(bob).toHaveAttribute('data-direction', 'link-higher');
  await expect(bob.getByTestId('scout-attribution-conversions').locator('td')).toHaveText([
    '30',
    '42',
    '12 more by link (+40%)',
  ]);
  await expect(bob.getByTestId('scout-attribution-sentence')).toContainText(
    'Link-based counts more: 12 more conversions (40% more).',
  );
  // Over both: 82 by code, 79 by link, within 10%.
  await expect(section.getByTestId('scout-attribution-totals')).toHaveAttribute(
    'data-direction',
    'agree',
  );
  // The figures in use are the latest file's, and say so; cat has only the code file.
  await expect(basisOf('ann')).toHaveText('by link');
  await expect(basisOf('cat')).toHaveText('by code');
  await expect(section.locator('[data-handle="cat"]')).toHaveCount(0);

  // Both imports survive a reload (stored, not only shown).
  await page.reload();
  await expect(page.getByTestId('scout-attribution-creator')).toHaveCount(2);
  await shoot(page, page.getByTestId('scout-attribution'), 'attribution-gap');
});

test('the affiliate link: checked, saved, copied, matched in a results file, exported', async ({
  context,
  openExtensionPage,
}) => {
  const page = await openExtensionPage('dashboard.html');
  await seed(page, data);
  await page.evaluate(() => (window.location.hash = '#/creator/instagram/cat'));
  const field = page.getByTestId('scout-affiliate-link');
  await field.fill('javascript:alert(1)');
  await page.getByTestId('scout-affiliate-save').click();
  await expect(page.getByTestId('scout-affiliate-message')).toHaveText(
    'Enter a web address starting with https://',
  );
  await expect(field).toHaveAttribute('aria-invalid', 'true');

  const affiliate = 'https://partners.example/ref/cat-draws?campaign=spring';
  await field.fill(affiliate);
  await page.getByTestId('scout-affiliate-save').click();
  await expect(page.getByTestId('scout-affiliate-message')).toHaveText('Saved.');
  await page.getByRole('button', { name: 'Copy the affiliate link' }).click();
  expect(await pasted(context)).toBe(affiliate);
  await shoot(page, page.getByTestId('scout-affiliate-link'), 'affiliate-link');
  await page.reload();
  await expect(page.getByTestId('scout-affiliate-link')).toHaveValue(affiliate);

  // An affiliate platform's export lists sales by the link: the row is cat's.
  await page.getByTestId('scout-nav-results').click();
  await importCsv(
    page,
    'affiliate-payouts.csv',
    `Link,Conversions,Revenue\n"${affiliate}",6,480\n`,
  );
  await expect(page.getByTestId('scout-results-import-basis')).toHaveValue('link');
  await page.getByTestId('scout-results-import-run').click();
  await expect(page.getByTestId('scout-results-import-status')).toContainText('1 creator');
  await expect(
    page
      .locator('[data-testid="scout-result-row"][data-handle="cat"]')
      .getByTestId('scout-conversions'),
  ).toHaveText('6 by link');

  await page.getByTestId('scout-nav-creators').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('scout-export-csv').click(),
  ]);
  const rows = Papa.parse<Record<string, string>>(
    readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, ''),
    { header: true, skipEmptyLines: true },
  ).data;
  const cat = rows.find((r) => r.handle === 'cat')!;
  expect([cat.affiliate_link, cat.results_basis, cat.conversions]).toEqual([
    affiliate,
    'link',
    '6',
  ]);

  // Importing a shortlist CSV with the column sets it (here on ann, who had none).
  const csv = `platform,handle,campaign,affiliate_link\ninstagram,ann,Spring kit,https://partners.example/ref/ann\n`;
  await page
    .getByTestId('scout-import')
    .setInputFiles({ name: 'list.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(page.getByTestId('scout-import-status')).toContainText('1 row');
  await page.evaluate(() => (window.location.hash = '#/creator/instagram/ann'));
  await expect(page.getByTestId('scout-affiliate-link')).toHaveValue(
    'https://partners.example/ref/ann',
  );
});
