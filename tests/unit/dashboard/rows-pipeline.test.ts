import { describe, expect, test } from 'vitest';
import { pipelineColumns } from '../../../lib/dashboard/pipeline';
import { buildRows, tierFor } from '../../../lib/dashboard/rows';
import { T, tiers, entry, snap, record, camp } from './build';

describe('rows', () => {
  test.each([
    [999, null],
    [1_000, 'nano'],
    [9_999, 'nano'],
    [10_000, 'micro'],
    [1_000_000, 'mega'],
    [null, null],
  ])('tier of %s followers is %s', (followers, id) => {
    expect(tierFor(followers, tiers)?.id ?? null).toBe(id);
  });

  test('scopes: all shows everyone (seen ones too), a campaign only its creators', () => {
    const records = [
      record('seen'),
      record('loose', { campaigns: [entry(null, { status: 'contacted' })] }),
      record('both', {
        campaigns: [
          entry('a', { status: 'signed' }),
          entry('b', { status: 'live', updatedAt: '2026-03-05T00:00:00.000Z' }),
        ],
      }),
    ];
    const campaigns = [camp('a'), camp('b')];
    const all = buildRows(records, campaigns, tiers, { kind: 'all' }, null);
    expect(all.map((r) => [r.handle, r.status, r.campaignName])).toEqual([
      ['seen', 'seen', null],
      ['loose', 'contacted', null],
      ['both', 'live', 'Campaign b'],
    ]);
    // The active campaign's entry wins over the latest one.
    expect(buildRows(records, campaigns, tiers, { kind: 'all' }, 'a')[2]!.status).toBe('signed');
    expect(
      buildRows(records, campaigns, tiers, { kind: 'campaign', id: 'a' }, null).map(
        (r) => r.handle,
      ),
    ).toEqual(['both']);
    expect(
      buildRows(records, campaigns, tiers, { kind: 'none' }, null).map((r) => r.handle),
    ).toEqual(['loose']);
  });

  test('the latest snapshot gives the numbers; a stored verdict its label and fit', () => {
    const r = record('x', {
      snapshots: [snap('2026-03-02T00:00:00.000Z', 20_000, 0.05), snap(T, 10_000, 0.01)],
      lastReading: {
        at: T,
        url: 'https://www.instagram.com/x/',
        reading: {} as never,
        verdict: { verdict: 'strong', scores: { audienceFit: 0.7 } },
      },
    });
    const [row] = buildRows([r], [], tiers, { kind: 'all' }, null);
    expect(row).toMatchObject({
      followers: 20_000,
      engagementRate: 0.05,
      verdict: 'strong',
      audienceFit: 0.7,
      tier: { id: 'micro' },
    });
  });

  test('a stored verdict with odd fields gives nulls, not errors', () => {
    const r = record('x', {
      lastReading: {
        at: T,
        url: '',
        reading: {} as never,
        verdict: { verdict: 'great', scores: 'no' },
      },
    });
    expect(buildRows([r], [], tiers, { kind: 'all' }, null)[0]).toMatchObject({
      verdict: null,
      audienceFit: null,
    });
  });
});

describe('pipeline', () => {
  test('every status has a column, in pipeline order, exits last', () => {
    const rows = buildRows(
      [
        record('a', { campaigns: [entry(null, { status: 'live' })] }),
        record('b', { campaigns: [entry(null, { status: 'declined' })] }),
        record('c'),
      ],
      [],
      tiers,
      { kind: 'all' },
      null,
    );
    const columns = pipelineColumns(rows);
    expect(columns.map((c) => c.status)).toEqual([
      'shortlisted',
      'contacted',
      'negotiating',
      'signed',
      'content-approval',
      'live',
      'reporting',
      'ambassador',
      'declined',
      'paused',
    ]);
    expect(columns.map((c) => c.rows.length)).toEqual([0, 0, 0, 0, 0, 1, 0, 0, 1, 0]);
  });
});
