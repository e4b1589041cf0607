import { z } from 'zod';
import { csvNumber, csvOptionalText, csvText } from '../../lib/export/csv-fields';
import { parseCsv } from '../../lib/export/csv-read';
import { shortlistToCsv, type ShortlistCsvRow } from '../../lib/export/shortlist-csv';
import { builtinTemplate } from '../../lib/outreach/builtin-templates';
import { makeDiscountCode } from '../../lib/outreach/discount-code';
import { buildDraft, type DraftInput } from '../../lib/outreach/draft';
import { medianMs } from './measure';
import type { BenchSuite } from './types';

const CREATORS = 1_000;
const IMPORT_ROWS = 5_000;

const rows: ShortlistCsvRow[] = Array.from({ length: CREATORS }, (_, i) => ({
  platform: i % 2 ? 'tiktok' : 'instagram',
  handle: `creator_${i}`,
  displayName: i % 10 === 0 ? `=HYPERLINK("http://x.example","${i}")` : `Creator ${i} 🎨 | Paints`,
  profileUrl: `https://www.instagram.com/creator_${i}/`,
  followers: 10_000 + i * 37,
  tier: 'micro',
  engagementRate: 0.03,
  engagementBasis: 'followers',
  spamRatio: 0.05,
  spamTooFew: false,
  audienceFit: 0.7,
  verdict: 'review',
  status: 'contacted',
  campaign: 'Spring kit',
  tags: ['watercolor', 'travel'],
  log: [
    {
      at: '2026-02-18T15:30:00.000Z',
      channel: 'call',
      text: 'Replied fast.\nWants 50/50, "maybe" more.',
    },
  ],
  emails: ['jane@example.com'],
  contactLinks: ['https://linktr.ee/jane'],
  discountCode: `CREATOR${i}`,
  trackedLink: `https://acme.example/kit?utm_source=influencer&utm_content=creator_${i}`,
  affiliateLink: null,
  publishAt: null,
  firstSeen: '2026-05-01T10:00:00Z',
  lastVisited: '2026-05-20T10:00:00Z',
  impressions: null,
  clicks: i,
  conversions: i % 13,
  revenue: i * 3.5,
  resultsBasis: 'code',
  payment: 500,
  roas: 1.2,
  deliverables: i % 3,
  deliverableLinks: Array.from(
    { length: i % 3 },
    (_, k) => `https://www.instagram.com/p/C${i}x${k}/`,
  ),
  deliverableFormats: Array.from({ length: i % 3 }, () => 'video'),
  deliverableEngagements: i % 3 ? i * 10 : null,
}));

const resultsCsv = [
  'handle,spend,revenue,code',
  ...Array.from({ length: IMPORT_ROWS }, (_, i) => `creator_${i},500,${i * 3.5},"CODE${i}"`),
].join('\r\n');
const Results = z.object({
  handle: csvText({ max: 40 }),
  spend: csvNumber({ min: 0 }),
  revenue: csvNumber({ min: 0 }),
  code: csvOptionalText(),
});

const draftInput: DraftInput = {
  creator: {
    platform: 'instagram',
    handle: 'jane.paints',
    displayName: 'Jane Doe 🎨',
    topic: 'watercolour',
    followingSince: '2024-03-02',
  },
  recentPost: { url: 'https://www.instagram.com/p/C1/', standout: '“Sunset wash tutorial”' },
  campaign: {
    brand: 'Acme',
    product: 'travel watercolour sets',
    startDate: '2026-06-01',
    endDate: '2026-06-30',
    offer: { model: 'hybrid', flatFee: 500, commissionPct: 5, currency: 'USD' },
  },
  code: 'JANE15',
  link: 'https://acme.example/kit?utm_source=influencer',
  sender: 'Sam',
};
const existingCodes = Array.from({ length: 5_000 }, (_, i) => `CODE${i}`);

export const outreachExportSuite: BenchSuite = async () => {
  const exportMs = medianMs(() => shortlistToCsv(rows), 20);
  const importMs = medianMs(() => parseCsv(resultsCsv, Results), 10);
  const draftMs = medianMs(
    () =>
      buildDraft(builtinTemplate('first-contact')!, draftInput, { now: new Date('2026-05-20') }),
    200,
  );
  const codeMs = medianMs(
    () =>
      makeDiscountCode({ displayName: 'Jane Doe', handle: 'jane', discountPct: 15 }, existingCodes),
    200,
  );
  return [
    {
      area: 'export',
      figure: `shortlist CSV, ${CREATORS} creators`,
      measured: `${exportMs.toFixed(1)} ms`,
      target: '< 100 ms',
      pass: exportMs < 100,
    },
    {
      area: 'export',
      figure: `CSV import + zod, ${IMPORT_ROWS} rows`,
      measured: `${importMs.toFixed(1)} ms`,
      target: '< 300 ms',
      pass: importMs < 300,
    },
    {
      area: 'outreach',
      figure: 'first-contact draft (fill + length)',
      measured: `${draftMs.toFixed(3)} ms`,
      target: '< 5 ms',
      pass: draftMs < 5,
    },
    {
      area: 'outreach',
      figure: 'discount code vs 5,000 existing',
      measured: `${codeMs.toFixed(3)} ms`,
      target: '< 5 ms',
      pass: codeMs < 5,
    },
  ];
};
