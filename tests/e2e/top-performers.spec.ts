import { expect, test } from './fixtures';
import { ask } from './popup-helpers';
import { backup, campaign, creator, entry, handResult, seed } from './dashboard-seed';

const SHOTS = process.env.SCOUT_SHOTS ?? 'test-results';

const results = (conversions: number, revenue: number) => handResult({ conversions, revenue });

// $500 + 5% each: ann $6,000 on $800 (ROAS 7.5, 60 sales), bob $3,000 on $650 (4.6, 40 sales; 60
// of 130 is under 60%, with bob 100), cem $300 on $515 loses money.
const data = backup(
  [
    creator('ann', 12_000, {
      campaigns: [entry('c1', { status: 'reporting', results: results(60, 6000) })],
    }),
    creator('bob', 8_000, {
      campaigns: [entry('c1', { status: 'reporting', results: results(40, 3000) })],
    }),
    creator('cem', 9_000, {
      campaigns: [entry('c1', { status: 'reporting', results: results(30, 300) })],
    }),
    creator('dee', 9_000, { campaigns: [entry('c1', { status: 'declined' })] }),
  ],
  [
    campaign('c1', 'Spring kit', {
      brief: { name: 'Spring kit', brand: 'Acme', competitors: ['Rival'] },
      templateIds: ['first-contact'],
      discountPct: 15,
    }),
  ],
);

test('a campaign lists its top performers from the results and carries them into a new campaign in one click', async ({
  openExtensionPage,
}) => {
  const page = await openExtensionPage('dashboard.html');
  await seed(page, data);
  await page.evaluate(() => (window.location.hash = '#/campaigns'));
  const section = page.getByTestId('scout-top-performers');
  await expect(section).toHaveAttribute('data-by', 'results');
  const rows = section.getByTestId('scout-top-performer');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toHaveText('@ann: return on spend 7.5×, 60 conversions');
  await expect(rows.nth(1)).toHaveText('@bob: return on spend 4.6×, 40 conversions');
  await expect(section.getByTestId('scout-top-performers-name')).toHaveValue(
    'Spring kit: ambassadors',
  );
  await section.screenshot({ path: `${SHOTS}/top-performers.png` });

  await section.getByTestId('scout-top-performers-name').fill('Autumn kit');
  await section.getByRole('button', { name: 'Start a new campaign with these 2' }).click();
  await expect(page.locator('#campaign-title')).toHaveText('Autumn kit');
  await expect(page.getByRole('status').first()).toHaveText(
    'Created “Autumn kit” with 2 creators.',
  );
  // The new campaign has no results yet: nothing to rank by, said so.
  await expect(page.getByTestId('scout-top-performers')).toHaveAttribute('data-by', 'none');
  await page.screenshot({ path: `${SHOTS}/top-performers-new-campaign.png`, fullPage: true });

  const { campaigns } = await ask(page, { type: 'campaign/list' });
  const next = campaigns.find((c) => c.name === 'Autumn kit')!;
  expect(next).toMatchObject({
    brief: { name: 'Autumn kit', brand: 'Acme', competitors: ['Rival'] },
    offer: { model: 'hybrid', flatFee: 500, commissionPct: 5 },
    templateIds: ['first-contact'],
    landingUrl: 'https://shop.example/kit',
    discountPct: 15,
    startsOn: null,
    plan: null,
  });
  const { creators } = await ask(page, {
    type: 'creator/list',
    filter: { scope: 'shortlisted', campaignId: next.id },
  });
  expect(creators.map((c) => c.handle).sort()).toEqual(['ann', 'bob']);
  for (const c of creators) {
    // Still in the first campaign with their results; shortlisted in the new one.
    expect(c.campaigns.map((e) => [e.campaignId, e.status])).toEqual([
      ['c1', 'reporting'],
      [next.id, 'shortlisted'],
    ]);
  }
});
