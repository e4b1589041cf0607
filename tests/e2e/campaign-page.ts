import type { Page } from '@playwright/test';
import type { KpiTarget } from '../../lib/model/plan';
import { backup, campaign, creator, entry, handResult, seed } from './dashboard-seed';

/** What the campaign page's browser tests share: its tabs and panels, a running campaign, a line count. */

export const tab = (page: Page, name: 'Progress' | 'Set-up') => page.getByRole('tab', { name });
export const panel = (page: Page, group: 'progress' | 'setup') =>
  page.getByTestId(`scout-campaign-panel-${group}`);

/** Spring kit, with results in (Ann live, Bob in talks) and a plan with these KPIs; Autumn drop, empty. */
export const running = (kpis: KpiTarget[]) =>
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
export async function openSpringKit(page: Page, kpis: KpiTarget[]) {
  await seed(page, running(kpis));
  await page.getByTestId('scout-nav-campaigns').click();
  await page.getByRole('button', { name: 'Spring kit' }).click();
}

/** How many lines an element's text takes: its boxes, the ones side by side counted once. */
export const lines = (el: Element) => {
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
