import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { atEveryScreen } from './screens';
import { openSpringKit, tab } from './campaign-page';

/** The campaign page on a phone (issue #20): near the top, labels that fit, KPI cards read as a table. */

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
