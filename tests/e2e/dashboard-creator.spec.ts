import { expect, test } from './fixtures';
import { backup, campaign, creator, entry, seed } from './dashboard-seed';

const data = backup(
  [
    creator('ann', 12_000, { engagement: [0.04, 0.035, 0.03], campaigns: [entry('c1')] }),
    creator('bob', 30_000, { campaigns: [entry('c1', { status: 'contacted' })] }),
  ],
  [campaign('c1', 'Spring kit')],
);

test('a creator page charts the visits and shows the evidence of the last reading as text', async ({
  openExtensionPage,
}) => {
  const page = await openExtensionPage('dashboard.html');
  await seed(page, data);
  await page.getByRole('link', { name: '@ann' }).click();
  await expect(page.getByRole('heading', { level: 2 })).toContainText('@ann');
  await expect(page.getByTestId('scout-chart-followers')).toBeVisible();
  await expect(page.getByTestId('scout-chart-engagement')).toBeVisible();
  const evidence = page.getByTestId('scout-evidence');
  await expect(evidence).toContainText('12,020 exact, from data embedded in the page');
  // Where the reader found it in the page's code is for developers (the CLI's JSON), not shown.
  await expect(evidence).not.toContainText('edge_followed_by');
  await expect(page.getByTestId('scout-flags')).toContainText('<img src=x onerror=alert(1)>');
  await evidence.getByText(/Comments read/).click();
  await expect(evidence.locator('.comment')).toContainText(
    '<img src=x onerror=alert(1)> DM us to collab',
  );
  await expect(page.locator('main img')).toHaveCount(0);
});

test('conversations are logged, edited and deleted; tags are saved', async ({
  openExtensionPage,
}) => {
  const page = await openExtensionPage('dashboard.html');
  await seed(page, data);
  await page.evaluate(() => (window.location.hash = '#/creator/instagram/ann'));
  const log = page.getByTestId('scout-log');
  await expect(log).toContainText('No conversation logged yet.');
  // The date defaults to now; an older one is typed for the second conversation.
  await page.getByTestId('scout-log-channel').selectOption('email');
  await page.getByTestId('scout-log-text').fill('Sent the brief.\n<b>Asked</b> for rates.');
  await page.getByTestId('scout-log-save').click();
  await expect(log.getByRole('status')).toHaveText('Conversation logged.');
  await page.getByTestId('scout-log-when').fill('2026-02-01T09:30');
  await page.getByTestId('scout-log-channel').selectOption('call');
  await page.getByTestId('scout-log-text').fill('First call');
  await page.getByTestId('scout-log-save').click();
  const entries = page.getByTestId('scout-log-entry');
  await expect(entries).toHaveCount(2);
  // Newest first, the text as written (no element made of it).
  await expect(entries.nth(0)).toContainText('E-mail');
  await expect(entries.nth(0).locator('.log-text')).toHaveText(
    'Sent the brief.\n<b>Asked</b> for rates.',
  );
  await expect(entries.nth(1)).toContainText('Call');
  await expect(log.locator('b')).toHaveCount(0);

  await page.getByTestId('scout-tags').fill('art, travel');
  await page.getByTestId('scout-save-notes').click();
  await expect(page.getByText('Saved.')).toBeVisible();
  await page.reload();
  await expect(entries).toHaveCount(2);

  // Edit the call, then delete it and undo.
  await entries
    .nth(1)
    .getByRole('button', { name: /^Edit the conversation of/ })
    .click();
  await expect(page.getByTestId('scout-log-text')).toHaveValue('First call');
  await page.getByTestId('scout-log-text').fill('First call: agreed on 2 reels');
  await page.getByTestId('scout-log-save').click();
  await expect(entries.nth(1)).toContainText('First call: agreed on 2 reels');
  await expect(entries).toHaveCount(2);
  await entries
    .nth(1)
    .getByRole('button', { name: /^Delete the conversation of/ })
    .click();
  await expect(entries).toHaveCount(1);
  await log.getByRole('button', { name: 'Undo' }).click();
  await expect(entries).toHaveCount(2);

  await page.getByTestId('scout-nav-creators').click();
  await page.getByTestId('scout-columns').locator('summary').click();
  await page.getByTestId('scout-column-tags').check();
  await page.getByTestId('scout-column-notes').check();
  const row = page.locator('[data-handle="ann"]');
  await expect(row).toContainText('art, travel');
  // The table shows the latest conversation and how many are logged.
  await expect(row).toContainText('(2) Sent the brief.');
});

test('the pipeline counts creators per status and moves them', async ({ openExtensionPage }) => {
  const page = await openExtensionPage('dashboard.html');
  await seed(page, data);
  await page.getByTestId('scout-nav-pipeline').click();
  await page.getByLabel('Campaign').selectOption({ label: 'Spring kit' });
  const count = (status: string) =>
    page.getByTestId(`scout-stage-${status}`).getByTestId('scout-stage-count');
  await expect(count('shortlisted')).toHaveText('1');
  await expect(count('contacted')).toHaveText('1');
  await page
    .getByTestId('scout-stage-shortlisted')
    .getByTestId('scout-status-select')
    .selectOption('negotiating');
  await expect(count('shortlisted')).toHaveText('0');
  await expect(count('negotiating')).toHaveText('1');
});

test('negotiation red flags ticked on a creator’s campaign entry stay ticked after leaving', async ({
  openExtensionPage,
}) => {
  const page = await openExtensionPage('dashboard.html');
  await seed(page, data);
  await page.evaluate(() => (window.location.hash = '#/creator/instagram/ann'));
  const flag = page.getByTestId('scout-red-flag-refuses-tracking');
  await expect(flag).not.toBeChecked();
  await flag.check();
  await expect(page.getByText('Saved.')).toBeVisible();
  await page.getByTestId('scout-nav-creators').click();
  await page.reload();
  await page.evaluate(() => (window.location.hash = '#/creator/instagram/ann'));
  await expect(page.getByTestId('scout-red-flag-refuses-tracking')).toBeChecked();
  await expect(page.getByTestId('scout-red-flag-full-payment-upfront')).not.toBeChecked();
  await expect(page.getByTestId('scout-red-flags')).toContainText('Make a unique code');
});

test('a creator seen once: "1 visit", no empty chart of 1970 dates', async ({
  openExtensionPage,
}) => {
  const once = creator('solo', 5_000);
  once.snapshots[0] = { ...once.snapshots[0]!, engagementRate: null, engagementBasis: null };
  const page = await openExtensionPage('dashboard.html');
  await seed(page, backup([once]));
  await page.evaluate(() => (window.location.hash = '#/creator/instagram/solo'));
  await expect(page.getByRole('heading', { name: 'History (1 visit)' })).toBeVisible();
  await expect(page.getByTestId('scout-chart-engagement')).toHaveText(
    'No engagement rate recorded yet: it needs recent posts with their counts (open the profile and scroll).',
  );
  await expect(page.getByTestId('scout-chart-followers')).toBeVisible();
  await expect(page.locator('main')).not.toContainText('1970');
});
