import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { backup, campaign, creator, entry, said, seed } from './dashboard-seed';

const SHOTS = process.env.SCOUT_SHOTS ?? 'test-results';
const DAY = 86_400_000;

test('an ambassador without a conversation for 30 days is listed in the popup until one is logged on their page', async ({
  openExtensionPage,
}) => {
  const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();
  const data = backup(
    [
      // Last talked to 40 days ago: due.
      creator('ann', 12_000, {
        log: [said('Monthly call: happy with the kit', ago(40), 'call'), said('Welcome', ago(90))],
        campaigns: [entry('c1', { status: 'ambassador', updatedAt: ago(100) })],
      }),
      // No conversation logged, ambassador for 35 days: due, listed after ann (35 days < 40).
      creator('bob', 8_000, {
        campaigns: [entry('c1', { status: 'ambassador', updatedAt: ago(35) })],
      }),
      // Talked to 3 days ago: not due.
      creator('cem', 9_000, {
        log: [said('Checked in', ago(3), 'dm')],
        campaigns: [entry('c1', { status: 'ambassador', updatedAt: ago(100) })],
      }),
      // Live, not an ambassador: never listed, however old the last conversation.
      creator('dee', 9_000, {
        log: [said('Sent the brief', ago(60), 'email')],
        campaigns: [entry('c1', { status: 'live', updatedAt: ago(60) })],
      }),
    ],
    [campaign('c1', 'Spring kit')],
  );
  const dashboard = await openExtensionPage('dashboard.html');
  await seed(dashboard, data);

  const popup = await openExtensionPage('popup.html');
  await popup.setViewportSize({ width: 390, height: 844 });
  const items = popup.getByTestId('scout-check-in-due');
  await expect(popup.getByRole('heading', { name: 'Check-in due (2)' })).toBeVisible();
  await expect(items).toHaveCount(2);
  // Longest without contact first: ann (40 days), then bob (ambassador for 35 days, none logged).
  await expect(items.nth(0)).toHaveAttribute('data-handle', 'ann');
  await expect(items.nth(0)).toContainText('@ann: last conversation 40 days ago');
  await expect(items.nth(1)).toHaveAttribute('data-handle', 'bob');
  await expect(items.nth(1)).toContainText('@bob: no conversation logged; ambassador since');
  await expect(items.nth(1)).toContainText('(35 days)');
  await popup.screenshot({ path: `${SHOTS}/check-ins-popup.png`, fullPage: true });
  const axe = await new AxeBuilder({ page: popup })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  // The button opens ann's page in the dashboard, where a conversation is logged (dated now).
  const [tab] = await Promise.all([
    popup.context().waitForEvent('page'),
    items.nth(0).getByRole('button', { name: 'Log a check-in with @ann' }).click(),
  ]);
  await expect(tab).toHaveURL(/dashboard\.html#\/creator\/instagram\/ann$/);
  await tab.getByTestId('scout-log-channel').selectOption('call');
  await tab.getByTestId('scout-log-text').fill('Check-in call: planning the summer posts');
  await tab.getByTestId('scout-log-save').click();
  await expect(tab.getByTestId('scout-log-entry')).toHaveCount(3);
  await expect(tab.getByTestId('scout-log-entry').first()).toContainText('planning the summer');
  await tab.close();

  await popup.reload();
  await expect(popup.getByRole('heading', { name: 'Check-in due (1)' })).toBeVisible();
  await expect(items).toHaveCount(1);
  await expect(popup.locator('[data-testid="scout-check-in-due"][data-handle="ann"]')).toHaveCount(
    0,
  );

  // The days are a setting: at 36, bob (ambassador for 35 days) is not due yet.
  await dashboard.evaluate(() => (window.location.hash = '#settings'));
  const days = dashboard.getByRole('spinbutton', { name: /^Ambassador check-in/ });
  await expect(days).toHaveValue('30');
  await days.fill('36');
  await dashboard.getByTestId('scout-save-settings').click();
  await expect(dashboard.getByText('Settings saved.')).toBeVisible();
  await popup.reload();
  await expect(popup.getByLabel('Active campaign')).toBeVisible();
  await expect(items).toHaveCount(0);
  await expect(popup.getByRole('heading', { name: /^Check-in due/ })).toHaveCount(0);
});
