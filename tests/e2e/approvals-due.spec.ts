import { expect, test } from './fixtures';
import { backup, campaign, creator, entry, seed } from './dashboard-seed';

const SHOTS = process.env.SCOUT_SHOTS ?? 'test-results';
const HOUR = 3_600_000;

/** A time as a datetime-local input takes it: local time, to the minute (the browser runs here too). */
function localInput(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

test('drafts due for approval 24 h before their planned publishing are listed in the popup; the time is set on the creator page', async ({
  openExtensionPage,
}) => {
  // Whole minutes, so that the input's value and the stored time agree.
  const now = Math.ceil(Date.now() / 60_000) * 60_000;
  const at = (hours: number) => new Date(now + hours * HOUR).toISOString();
  const data = backup(
    [
      // Publishing in 20 h: its approval (24 h before) is due now.
      creator('ann', 12_000, { campaigns: [entry('c1', { status: 'signed', publishAt: at(20) })] }),
      // Publishing in 50 h: due in 26 h, within the 3 days ahead.
      creator('bob', 8_000, {
        campaigns: [entry('c2', { status: 'content-approval', publishAt: at(50) })],
      }),
      // Live already: approved, not listed.
      creator('cem', 9_000, { campaigns: [entry('c1', { status: 'live', publishAt: at(10) })] }),
      // Ten days away: not yet.
      creator('dee', 9_000, { campaigns: [entry('c1', { status: 'signed', publishAt: at(240) })] }),
      creator('eve', 9_000, { campaigns: [entry('c1', { status: 'signed' })] }),
    ],
    [campaign('c1', 'Spring kit'), campaign('c2', 'Summer drop')],
  );
  const dashboard = await openExtensionPage('dashboard.html');
  await seed(dashboard, data);

  // The creator page: eve's publishing time planned in 30 h → due in 6 h.
  await dashboard.evaluate(() => (window.location.hash = '#/creator/instagram/eve'));
  const field = dashboard.getByTestId('scout-publish-at');
  await expect(field.getByTestId('scout-publish-due')).toHaveText(
    'Set when the post goes live: its draft is due for approval 24 hours before, and the popup reminds you.',
  );
  await field.getByLabel('Planned publishing').fill(localInput(now + 30 * HOUR));
  await field.getByRole('button', { name: 'Save publishing time' }).click();
  await expect(field.getByTestId('scout-publish-due')).toContainText('Draft due for approval');
  await expect(field.getByLabel('Planned publishing')).toHaveValue(localInput(now + 30 * HOUR));
  await field.screenshot({ path: `${SHOTS}/approvals-due-creator-page.png` });

  const popup = await openExtensionPage('popup.html');
  const items = popup.getByTestId('scout-approval-due');
  await expect(popup.getByRole('heading', { name: 'Due for approval (3)' })).toBeVisible();
  await expect(items).toHaveCount(3);
  // Soonest due first: ann (due 4 h ago), eve (due in 6 h), bob (due in 26 h).
  await expect(items.nth(0)).toHaveAttribute('data-handle', 'ann');
  await expect(items.nth(0)).toHaveAttribute('data-state', 'due');
  await expect(items.nth(0)).toContainText('@ann · Spring kit: approve the draft now, publishing');
  await expect(items.nth(1)).toHaveAttribute('data-handle', 'eve');
  await expect(items.nth(1)).toHaveAttribute('data-state', 'upcoming');
  await expect(items.nth(1)).toContainText('@eve · Spring kit: draft due for approval');
  await expect(items.nth(2)).toHaveAttribute('data-handle', 'bob');
  await expect(items.nth(2)).toContainText('@bob · Summer drop: draft due for approval');
  await expect(popup.locator('[data-testid="scout-approval-due"][data-handle="cem"]')).toHaveCount(
    0,
  );
  await expect(popup.locator('[data-testid="scout-approval-due"][data-handle="dee"]')).toHaveCount(
    0,
  );
  await popup.screenshot({ path: `${SHOTS}/approvals-due-popup.png`, fullPage: true });

  // Open: the creator's page in the dashboard, where the time and status are.
  const [tab] = await Promise.all([
    popup.context().waitForEvent('page'),
    items.nth(0).getByRole('button', { name: 'Open @ann in the dashboard' }).click(),
  ]);
  await expect(tab).toHaveURL(/dashboard\.html#\/creator\/instagram\/ann$/);
  await expect(tab.getByTestId('scout-publish-due')).toContainText('Draft due for approval');
  await tab.close();

  // Cleared on the creator page: eve leaves the list.
  await field.getByRole('button', { name: 'Clear' }).click();
  await expect(field.getByTestId('scout-publish-due')).toContainText('Set when the post goes live');
  await popup.reload();
  await expect(popup.getByRole('heading', { name: 'Due for approval (2)' })).toBeVisible();
  await expect(popup.locator('[data-testid="scout-approval-due"][data-handle="eve"]')).toHaveCount(
    0,
  );
});
