import type { Page } from '@playwright/test';
import { createCampaignOnPage } from './dashboard-seed';
import { expect, test } from './fixtures';
import { atEveryScreen } from './screens';
import { openSpringKit, panel, tab } from './campaign-page';

/**
 * The campaign page in two groups (issue #20): a header with the key figures over "Progress" and
 * "Set-up" tabs. A new campaign opens on its set-up, a running one on its progress; the choice is
 * kept in the address, the keyboard moves between the tabs, and what is typed in one group
 * survives a look at the other.
 */

async function shoot(page: Page, name: string) {
  await atEveryScreen(page, async ({ width }, scheme) => {
    await page
      .getByTestId('scout-campaign')
      .evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: `test-results/campaign-${name}-${width}-${scheme}.png` });
    await page.screenshot({
      path: `test-results/campaign-${name}-${width}-${scheme}-full.png`,
      fullPage: true,
    });
  });
}

test('a new campaign opens on its set-up; the tabs switch by mouse and keyboard and keep typing', async ({
  openExtensionPage,
}) => {
  const page = await openExtensionPage('dashboard.html');
  await createCampaignOnPage(page, 'Spring kit');

  // Set-up first: what to do, and the checklist with nothing done yet.
  await expect(tab(page, 'Set-up')).toHaveAttribute('aria-selected', 'true');
  await expect(tab(page, 'Progress')).toHaveAttribute('aria-selected', 'false');
  await expect(tab(page, 'Set-up')).toHaveAccessibleName('Set-up 0 of 5 done');
  await expect(panel(page, 'setup')).toBeVisible();
  await expect(panel(page, 'progress')).toBeHidden();
  const steps = page.getByTestId('scout-campaign-setup-steps').getByRole('listitem');
  await expect(steps).toHaveText([
    'to do: Dates',
    'to do: Plan',
    'to do: Brief',
    'to do: Offer',
    'to do: Outreach templates for this campaign',
  ]);
  await expect(page.getByTestId('scout-campaign-dates')).toHaveText('No dates yet');
  await expect(page.getByTestId('scout-campaign-phase')).toHaveCount(0);
  // A step of the checklist takes the marketer to its part, its first field focused.
  await steps.filter({ hasText: 'Offer' }).getByRole('button').click();
  await expect(page.getByTestId('scout-offer-builder').locator(':focus')).toHaveCount(1);
  await steps.filter({ hasText: 'Brief' }).getByRole('button').click();
  await expect(page.getByTestId('scout-brief-editor').locator(':focus')).toHaveCount(1);
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(page.getByTestId('scout-campaign-figure-creators')).toContainText('0 signed');
  await shoot(page, 'new-setup');

  // Typed, not saved; a look at the progress and back keeps it.
  const brief = page.getByTestId('scout-brief-editor');
  await brief.getByLabel('Brand').fill('Acme Paints');
  await page.getByTestId('scout-offer-flatFee').fill('750');
  await tab(page, 'Progress').click();
  await expect(page).toHaveURL(/#\/campaigns\/progress$/);
  await expect(panel(page, 'progress')).toBeVisible();
  await expect(panel(page, 'setup')).toBeHidden();
  // Nothing in progress: it says so and what to do.
  const empty = page.getByTestId('scout-campaign-progress-empty');
  await expect(empty).toContainText('no creator is in this campaign');
  await shoot(page, 'new-progress');
  await empty.getByRole('button', { name: 'Open the set-up' }).click();
  await expect(tab(page, 'Set-up')).toHaveAttribute('aria-selected', 'true');
  await expect(brief.getByLabel('Brand')).toHaveValue('Acme Paints');
  await expect(page.getByTestId('scout-offer-flatFee')).toHaveValue('750');

  // Keyboard: the arrows move between the tabs and choose them; only the chosen one is tabbable.
  await tab(page, 'Set-up').focus();
  await page.keyboard.press('ArrowLeft');
  await expect(tab(page, 'Progress')).toBeFocused();
  await expect(tab(page, 'Progress')).toHaveAttribute('aria-selected', 'true');
  await expect(tab(page, 'Progress')).toHaveAttribute('tabindex', '0');
  await expect(tab(page, 'Set-up')).toHaveAttribute('tabindex', '-1');
  await page.keyboard.press('ArrowLeft');
  await expect(tab(page, 'Set-up')).toBeFocused();
  await expect(panel(page, 'setup')).toBeVisible();
  await page.keyboard.press('Home');
  await expect(tab(page, 'Progress')).toBeFocused();
  await page.keyboard.press('End');
  await expect(tab(page, 'Set-up')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(tab(page, 'Progress')).toHaveAttribute('aria-selected', 'true');
  // Tab leaves the tablist for the open panel, not the other tab.
  await page.keyboard.press('Tab');
  await expect(panel(page, 'progress')).toBeFocused();
  await expect(brief.getByLabel('Brand')).toHaveValue('Acme Paints');

  // The choice is in the address: a reload opens the same group.
  await page.reload();
  await expect(tab(page, 'Progress')).toHaveAttribute('aria-selected', 'true');
  await tab(page, 'Set-up').click();
  await expect(page).toHaveURL(/#\/campaigns\/setup$/);
  await page.reload();
  await expect(panel(page, 'setup')).toBeVisible();

  // Saving a part ticks it off.
  await page.getByLabel('Starts on').fill('2026-03-01');
  await page.getByLabel('Ends on').fill('2026-03-31');
  await page.getByRole('button', { name: 'Save details' }).click();
  await expect(steps.first()).toHaveText('done: Dates');
  await expect(tab(page, 'Set-up')).toContainText('1 of 5 done');
  await expect(page.getByTestId('scout-campaign-dates')).toHaveText('Mar 1, 2026 to Mar 31, 2026');
  await expect(page.getByTestId('scout-campaign-phase')).toHaveText('Ended');
});

test('a running campaign opens on its progress with its figures; another new one on its set-up', async ({
  openExtensionPage,
}) => {
  const page = await openExtensionPage('dashboard.html');
  await openSpringKit(page, [{ metric: 'conversions', target: 20 }]);
  await expect(tab(page, 'Progress')).toHaveAttribute('aria-selected', 'true');
  await expect(panel(page, 'progress').getByTestId('scout-plan-progress')).toBeVisible();
  await expect(page.getByTestId('scout-campaign-progress-empty')).toHaveCount(0);
  // At a glance: 2 creators (1 signed or further), 12 units, $960, $548 of $5,000 spent.
  await expect(page.getByTestId('scout-campaign-figure-creators')).toHaveText('Creators21 signed');
  await expect(page.getByTestId('scout-campaign-figure-conversions')).toHaveText('Conversions12');
  await expect(page.getByTestId('scout-campaign-figure-revenue')).toHaveText('RevenueUSD 960.00');
  await expect(page.getByTestId('scout-campaign-figure-spent')).toHaveText(
    'Spent (from results)USD 548.00of USD 5,000.00 budget',
  );
  // March 2026 is over by the time this runs: the campaign has ended.
  await expect(page.getByTestId('scout-campaign-phase')).toHaveText('Ended');
  await expect(page.getByTestId('scout-campaign-dates')).toHaveText('Mar 1, 2026 to Mar 31, 2026');
  await expect(tab(page, 'Set-up')).toContainText('3 of 5 done');
  await shoot(page, 'running-progress');
  await tab(page, 'Set-up').click();
  await expect(panel(page, 'setup').getByTestId('scout-offer-builder')).toBeVisible();
  await shoot(page, 'running-setup');

  // Another campaign, nothing in it: its own default, the set-up.
  await page.getByRole('button', { name: 'Autumn drop' }).click();
  await expect(page).toHaveURL(/#\/campaigns$/);
  await expect(tab(page, 'Set-up')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('heading', { name: 'Autumn drop' })).toBeVisible();
});
