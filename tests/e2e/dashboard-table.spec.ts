import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { expect, test } from './fixtures';
import { backup, campaign, creator, entry, said, seed, tableHandles } from './dashboard-seed';

const hostile = backup(
  [
    creator('ann', 12_000, {
      displayName: '=HYPERLINK("http://x")',
      log: [said('+cmd')],
      tags: ['@SUM(1)'],
      campaigns: [entry('c1', { status: 'contacted' })],
    }),
    creator('bob', 95_000, {
      displayName: '<img src=x onerror=alert(1)>',
      campaigns: [entry('c1')],
    }),
    creator('cat', 3_400, { platform: 'tiktok', log: [said('-2+3\n=cmd')] }),
  ],
  [campaign('c1', 'Spring kit')],
);

test('the table lists every creator, one row each with handle and platform', async ({
  openExtensionPage,
}) => {
  const page = await openExtensionPage('dashboard.html');
  await seed(page, hostile);
  await expect(page.getByTestId('scout-shortlist-item')).toHaveCount(3);
  const cat = page.locator('[data-testid="scout-shortlist-item"][data-handle="cat"]');
  await expect(cat).toHaveAttribute('data-platform', 'tiktok');
  // Hostile names are text: no element is made from them.
  await expect(page.locator('main img')).toHaveCount(0);
  await expect(page.getByText('<img src=x onerror=alert(1)>')).toBeVisible();
});

test('sorting by followers orders the rows both ways, and by handle', async ({
  openExtensionPage,
}) => {
  const page = await openExtensionPage('dashboard.html');
  await seed(page, hostile);
  await page.getByTestId('scout-sort-followers').click();
  expect(await tableHandles(page)).toEqual(['bob', 'ann', 'cat']);
  await page.getByTestId('scout-sort-followers').click();
  expect(await tableHandles(page)).toEqual(['cat', 'ann', 'bob']);
  await page.getByTestId('scout-sort-handle').click();
  expect(await tableHandles(page)).toEqual(['ann', 'bob', 'cat']);
  await expect(page.locator('th[aria-sort="ascending"]')).toHaveCount(1);
});

test('the CSV export neutralises formulas in hostile text', async ({ openExtensionPage }) => {
  const page = await openExtensionPage('dashboard.html');
  await seed(page, hostile);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('scout-export-csv').click(),
  ]);
  const text = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
  const rows = Papa.parse<Record<string, string>>(text, {
    header: true,
    skipEmptyLines: true,
  }).data;
  const by = new Map(rows.map((r) => [r.handle, r]));
  expect(by.get('ann')!.display_name).toBe(`'=HYPERLINK("http://x")`);
  // The log starts with its date: a spreadsheet never reads it as a formula, and it reads back.
  expect(by.get('ann')!.log).toBe('2026-03-01T10:00:00.000Z [other] +cmd');
  expect(by.get('ann')!.tags).toBe(`'@SUM(1)`);
  expect(by.get('ann')!.status).toBe('contacted');
  expect(by.get('ann')!.campaign).toBe('Spring kit');
  expect(by.get('cat')!.log).toBe('2026-03-01T10:00:00.000Z [other] -2+3\n  =cmd');
  expect(by.get('bob')!.display_name).toBe('<img src=x onerror=alert(1)>');
  for (const row of rows)
    for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
});

test('a broken CSV import changes nothing and names the line and field', async ({
  openExtensionPage,
}) => {
  const page = await openExtensionPage('dashboard.html');
  await seed(page, hostile);
  const csv = 'platform,handle,status,notes\ninstagram,ann,signed,ok\nmyspace,dan,shortlisted,x\n';
  await page
    .getByTestId('scout-import')
    .setInputFiles({ name: 'list.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const errors = page.getByTestId('scout-import-errors');
  await expect(errors).toContainText('line 3');
  await expect(errors).toContainText('platform');
  await expect(page.getByTestId('scout-shortlist-item')).toHaveCount(3);
  await page.reload();
  await expect(page.getByTestId('scout-shortlist-item')).toHaveCount(3);
  await expect(page.locator('[data-handle="dan"]')).toHaveCount(0);
  // ann's status did not change either: all or nothing.
  await page.goto(page.url().replace(/#.*$/, '') + '#/pipeline');
  await page.getByLabel('Campaign').selectOption({ label: 'Spring kit' });
  await expect(
    page.getByTestId('scout-stage-contacted').getByRole('link', { name: '@ann' }),
  ).toBeVisible();
});

test('a good CSV import applies every row', async ({ openExtensionPage }) => {
  const page = await openExtensionPage('dashboard.html');
  await seed(page, hostile);
  const csv =
    'platform,handle,campaign,status,tags\ninstagram,ann,Spring kit,signed,loyal; art\ntiktok,dan,,shortlisted,\n';
  await page
    .getByTestId('scout-import')
    .setInputFiles({ name: 'list.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(page.getByTestId('scout-import-status')).toContainText('2 rows');
  await expect(page.getByTestId('scout-shortlist-item')).toHaveCount(4);
  // Tags are one click away in the column chooser, and the choice is remembered.
  await page.getByTestId('scout-columns').locator('summary').click();
  await page.getByTestId('scout-column-tags').check();
  await expect(page.locator('[data-handle="ann"]')).toContainText('loyal, art');
  await page.reload();
  await expect(page.locator('[data-handle="ann"]')).toContainText('loyal, art');
});

test('a broken JSON backup changes nothing and names the line of the bad field', async ({
  openExtensionPage,
}) => {
  const page = await openExtensionPage('dashboard.html');
  await seed(page, hostile);
  const bad = backup([
    creator('eve', 1_000),
    { ...creator('fay', 2_000), handle: 'Fay Has Spaces' },
  ]);
  const text = JSON.stringify(bad, null, 2);
  const line = text.split('\n').findIndex((l) => l.includes('"Fay Has Spaces"')) + 1;
  await page.getByTestId('scout-import').setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  const errors = page.getByTestId('scout-import-errors');
  await expect(errors).toContainText(`line ${line}, creators[1].handle`);
  await page.reload();
  await expect(page.getByTestId('scout-shortlist-item')).toHaveCount(3);
  expect((await tableHandles(page)).sort()).toEqual(['ann', 'bob', 'cat']);

  await page.getByTestId('scout-import').setInputFiles({
    name: 'cut.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{\n  "format": "creator-scout-backup",\n  "version": 1,\n'),
  });
  await expect(page.getByTestId('scout-import-errors')).toContainText('not valid JSON');
  expect((await tableHandles(page)).sort()).toEqual(['ann', 'bob', 'cat']);
});

test('the JSON backup round-trips through export and import', async ({ openExtensionPage }) => {
  const page = await openExtensionPage('dashboard.html');
  await seed(page, hostile);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('scout-export-json').click(),
  ]);
  const text = readFileSync((await download.path())!, 'utf8');
  expect(JSON.parse(text).creators).toHaveLength(3);
  await seed(page, backup([]));
  await expect(page.getByTestId('scout-shortlist-item')).toHaveCount(0);
  await page
    .getByTestId('scout-import')
    .setInputFiles({ name: 'b.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(page.getByTestId('scout-import-status')).toContainText('3 creators');
  await expect(page.getByTestId('scout-shortlist-item')).toHaveCount(3);
});
