import { expect, test } from './fixtures';
import { backup, campaign, creator, entry, seed } from './dashboard-seed';

const data = backup(
  [
    creator('ann', 12_000, {
      campaigns: [
        entry('c1', {
          discountCode: 'ANN15',
          trackingLink: 'https://acme.example/kit?utm_content=ann',
        }),
      ],
    }),
  ],
  [
    campaign('c1', 'Spring kit', {
      brief: { name: 'Spring kit', brand: 'Acme Paints', competitors: ['Sakura'] },
    }),
  ],
);

const LATE_TAG =
  'Painting day with my new travel set, better than my old Sakura one! So many colours to try ' +
  'this spring, see you on the next one. Code ANN15 #watercolor #Anzeige';

test('a pasted draft caption gets the approval checks, with the disclosure position', async ({
  openExtensionPage,
}) => {
  const page = await openExtensionPage('dashboard.html');
  await seed(page, data);
  await page.evaluate(() => (window.location.hash = '#/creator/instagram/ann'));
  const check = page.getByTestId('scout-caption-check');
  await check.getByTestId('scout-caption-input').fill(LATE_TAG);
  const disclosure = check.getByTestId('scout-caption-disclosure');
  await expect(disclosure).toHaveAttribute('data-value', String(LATE_TAG.indexOf('#Anzeige')));
  await expect(disclosure).toContainText('hidden behind “more” (only the first 125 show)');
  await expect(check).toContainText('ok: Discount code ANN15');
  await expect(check).toContainText('problem: Tracked link');
  await expect(check).toContainText('problem: Brand named (Acme Paints)');
  await expect(check.getByTestId('scout-caption-problem')).toHaveText([
    'problem: Mentions a competitor: Sakura',
  ]);
  await check.getByLabel('Goes live on').fill('2026-05-10T18:00');
  await expect(check.getByTestId('scout-caption-due')).toContainText('May 9, 2026');

  await page.setViewportSize({ width: 1280, height: 800 });
  await check.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/caption-check-1280.png' });
  await page.setViewportSize({ width: 390, height: 844 });
  await check.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/caption-check-390.png' });

  await check
    .getByTestId('scout-caption-input')
    .fill('#ad Painting with @acmepaints, code ANN15 at acme.example/kit?utm_content=ann');
  await expect(disclosure).toHaveAttribute('data-value', '0');
  await expect(disclosure).toContainText('shows before “more”');
  await expect(check.getByTestId('scout-caption-problem')).toHaveCount(0);
  await expect(check).toContainText('ok: Tracked link');
});
