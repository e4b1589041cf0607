import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import {
  SHORTLIST_COLUMNS,
  shortlistToCsv,
  type ShortlistCsvRow,
} from '../../../lib/export/shortlist-csv';

const row: ShortlistCsvRow = {
  platform: 'instagram',
  handle: 'jane.paints',
  displayName: '=HYPERLINK("http://evil.example","Jane")',
  profileUrl: 'https://www.instagram.com/jane.paints/',
  followers: 24_100,
  tier: 'micro',
  engagementRate: 0.034,
  engagementBasis: 'followers',
  spamRatio: 0.05,
  spamTooFew: false,
  audienceFit: 0.8,
  verdict: 'strong',
  status: 'contacted',
  campaign: 'Spring kit',
  tags: ['watercolor', '+vip'],
  log: [
    { at: '2026-02-18T15:30:00.000Z', channel: 'call', text: 'Replied fast.\nWants 50/50.' },
    { at: '2026-02-01T09:00:00.000Z', channel: 'email', text: '=SUM(A1)' },
  ],
  emails: ['jane@janepaints.com'],
  contactLinks: ['https://linktr.ee/jane'],
  discountCode: 'JANE15',
  trackedLink: 'https://acme.example/kit?utm_source=influencer',
  affiliateLink: 'https://shop.acme.example/ref/jane',
  publishAt: '2026-03-05T17:00:00.000Z',
  firstSeen: '2026-05-01T10:00:00Z',
  lastVisited: '2026-05-20T10:00:00Z',
  impressions: null,
  clicks: 410,
  conversions: 12,
  revenue: 960,
  resultsBasis: 'code',
  payment: 548,
  roas: 1.75,
  deliverables: 2,
  deliverableLinks: ['https://www.instagram.com/p/C1/', 'https://www.instagram.com/reel/C2/'],
  deliverableFormats: ['carousel', 'video'],
  deliverableEngagements: 1520,
};

describe('SHORTLIST_COLUMNS', () => {
  test('every column has a unique snake_case header and a description', () => {
    const headers = SHORTLIST_COLUMNS.map((c) => c.header);
    expect(new Set(headers).size).toBe(headers.length);
    for (const column of SHORTLIST_COLUMNS) {
      expect(column.header).toMatch(/^[a-z]+(?:_[a-z]+)*$/);
      expect(column.description.length).toBeGreaterThan(5);
    }
  });

  test('has the columns `scout report` reads', () => {
    const headers = SHORTLIST_COLUMNS.map((c) => c.header);
    for (const name of [
      'handle',
      'spend',
      'revenue',
      'conversions',
      'clicks',
      'impressions',
      'code',
    ]) {
      expect(headers).toContain(name);
    }
  });
});

describe('shortlistToCsv', () => {
  test('one line per creator, hostile text neutralised, unknowns empty, numbers plain', () => {
    const [header, line] = Papa.parse<string[]>(shortlistToCsv([row], { bom: false })).data;
    const record = Object.fromEntries(header!.map((name, i) => [name, line![i]]));
    expect(record).toMatchObject({
      platform: 'instagram',
      display_name: `'=HYPERLINK("http://evil.example","Jane")`,
      followers: '24100',
      engagement_rate_pct: '3.40',
      engagement_basis: 'followers',
      spam_pct: '5.00',
      audience_fit_pct: '80.00',
      tags: 'watercolor; +vip',
      log: '2026-02-18T15:30:00.000Z [call] Replied fast.\n  Wants 50/50.\n2026-02-01T09:00:00.000Z [email] =SUM(A1)',
      emails: 'jane@janepaints.com',
      contact_links: 'https://linktr.ee/jane',
      impressions: '',
      spend: '548',
      roas: '1.75',
      deliverables: '2',
      deliverable_links: 'https://www.instagram.com/p/C1/; https://www.instagram.com/reel/C2/',
      deliverable_formats: 'carousel; video',
      deliverable_engagements: '1520',
      affiliate_link: 'https://shop.acme.example/ref/jane',
      publish_at: '2026-03-05T17:00:00.000Z',
      results_basis: 'code',
    });
  });

  test('rates as percentages with two decimals, the basis always said, too few comments in words', () => {
    const csv = shortlistToCsv(
      [
        { ...row, engagementRate: 0.018258170241105758, engagementBasis: 'views' },
        { ...row, engagementBasis: 'single-post', spamRatio: null, spamTooFew: true },
        { ...row, engagementRate: null, engagementBasis: null, spamRatio: null },
      ],
      { bom: false },
    );
    const [header, ...lines] = Papa.parse<string[]>(csv.trim()).data;
    const col = (name: string) => lines.map((l) => l[header!.indexOf(name)]);
    expect(col('engagement_rate_pct')).toEqual(['1.83', '3.40', '']);
    expect(col('engagement_basis')).toEqual(['views', 'single-post', '']);
    expect(col('spam_pct')).toEqual(['5.00', 'not enough comments', '']);
    expect(csv).not.toMatch(/0\.0182/);
  });

  test('an empty shortlist is the header line alone', () => {
    expect(shortlistToCsv([], { bom: false })).toBe(
      `${SHORTLIST_COLUMNS.map((c) => c.header).join(',')}\r\n`,
    );
  });
});
