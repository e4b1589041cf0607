import { describe, expect, test } from 'vitest';
import { readBriefForm, briefToForm } from '../../../lib/dashboard/brief-form';
import { readingEvidence, snapshotSeries } from '../../../lib/dashboard/creator-view';
import { csvRow } from '../../../lib/dashboard/csv-rows';
import { emptyOfferForm, readOfferForm, workedExample } from '../../../lib/dashboard/offer-form';
import { pipelineColumns } from '../../../lib/dashboard/pipeline';
import { campaignResults, conversionShares, roasBars } from '../../../lib/dashboard/results-view';
import { parseRoute } from '../../../lib/dashboard/route';
import { buildRows, profileUrl, tierFor } from '../../../lib/dashboard/rows';
import type { Campaign } from '../../../lib/model/campaign';
import type { CampaignEntry, CreatorRecord } from '../../../lib/model/creator';
import type { Offer } from '../../../lib/model/offer';
import { defaultRuleSettings } from '../../../lib/model/settings';
import type { Snapshot } from '../../../lib/model/snapshot';

const T = '2026-03-01T10:00:00.000Z';
const tiers = defaultRuleSettings.tiers;
const thresholds = defaultRuleSettings.thresholds;

const entry = (campaignId: string | null, patch: Partial<CampaignEntry> = {}): CampaignEntry => ({
  campaignId,
  status: 'shortlisted',
  addedAt: T,
  discountCode: null,
  trackingLink: null,
  offerOverride: null,
  results: null,
  redFlags: [],
  updatedAt: T,
  ...patch,
});
const snap = (
  at: string,
  followers: number | null,
  rate: number | null,
  basis: Snapshot['engagementBasis'] = 'followers',
): Snapshot => ({
  at,
  followers,
  following: null,
  posts: null,
  likes: null,
  engagementRate: rate,
  engagementBasis: basis,
  spamRatio: null,
});
const record = (handle: string, patch: Partial<CreatorRecord> = {}): CreatorRecord => ({
  schemaVersion: 2,
  platform: 'instagram',
  handle,
  displayName: null,
  firstSeenAt: T,
  lastSeenAt: T,
  shortlistedAt: null,
  notes: '',
  tags: [],
  campaigns: [],
  snapshots: [snap(T, 12_000, 0.03)],
  lastReading: null,
  recentPosts: [],
  updatedAt: T,
  ...patch,
});
const hybrid: Offer = { model: 'hybrid', flatFee: 500, commissionPct: 5, currency: 'USD' };
const camp = (id: string, offer: Offer | null = hybrid): Campaign => ({
  id,
  name: `Campaign ${id}`,
  brief: null,
  startsOn: null,
  endsOn: null,
  offer,
  templateIds: [],
  landingUrl: null,
  discountPct: 15,
  createdAt: T,
  updatedAt: T,
});

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

  test('profile URLs encode the handle and stay https', () => {
    expect(profileUrl('tiktok', 'a"b')).toBe('https://www.tiktok.com/@a%22b');
    expect(profileUrl('instagram', 'jane.doe')).toBe('https://www.instagram.com/jane.doe/');
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

describe('offer form and worked example', () => {
  test.each([
    [hybrid, 6000, '$500 + 5% of $6,000 = $800'],
    [{ model: 'affiliate', commissionPct: 10, currency: 'USD' }, 6000, '10% of $6,000 = $600'],
    [{ model: 'flat', flatFee: 750, currency: 'USD' }, 6000, '$750 whatever the sales'],
    [
      { model: 'product', productValue: 60, commissionPct: 5, currency: 'USD' },
      1000,
      'product worth $60 + 5% of $1,000 = $110',
    ],
    [
      { model: 'hybrid', flatFee: 300, commissionPct: 3, currency: 'EUR' },
      1234.56,
      '€300 + 3% of €1,234.56 = €337.04',
    ],
    [hybrid, 0, '$500 + 5% of $0 = $500'],
  ] as [Offer, number, string][])('%o on %d', (offer, revenue, text) => {
    expect(workedExample(offer, revenue)).toMatchObject({ ok: true, text });
  });

  test('the form keeps only the fields of its model and refuses text', () => {
    expect(
      readOfferForm({ ...emptyOfferForm('flat'), flatFee: '500', commissionPct: '5' }),
    ).toEqual({ ok: true, offer: { model: 'flat', flatFee: 500, currency: 'USD' } });
    expect(
      readOfferForm({ ...emptyOfferForm('hybrid'), flatFee: '1,500', commissionPct: '' }),
    ).toEqual({
      ok: false,
      errors: [
        { field: 'flatFee', message: 'write a plain number such as 500 or 4.5' },
        { field: 'commissionPct', message: 'required for this model' },
      ],
    });
    expect(readOfferForm({ ...emptyOfferForm('affiliate'), commissionPct: '101' }).ok).toBe(false);
  });
});

describe('campaign results', () => {
  const result = (conversions: number, revenue: number, paymentOverride: number | null = null) => ({
    impressions: 1000,
    clicks: 100,
    conversions,
    revenue,
    paymentOverride,
    updatedAt: T,
  });
  const records = [
    record('ann', { campaigns: [entry('a', { results: result(60, 6000) })] }),
    record('bob', {
      campaigns: [
        entry('a', {
          results: result(10, 1000, 1000),
          offerOverride: { model: 'flat', flatFee: 50, currency: 'USD' },
        }),
      ],
    }),
    record('cat', { campaigns: [entry('a')] }),
    record('dan', { campaigns: [entry('b', { results: result(99, 9999) })] }),
  ];

  test('payment comes from the override, else the creator’s offer, else the campaign’s', () => {
    const view = campaignResults(records, camp('a'), thresholds);
    expect(view.lines.map((l) => [l.handle, l.spend, l.payment.source, l.roas])).toEqual([
      ['ann', 800, 'offer', 7.5],
      ['bob', 1000, 'override', 1],
      ['cat', null, 'none', null],
    ]);
    expect(view.report.totals).toMatchObject({ spend: 1800, revenue: 7000, conversions: 70 });
    expect(view.matchers.map((m) => m.key)).toEqual([
      'instagram:ann',
      'instagram:bob',
      'instagram:cat',
    ]);
    expect(roasBars(view.lines)).toEqual({
      bars: [
        { label: '@ann', value: 7.5 },
        { label: '@bob', value: 1 },
      ],
      without: 1,
    });
    expect(conversionShares(view.lines).map((b) => b.value)).toEqual([60, 10]);
  });

  test('the engagement drop uses the snapshots since the campaign start', () => {
    const dropping = record('eve', {
      campaigns: [entry('a')],
      snapshots: [
        snap('2026-03-01T00:00:00.000Z', 1, 0.06),
        snap('2026-03-15T00:00:00.000Z', 1, 0.02),
      ],
    });
    expect(campaignResults([dropping], camp('a'), thresholds).lines[0]!.drop.alert).toBe(true);
    const later = { ...camp('a'), startsOn: '2026-03-10' };
    expect(campaignResults([dropping], later, thresholds).lines[0]!.drop.alert).toBe(false);
  });

  test('the CSV row carries the results and the payment', () => {
    const [row] = buildRows([records[0]!], [camp('a')], tiers, { kind: 'all' }, null);
    expect(csvRow(row!, new Map([['a', camp('a')]]))).toMatchObject({
      payment: 800,
      roas: 7.5,
      revenue: 6000,
      campaign: 'Campaign a',
    });
  });
});

describe('creator view', () => {
  test('series keep time order and never mix engagement bases', () => {
    const series = snapshotSeries({
      snapshots: [
        snap('2026-03-03T00:00:00Z', 3, 0.1, 'views'),
        snap('2026-03-01T00:00:00Z', 1, 0.01),
        snap('2026-03-02T00:00:00Z', null, 0.02),
        snap('bad', 5, 0.5),
      ],
    });
    expect(series.followers.map((p) => p.value)).toEqual([1, 3]);
    expect(series.engagement).toEqual([
      {
        basis: 'followers',
        points: [
          { at: '2026-03-01T00:00:00Z', value: 0.01 },
          { at: '2026-03-02T00:00:00Z', value: 0.02 },
        ],
      },
      { basis: 'views', points: [{ at: '2026-03-03T00:00:00Z', value: 0.1 }] },
    ]);
  });

  test('evidence keeps only http(s) links and skips malformed flags', () => {
    const reading = {
      platform: 'instagram',
      page: 'profile',
      url: 'javascript:alert(1)',
      handle: 'x',
      status: 'ok',
      profile: null,
      posts: [
        {
          id: 'p1',
          url: 'data:text/html,x',
          author: null,
          takenAt: null,
          caption: 'hi\u202Eevil',
          hashtags: [],
          mentions: [],
          likes: { value: 5, exact: true, source: 'dom' },
          comments: { value: null, exact: false, source: null },
          views: { value: null, exact: false, source: null },
          shares: { value: null, exact: false, source: null },
          saves: { value: null, exact: false, source: null },
          likesHidden: false,
          isVideo: false,
          pinned: false,
          paidPartnership: null,
          source: 'dom',
        },
      ],
      comments: [],
      missing: [{ field: 'followers', reason: 'login wall' }],
      readAt: T,
    } as never;
    const evidence = readingEvidence({
      lastReading: {
        at: T,
        url: 'javascript:alert(1)',
        reading,
        verdict: {
          flags: [
            { id: 'nope' },
            { id: 'spam-comments', severity: 'high', message: 'm', evidence: [] },
          ],
        },
      },
    })!;
    expect(evidence.url).toBeNull();
    expect(evidence.posts[0]).toMatchObject({ url: null, caption: 'hievil', counts: '5 likes' });
    expect(evidence.flags.map((f) => f.id)).toEqual(['spam-comments']);
    expect(evidence.missing).toEqual(["Couldn't read followers: login wall"]);
  });
});

describe('brief form', () => {
  test('lists and numbers are read, codes normalised, the result is a valid Brief', () => {
    const form = {
      ...briefToForm(null, 'Spring'),
      keywords: 'watercolor, painting',
      languages: 'EN, es',
      countries: 'us',
      followersMin: '10,000',
    };
    expect(readBriefForm(form)).toEqual({
      ok: true,
      brief: {
        name: 'Spring',
        keywords: ['watercolor', 'painting'],
        languages: ['en', 'es'],
        countries: ['US'],
        followers: { min: 10000 },
      },
    });
  });
  test.each([
    [{ followersMin: '5000', followersMax: '100' }, 'followers.max'],
    [{ followersMin: 'ten' }, 'followers.min'],
    [{ languages: 'english' }, 'languages[0]'],
    [{ name: ' ' }, 'name'],
  ])('%o is refused at %s', (patch, path) => {
    const read = readBriefForm({ ...briefToForm(null, 'x'), ...patch });
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.errors.map((e) => e.path)).toContain(path);
  });
});

describe('routes', () => {
  test.each([
    ['', { view: 'creators' }],
    ['#/results', { view: 'results' }],
    ['#/creator/tiktok/jane.doe', { view: 'creator', platform: 'tiktok', handle: 'jane.doe' }],
    ['#/creator/myspace/x', { view: 'creators' }],
    ['#/creator/instagram/%E0%A4%A', { view: 'creators' }],
    ['#/nowhere', { view: 'creators' }],
  ])('%s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });
});
