import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { CreatorTable } from '../../components/dashboard/CreatorTable';
import { buildRows, type CreatorRow } from '../../lib/dashboard/rows';
import { DEFAULT_SORT, sortRows } from '../../lib/dashboard/sort';
import { STORE_VERSION, type CreatorRecord } from '../../lib/model/creator';
import { defaultRuleSettings } from '../../lib/model/settings';
import { newEntry } from '../../lib/store/creator-ops';
import { medianMs } from './measure';
import type { BenchRow, BenchSuite } from './types';

/** Stored creators as the dashboard receives them: one visit each, a campaign entry for half. */
function records(n: number): CreatorRecord[] {
  return Array.from({ length: n }, (_, i): CreatorRecord => {
    const at = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
    return {
      schemaVersion: STORE_VERSION,
      platform: i % 3 === 0 ? 'tiktok' : 'instagram',
      handle: `creator_${i}`,
      displayName: `Creator ${i} <b>&amp;</b>`,
      firstSeenAt: at,
      lastSeenAt: at,
      shortlistedAt: i % 2 ? at : null,
      log: i % 5 ? [] : [{ at, channel: 'other', text: `=note ${i}` }],
      tags: i % 4 ? [] : ['art', 'travel'],
      affiliateLink: null,
      campaigns:
        i % 2
          ? [
              {
                ...newEntry(null, at),
                status: 'contacted',
                discountCode: `C${i}`,
                trackingLink: `https://shop.example/?utm_content=creator_${i}`,
              },
            ]
          : [],
      snapshots: [
        {
          at,
          followers: 1_000 + ((i * 7919) % 900_000),
          following: 300,
          posts: 120,
          likes: null,
          engagementRate: ((i * 31) % 100) / 1000,
          engagementBasis: 'followers',
          spamRatio: 0.1,
        },
      ],
      lastReading: null,
      recentPosts: [],
      updatedAt: at,
    };
  });
}

const renderTable = (rows: CreatorRow[]) =>
  renderToString(createElement(CreatorTable, { rows, sort: DEFAULT_SORT, onSort: () => {} }));

/**
 * First render of the creators table: the virtualised component renders the rows in view only, so
 * 10,000 creators should cost at most twice what 10 do. Building and sorting the rows is linear
 * (it happens once per data load) and is reported on its own.
 */
export const dashboardSuite: BenchSuite = async () => {
  const tiers = defaultRuleSettings.tiers;
  const rowsOf = (n: number) =>
    sortRows(buildRows(records(n), [], tiers, { kind: 'all' }, null), DEFAULT_SORT);
  const small = rowsOf(10);
  const large = rowsOf(10_000);
  const t10 = medianMs(() => renderTable(small), 200, 20);
  const t10k = medianMs(() => renderTable(large), 200, 20);
  const ratio = t10k / t10;
  const big = records(10_000);
  const prepare = medianMs(
    () => sortRows(buildRows(big, [], tiers, { kind: 'all' }, null), DEFAULT_SORT),
    10,
    2,
  );
  const rendered = (renderTable(large).match(/data-testid="scout-shortlist-item"/g) ?? []).length;
  const rows: BenchRow[] = [
    {
      area: 'dashboard',
      figure: `table first render, 10 vs 10,000 creators (${t10.toFixed(2)} ms vs ${t10k.toFixed(2)} ms, ${rendered} rows rendered)`,
      measured: `${ratio.toFixed(2)}×`,
      target: '≤ 2×',
      pass: ratio <= 2,
    },
    {
      area: 'dashboard',
      figure: 'rows built and sorted from 10,000 stored creators',
      measured: `${prepare.toFixed(1)} ms`,
      target: '≤ 100 ms',
      pass: prepare <= 100,
    },
  ];
  return rows;
};

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const row of await dashboardSuite())
    console.log(`${row.figure}: ${row.measured} (target ${row.target})`);
}
