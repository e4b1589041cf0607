import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { csvRow } from '../../../lib/dashboard/csv-rows';
import { ALL_CAMPAIGNS, buildRows } from '../../../lib/dashboard/rows';
import { shortlistToCsv } from '../../../lib/export/shortlist-csv';
import { RuleSettings } from '../../../lib/model/settings';
import { readShortlistCsv, shortlistUpdates } from '../../../lib/dashboard/shortlist-import';
import type { Campaign } from '../../../lib/model/campaign';
import { ok, testServer, visit } from '../store/helpers';

const campaigns = [{ id: 'c1', name: 'Spring kit' }] as Campaign[];
const NOW = '2026-03-20T10:00:00.000Z';

describe('readShortlistCsv', () => {
  test('reads the export headers, resolves campaigns by name, splits tags', () => {
    const csv =
      'platform,handle,display_name,status,campaign,tags,notes,followers\ninstagram,@Ann,Ann,signed,spring KIT,a; b; a,hi,12000\ntiktok,bob,,,,,,\n';
    const read = readShortlistCsv(csv, campaigns);
    expect(read).toEqual({
      ok: true,
      rows: [
        {
          seenOnly: false,
          platform: 'instagram',
          handle: 'ann',
          displayName: 'Ann',
          status: 'signed',
          campaignId: 'c1',
          code: null,
          link: null,
          affiliateLink: null,
          publishAt: null,
          log: null,
          note: 'hi',
          tags: ['a', 'b'],
        },
        {
          seenOnly: true,
          platform: 'tiktok',
          handle: 'bob',
          displayName: null,
          status: null,
          campaignId: null,
          code: null,
          link: null,
          affiliateLink: null,
          publishAt: null,
          log: null,
          note: null,
          tags: null,
        },
      ],
    });
  });

  test('the planned publishing time is read back as written by the export, and patched', () => {
    const csv =
      'platform,handle,campaign,publish_at\ninstagram,ann,Spring kit,2026-03-05T17:00:00.000Z\ninstagram,bob,Spring kit,2026-03-06 09:30Z\ninstagram,cem,Spring kit,\n';
    const read = readShortlistCsv(csv, campaigns);
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    expect(read.rows.map((r) => r.publishAt)).toEqual([
      '2026-03-05T17:00:00.000Z',
      '2026-03-06T09:30:00.000Z',
      null,
    ]);
    expect(shortlistUpdates(read.rows, NOW).map((u) => u.patch.publishAt)).toEqual([
      '2026-03-05T17:00:00.000Z',
      '2026-03-06T09:30:00.000Z',
      undefined,
    ]);
    const bad = readShortlistCsv(
      'platform,handle,publish_at\ninstagram,ann,next friday\n',
      campaigns,
    );
    expect(bad.ok === false && bad.errors).toMatchObject([{ line: 2, field: 'publish_at' }]);
  });

  test.each([
    ['platform,handle\nmyspace,ann\n', 2, 'platform'],
    ['platform,handle\ninstagram,has space\n', 2, 'handle'],
    ['platform,handle,status\ninstagram,ann,won\n', 2, 'status'],
    ['platform,handle,campaign\ninstagram,ann,Autumn\n', 2, 'campaign'],
    ['platform,handle,tracked_link\ninstagram,ann,javascript:alert(1)\n', 2, 'tracked_link'],
    ['platform,handle\ninstagram,ann\ninstagram,ANN\n', 3, 'handle'],
    ['handle\nann\n', 1, 'platform'],
  ])('%j is refused at line %i, field %s', (csv, line, field) => {
    const read = readShortlistCsv(csv, campaigns);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.errors).toContainEqual(expect.objectContaining({ line, field }));
  });

  test('rows apply to stored records without losing what the file does not set', async () => {
    fakeBrowser.reset();
    const { ask } = testServer();
    const { campaign } = await ok(
      ask({
        type: 'campaign/create',
        campaign: {
          name: 'Spring kit',
          brief: null,
          startsOn: null,
          endsOn: null,
          offer: null,
          templateIds: [],
          landingUrl: null,
        },
      }),
    );
    const key = { platform: 'instagram', handle: 'ann' } as const;
    await ok(ask(visit('ann')));
    await ok(ask({ type: 'creator/shortlist', key, campaignId: campaign.id }));
    const keep = { at: '2026-03-01T10:00:00.000Z', channel: 'call', text: 'keep' } as const;
    await ok(ask({ type: 'creator/update', key, patch: { logAdd: [keep], tags: ['t'] } }));
    await ok(
      ask({
        type: 'creator/update-campaign',
        key,
        campaignId: campaign.id,
        patch: { status: 'contacted', discountCode: 'ANN15' },
      }),
    );
    const read = readShortlistCsv(
      'platform,handle,status,campaign,notes\ninstagram,ann,live,Spring kit,\ntiktok,new,,,hello\n',
      [campaign],
    );
    if (!read.ok) throw new Error('expected ok');
    const updates = shortlistUpdates(read.rows, NOW);
    expect(updates[0]).toEqual({
      key,
      campaignId: campaign.id,
      add: true,
      patch: { status: 'live' },
      creator: {},
    });
    expect(await ok(ask({ type: 'creator/update-campaigns', updates }))).toEqual({ updated: 2 });
    const ann = (await ok(ask({ type: 'creator/get', key }))).creator;
    expect(ann).toMatchObject({
      log: [keep],
      tags: ['t'],
      affiliateLink: null,
      campaigns: [{ status: 'live', discountCode: 'ANN15' }],
    });
    expect(ann?.snapshots).toHaveLength(1);
    const fresh = (
      await ok(ask({ type: 'creator/get', key: { platform: 'tiktok', handle: 'new' } }))
    ).creator;
    // Status and campaign left empty in a file with a status column: a creator only seen. The
    // notes column of a file written before the log is one conversation, dated at the import.
    expect(fresh).toMatchObject({
      log: [{ at: NOW, channel: 'other', text: 'hello' }],
      campaigns: [],
      shortlistedAt: null,
    });
  });

  test.each([
    ['a line neither a date nor indented', 'hello there', /line 1 of the log: expected a date/],
    ['a second unindented line', '2026-03-01 [dm] hi\nmore', /line 2 of the log: expected a date/],
    ['a date that is none', '2026-13-45 [dm] hi', /line 1 of the log: "2026-13-45" is not a date/],
    ['an unknown channel', '2026-03-01 [fax] hi', /line 1 of the log: unknown channel "fax"/],
    ['a conversation without text', '2026-03-01 [dm]', /has no text/],
    ['a text too long', `2026-03-01 [dm] ${'x'.repeat(5001)}`, /longer than 5000 characters/],
    [
      'more conversations than a log holds',
      Array.from(
        { length: 201 },
        (_, i) => `2026-03-01T00:${String(i % 60).padStart(2, '0')}Z [dm] ${i}`,
      ).join('\n'),
      /more than 200 conversations/,
    ],
  ])('the log column refuses %s with its line', (_name, cell, message) => {
    const csv = Papa.unparse([
      ['platform', 'handle', 'log'],
      ['instagram', 'ann', 'fine'],
      ['instagram', 'bob', cell],
    ]);
    const read = readShortlistCsv(csv.replace('fine', '2026-03-01 ok'), campaigns);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.errors).toEqual([
      expect.objectContaining({ line: 3, field: 'log', message: expect.stringMatching(message) }),
    ]);
  });

  test('the log column reads a hand-typed log: dates without time, no channel, indented lines', () => {
    const csv = Papa.unparse([
      ['platform', 'handle', 'log'],
      [
        'instagram',
        'ann',
        '2026-03-01 Call went well\n   second line\n2026-02-01T09:30+01:00 [DM] hi',
      ],
    ]);
    const read = readShortlistCsv(csv, campaigns);
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    expect(read.rows[0]!.log).toEqual([
      { at: '2026-03-01T00:00:00.000Z', channel: 'other', text: 'Call went well\n second line' },
      { at: '2026-02-01T08:30:00.000Z', channel: 'dm', text: 'hi' },
    ]);
  });

  test('a file without a status column shortlists its creators (a hand-made list)', () => {
    const read = readShortlistCsv('platform,handle\ninstagram,ann\n', campaigns);
    expect(read.ok && read.rows[0]!.seenOnly).toBe(false);
  });

  test('the dashboard’s own export imported back changes nothing', async () => {
    fakeBrowser.reset();
    const { ask } = testServer();
    await ok(ask(visit('seen_only')));
    await ok(ask(visit('picked')));
    const picked = { platform: 'instagram', handle: 'picked' } as const;
    await ok(ask({ type: 'creator/shortlist', key: picked, campaignId: null }));
    const log = [
      {
        at: '2026-03-02T16:45:00.000Z',
        channel: 'call',
        text: 'Agreed on two reels.\n\n  Kit by the 25th.',
      },
      { at: '2026-03-02T16:45:00.000Z', channel: 'other', text: '[draft] =SUM(A1)' },
      {
        at: '2026-02-11T09:00:00.000Z',
        channel: 'email',
        text: '2026-01-01 looks like a date; "quoted", comma',
      },
      { at: '2026-01-05T08:00:00.000Z', channel: 'dm', text: '-1\n@x\n+y' },
    ] as const;
    await ok(
      ask({ type: 'creator/update', key: picked, patch: { logAdd: [...log], tags: ['x'] } }),
    );
    const all = async () =>
      (await ok(ask({ type: 'creator/list', filter: { scope: 'all' } }))).creators;
    const before = await all();
    const rows = buildRows(before, [], RuleSettings.parse({}).tiers, ALL_CAMPAIGNS, null);
    const csv = shortlistToCsv(rows.map((r) => csvRow(r, new Map())));
    const read = readShortlistCsv(csv, []);
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    expect(read.rows.find((r) => r.handle === 'picked')?.log).toEqual(
      before.find((c) => c.handle === 'picked')?.log,
    );
    await ok(ask({ type: 'creator/update-campaigns', updates: shortlistUpdates(read.rows, NOW) }));
    const after = await all();
    expect(after.find((c) => c.handle === 'picked')?.log).toHaveLength(4);
    const withoutTimes = (list: typeof before) =>
      list.map(({ updatedAt: _u, campaigns, ...rest }) => ({
        ...rest,
        campaigns: campaigns.map(({ updatedAt: _e, ...entry }) => entry),
      }));
    expect(withoutTimes(after)).toEqual(withoutTimes(before));
  });
});
