import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import type { KpiTarget } from '../../lib/model/plan';
import {
  backup,
  campaign,
  createCampaignOnPage,
  creator,
  entry,
  handResult,
  seed,
} from './dashboard-seed';
import { expect, test } from './fixtures';
import { atEveryScreen } from './screens';

/**
 * The campaign page in two groups (issue #20): a header with the key figures over "Progress" and
 * "Set-up" tabs. A new campaign opens on its set-up, a running one on its progress; the choice is
 * kept in the address, the keyboard moves between the tabs, and what is typed in one group
 * survives a look at the other.
 */

const tab = (page: Page, name: 'Progress' | 'Set-up') => page.getByRole('tab', { name });
const panel = (page: Page, group: 'progress' | 'setup') =>
  page.getByTestId(`scout-campaign-panel-${group}`);

/** Spring kit, with results in (Ann live, Bob in talks) and a plan with these KPIs; Autumn drop, empty. */
const running = (kpis: KpiTarget[]) =>
  backup(
    [
      creator('ann', 12_000, {
        campaigns: [
          entry('c1', {
            status: 'live',
            results: handResult({
              impressions: 1000,
              clicks: 100,
              conversions: 12,
              revenue: 960,
              updatedAt: '2026-03-10T10:00:00.000Z',
            }),
          }),
        ],
      }),
      creator('bob', 30_000, { campaigns: [entry('c1', { status: 'contacted' })] }),
    ],
    [
      campaign('c1', 'Spring kit', {
        endsOn: '2026-03-31',
        plan: {
          objective: 'sales',
          objectiveNote: null,
          kpis,
          budget: { total: 5000, currency: 'USD', lines: [] },
          creators: { min: 2, max: 5 },
        },
      }),
      campaign('c2', 'Autumn drop', { startsOn: null, offer: null, landingUrl: null }),
    ],
  );

/** The dashboard seeded with `running(kpis)`, on Spring kit's page. */
async function openSpringKit(page: Page, kpis: KpiTarget[]) {
  await seed(page, running(kpis));
  await page.getByTestId('scout-nav-campaigns').click();
  await page.getByRole('button', { name: 'Spring kit' }).click();
}

/** How many lines an element's text takes: its boxes, the ones side by side counted once. */
const lines = (el: Element) => {
  const range = document.createRange();
  range.selectNodeContents(el);
  const boxes = [...range.getClientRects()]
    .filter((r) => r.width > 0)
    .sort((a, b) => a.top - b.top);
  let count = 0;
  let bottom = -Infinity;
  for (const box of boxes) {
    if (box.top >= bottom - 1) count++;
    bottom = box.top >= bottom - 1 ? box.bottom : Math.max(bottom, box.bottom);
  }
  return count;
};

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

test('on a phone the campaign starts near the top, its labels fit and nothing scrolls sideways', async ({
  openExtensionPage,
}) => {
  const page = await openExtensionPage('dashboard.html');
  await openSpringKit(page, [
    { metric: 'conversions', target: 20 },
    { metric: 'revenue', target: 25_000 },
    { metric: 'cpa', target: 40 },
    { metric: 'roas', target: 3 },
  ]);
  await expect(page.getByTestId('scout-plan-kpi-row')).toHaveCount(4);
  const head = page.getByTestId('scout-campaign').locator('header');
  const makeActive = page.getByRole('button', { name: 'Make active', exact: true });
  // How far down the campaign's header may start: on a phone under the menu's one row.
  const HEADER_TOP = { 390: 150, 1280: 170 } as const;
  await atEveryScreen(page, async ({ width, height }, scheme) => {
    const top = HEADER_TOP[width];
    await page.evaluate(() => window.scrollTo(0, 0));
    const where = `${width}px, ${scheme}`;
    // The first screen shows the campaign: its header near the top, its key figures in view.
    const headBox = (await head.boundingBox())!;
    expect(headBox.y, `the header starts ${headBox.y}px down (${where})`).toBeLessThanOrEqual(top);
    const figures = (await page.getByTestId('scout-campaign-figures').boundingBox())!;
    expect(
      figures.y + figures.height,
      `the key figures end below the first screen (${where})`,
    ).toBeLessThanOrEqual(height);
    // The active-campaign button: a short label (on one line in every language, tested below),
    // its meaning said beside it.
    await expect(makeActive).toHaveAccessibleDescription(
      'Make it active and the shortlist button adds creators to it.',
    );
    await expect(page.getByText('the shortlist button adds creators to it')).toBeVisible();
    // Nothing scrolls sideways: not the page (the set-up here, the progress after the look), not
    // the KPI table.
    await tab(page, 'Set-up').click();
    const wider = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(wider, `the set-up is ${wider}px wider than the screen (${where})`).toBeLessThanOrEqual(
      0,
    );
    await tab(page, 'Progress').click();
    const kpis = page.getByRole('region', { name: 'KPIs against targets' });
    const kpisWider = await kpis.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(
      kpisWider,
      `the KPI table scrolls ${kpisWider}px sideways (${where})`,
    ).toBeLessThanOrEqual(0);
    // The cards the KPIs become on a phone are still read as a table: axe finds nothing.
    const { violations } = await new AxeBuilder({ page }).include('main').analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
    await page.screenshot({ path: `test-results/campaign-phone-check-${width}-${scheme}.png` });
  });
  // Made active, the button says how to undo it and the text beside it what "active" does.
  await makeActive.click();
  const deactivate = page.getByRole('button', { name: 'Deactivate', exact: true });
  await expect(deactivate).toHaveAccessibleDescription(
    'The shortlist button adds creators to this campaign.',
  );
});

/**
 * What Chromium gives a screen reader for a table in the region of that name: each row as
 * "role: name" of its cells. Ignored and generic wrappers are looked through.
 */
async function tableAsRead(page: Page, region: string): Promise<string[][]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  type AxNode = (typeof nodes)[number];
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const role = (n: AxNode) => String(n.role?.value ?? '');
  const children = (n: AxNode): AxNode[] =>
    (n.childIds ?? []).flatMap((id) => {
      const child = byId.get(id);
      if (!child) return [];
      return child.ignored || role(child) === 'generic' ? children(child) : [child];
    });
  const below = (n: AxNode, wanted: string): AxNode[] =>
    children(n).flatMap((c) => (role(c) === wanted ? [c] : below(c, wanted)));
  const top = nodes.find((n) => role(n) === 'region' && n.name?.value === region);
  if (!top) return [];
  return below(top, 'row').map((row) =>
    children(row).map((cell) => `${role(cell)}: ${String(cell.name?.value ?? '')}`),
  );
}

test('on a phone the KPI cards are read as the table they are: headers, a row a KPI, bare values', async ({
  openExtensionPage,
}) => {
  const page = await openExtensionPage('dashboard.html');
  await openSpringKit(page, [
    { metric: 'conversions', target: 20 },
    { metric: 'revenue', target: 500 },
  ]);
  const table = page.getByRole('region', { name: 'KPIs against targets' }).locator('table');
  await expect(table).toBeVisible();
  // The roles are on the elements themselves, for the browsers that drop a table's semantics
  // when its display changes (Safari); Chromium's own reading is checked below.
  const roles = await table.evaluate((el) =>
    [el, ...el.querySelectorAll('thead, tbody, tr, th, td')].map(
      (node) => `${node.tagName.toLowerCase()}=${node.getAttribute('role')}`,
    ),
  );
  expect(new Set(roles)).toEqual(
    new Set([
      'table=table',
      'thead=rowgroup',
      'tbody=rowgroup',
      'tr=row',
      'th=columnheader',
      'th=rowheader',
      'td=cell',
    ]),
  );
  await atEveryScreen(page, async ({ width }, scheme) => {
    // The column names shown beside the values on a phone are not read again with each value.
    expect(await tableAsRead(page, 'KPIs against targets'), `${width}px, ${scheme}`).toEqual([
      [
        'columnheader: KPI',
        'columnheader: Target',
        'columnheader: Result',
        'columnheader: Where it stands',
      ],
      [
        'rowheader: Conversions (units sold)',
        'cell: 20',
        'cell: 12',
        'cell: problem: behind target (60% of the way)',
      ],
      ['rowheader: Revenue', 'cell: USD 500.00', 'cell: USD 960.00', 'cell: ok: on target'],
    ]);
    const { violations } = await new AxeBuilder({ page })
      .include('[data-testid="scout-plan-progress"]')
      .analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
    await page
      .getByTestId('scout-plan-progress')
      .evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: `test-results/campaign-kpis-${width}-${scheme}.png` });
  });
});

/** A UI language's words, by key, as the extension ships them. */
const wordsOf = (locale: string): Record<string, { message: string }> =>
  JSON.parse(
    readFileSync(
      resolve(import.meta.dirname, '..', '..', 'public', '_locales', locale, 'messages.json'),
      'utf8',
    ),
  );

/**
 * In every UI language the campaign's buttons ("Make active" then "Deactivate", "Delete
 * campaign") and its set-up tab with its count keep to one line, on a phone and a laptop, light
 * and dark; the buttons are found by the language's own words.
 */
for (const locale of ['en', 'es', 'fr', 'pt', 'de']) {
  test.describe(`in ${locale}`, () => {
    test.use({ uiLanguage: locale });

    test(`the campaign's actions and tabs keep to one line each at 390 and 1280 (${locale})`, async ({
      openExtensionPage,
    }) => {
      const words = wordsOf(locale);
      const page = await openExtensionPage('dashboard.html');
      await openSpringKit(page, [{ metric: 'conversions', target: 20 }]);
      const actions = page.getByTestId('scout-campaign').locator('.campaign-actions');
      const button = (key: string) =>
        actions.getByRole('button', { name: words[key]!.message, exact: true });
      const setupTab = page.getByRole('tab', {
        name: new RegExp(`^${words.campTabSetup!.message}`),
      });
      const oneLine = async (state: string) =>
        atEveryScreen(page, async ({ width }, scheme) => {
          for (const key of [state, 'campDelete']) {
            const n = await button(key).evaluate(lines);
            expect(n, `"${words[key]!.message}" takes ${n} lines (${width}px, ${scheme})`).toBe(1);
          }
          const n = await setupTab.evaluate(lines);
          expect(n, `the set-up tab takes ${n} lines (${width}px, ${scheme})`).toBe(1);
          await page
            .getByTestId('scout-campaign')
            .evaluate((el) => el.scrollIntoView({ block: 'start' }));
          await page.screenshot({
            path: `test-results/campaign-actions-${locale}-${state}-${width}-${scheme}.png`,
          });
        });
      await oneLine('campMakeActive');
      await button('campMakeActive').click();
      await expect(button('campStopActive')).toBeVisible();
      await oneLine('campStopActive');
    });
  });
}
