import type { Page } from '@playwright/test';
import { savedPages } from '../../scripts/lib/saved-pages';
import { createCampaignOnPage } from './dashboard-seed';
import { expect, test } from './fixtures';
import { panel } from './panel';
import { ask } from './popup-helpers';

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
 * The campaign as a plan (issue #18): objective, KPI targets and budget written in the dashboard,
 * a creator shortlisted from their page and signed, results imported; the campaign shows the
 * budget committed and spent and each KPI against its target at every step.
 */
test('plan → shortlist → sign → results: the campaign is judged against its plan', async ({
  openSavedPage,
  openExtensionPage,
}) => {
  test.setTimeout(90_000);
  const dashboard = await openExtensionPage('dashboard.html');
  await createCampaignOnPage(dashboard, 'Spring kit');
  await dashboard.getByLabel('Landing URL').fill('https://acme.example/kit');
  await dashboard.getByTestId('scout-campaign-discount').fill('15');
  await dashboard.getByRole('button', { name: 'Save details' }).click();
  await dashboard.getByTestId('scout-offer-model').selectOption('hybrid');
  await dashboard.getByTestId('scout-offer-flatFee').fill('500');
  await dashboard.getByTestId('scout-offer-commissionPct').fill('5');
  await dashboard.getByRole('button', { name: 'Save offer' }).click();
  await dashboard.getByRole('button', { name: /^Make active/ }).click();

  // The plan: sales, 20 units at a CPA of at most 50, $20,000 split with the usual breakdown.
  const editor = dashboard.getByTestId('scout-plan-editor');
  await expect(editor.getByTestId('scout-plan-objective')).toHaveValue('sales');
  await editor.getByTestId('scout-plan-kpi-conversions').fill('20');
  await editor.getByTestId('scout-plan-kpi-cpa').fill('50');
  await editor
    .getByRole('button', { name: 'Remove the ROAS (revenue ÷ creator spend) target' })
    .click();
  await editor.getByTestId('scout-plan-add-kpi').selectOption('ctr');
  await editor.getByTestId('scout-plan-kpi-ctr').fill('1.5');
  await editor.getByTestId('scout-plan-total').fill('20000');
  await editor.getByTestId('scout-plan-template').click();
  await expect(editor.getByTestId('scout-plan-line-creator-payments')).toHaveValue('12000');
  await expect(editor.getByTestId('scout-plan-line-buffer')).toHaveValue('2000');
  await editor.getByTestId('scout-plan-line-tools').fill('1500');
  await expect(editor.getByTestId('scout-plan-lines-gap')).toContainText('add up to 20,500');
  await editor.getByTestId('scout-plan-line-tools').fill('1000');
  await editor.getByTestId('scout-plan-save').click();

  const progress = dashboard.getByTestId('scout-plan-progress');
  await expect(progress.getByTestId('scout-plan-creators')).toHaveAttribute('data-state', 'below');
  await expect(progress.getByTestId('scout-plan-committed')).toHaveAttribute('data-value', '0');
  const stored = await ask(dashboard, { type: 'campaign/list' });
  expect(stored.campaigns[0]!.plan).toEqual({
    objective: 'sales',
    objectiveNote: null,
    kpis: [
      { metric: 'conversions', target: 20 },
      { metric: 'cpa', target: 50 },
      { metric: 'ctr', target: 0.015 },
    ],
    budget: {
      total: 20000,
      currency: 'USD',
      lines: [
        { part: 'creator-payments', amount: 12000 },
        { part: 'commission-pool', amount: 3000 },
        { part: 'content-licensing', amount: 2000 },
        { part: 'tools', amount: 1000 },
        { part: 'buffer', amount: 2000 },
      ],
    },
    creators: { min: 10, max: 20 },
  });

  // Shortlisted from the creator's own page: the fee is "in talks".
  const page = await openSavedPage(savedPages.tiktokProfile);
  const button = panel(page).part('scout-shortlist');
  await button.click();
  await expect(button).toHaveAttribute('data-state', 'done');
  await page.close();
  await dashboard.reload();
  await expect(progress.getByTestId('scout-plan-creators')).toContainText(
    '1 creator in the campaign',
  );
  await expect(progress.getByTestId('scout-plan-talks')).toHaveAttribute('data-value', '500');
  await expect(progress.getByTestId('scout-plan-committed')).toHaveAttribute('data-value', '0');

  // Signed, with a discount code: the fee moves to committed.
  await dashboard.evaluate(() => (window.location.hash = '#/creator/tiktok/illojuan'));
  const entry = dashboard.getByRole('group', { name: 'Spring kit' });
  await entry.getByRole('button', { name: 'Make a code' }).click();
  await expect(entry.getByRole('textbox', { name: 'Discount code' })).toHaveValue('ILLOJUAN15');
  await entry.getByRole('button', { name: 'Save code and link' }).click();
  await dashboard
    .getByRole('group', { name: 'Spring kit' })
    .getByLabel('Status')
    .selectOption('signed');
  await expect(dashboard.getByRole('status').filter({ hasText: 'Saved' }).first()).toBeVisible();
  await dashboard.getByTestId('scout-nav-campaigns').click();
  await expect(progress.getByTestId('scout-plan-committed')).toHaveAttribute('data-value', '500');
  await expect(progress.getByTestId('scout-plan-talks')).toHaveAttribute('data-value', '0');
  for (const row of await progress.getByTestId('scout-plan-kpi-row').all())
    await expect(row).toHaveAttribute('data-state', 'no-figures');

  // Results by discount code: $500 + 5% of $960 = $548 spent; 12 units, CPA $45.67.
  await dashboard.getByTestId('scout-nav-results').click();
  await dashboard.getByTestId('scout-results-import').setInputFiles({
    name: 'shopify.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('Discount code,Orders,Net sales\nILLOJUAN15,12,960\n'),
  });
  await dashboard.getByTestId('scout-results-import-run').click();
  await expect(dashboard.getByTestId('scout-results-import-status')).toBeVisible();
  await expect(progress.getByTestId('scout-plan-spent')).toHaveAttribute('data-value', '548');
  await expect(progress.getByTestId('scout-plan-committed')).toHaveAttribute('data-value', '548');
  await expect(progress.getByTestId('scout-plan-left')).toHaveAttribute('data-value', '19452');
  const rows = progress.getByTestId('scout-plan-kpi-row');
  await expect(rows.nth(0)).toHaveAttribute('data-state', 'behind');
  await expect(rows.nth(0)).toContainText('60% of the way');
  await expect(rows.nth(1)).toHaveAttribute('data-state', 'met');
  await expect(rows.nth(1)).toContainText('USD 45.67');
  await expect(rows.nth(2)).toHaveAttribute('data-state', 'no-figures');
  await expect(progress.getByTestId('scout-plan-line-use-commission-pool')).toContainText(
    'USD 48.00 of USD 3,000.00',
  );
  await shoot(dashboard, progress, 'plan-results');

  // The campaign now has a creator: it opens on its progress; the plan is under its set-up.
  await dashboard.getByTestId('scout-nav-campaigns').click();
  await expect(progress).toBeVisible();
  await dashboard.getByRole('tab', { name: 'Set-up' }).click();
  await shoot(dashboard, dashboard.getByTestId('scout-plan-editor'), 'plan-editor');
});
