import { expect, test } from './fixtures';
import { backup, creator, seed } from './dashboard-seed';

const ann = creator('ann', 12_000, { engagement: [0.04, 0.035, 0.03] });
ann.snapshots[0] = { ...ann.snapshots[0]!, audienceSample: 24, audienceFakeShare: 0.125 };
ann.snapshots[2] = { ...ann.snapshots[2]!, audienceSample: 40, audienceFakeShare: 0.3 };
ann.lastReading!.verdict = {
  ...ann.lastReading!.verdict,
  audience: {
    kind: 'followers',
    sample: 40,
    suspicious: 12,
    suspiciousShare: 0.3,
    low: 0.181,
    high: 0.454,
    matching: null,
    matchingShare: null,
    examples: [
      {
        handle: 'user8837261004',
        suspicious: true,
        reasons: ['default profile picture', 'no posts'],
      },
      { handle: '<b>x</b>', suspicious: false, reasons: [] },
    ],
  },
};
const bob = creator('bob', 30_000);

test('a creator page shows the last followers sample and its share over the visits', async ({
  openExtensionPage,
}) => {
  const page = await openExtensionPage('dashboard.html');
  await seed(page, backup([ann, bob]));
  await page.evaluate(() => (window.location.hash = '#/creator/instagram/ann'));
  const section = page.getByTestId('scout-audience-history');
  await expect(section.getByTestId('scout-audience-sample')).toHaveAttribute('data-value', '40');
  await expect(section.getByTestId('scout-audience-fake-share')).toHaveText(
    '30.0% look fake or inactive: 12 of 40 followers read (95% range 18.1%–45.4%)',
  );
  const example = section.getByRole('link', { name: '@user8837261004' });
  await expect(example).toHaveAttribute('href', 'https://www.instagram.com/user8837261004/');
  await expect(section).toContainText(
    'likely fake or inactive · default profile picture · no posts',
  );
  await expect(section.getByRole('link', { name: '@<b>x</b>' })).toBeVisible();
  await expect(section.locator('b')).toHaveCount(0);
  const rows = section.getByTestId('scout-audience-visits').locator('tbody tr');
  await expect(rows).toHaveCount(2);
  // In the browser's locale (en-US here) and time zone.
  await expect(rows.first()).toContainText(/Mar 1[45], 2026, \d{1,2}:00/);
  await expect(rows.first()).toContainText('30.0%');
  await expect(rows.last()).toContainText('12.5%too few accounts');
  await expect(section.getByTestId('scout-chart-audience')).toBeVisible();

  await page.evaluate(() => (window.location.hash = '#/creator/instagram/bob'));
  await expect(page.getByTestId('scout-audience-history')).toContainText(
    "No followers sample yet: open @bob's followers list on Instagram and scroll",
  );
});
