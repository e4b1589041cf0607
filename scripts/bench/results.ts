import { ColumnMapping } from '../../lib/results/column-mapping';
import { importResults } from '../../lib/results/import-results';
import type { MatchCreator } from '../../lib/results/match-rows';
import { buildReport, type ReportInput } from '../../lib/results/report';
import { medianMs } from './measure';
import type { BenchSuite } from './types';

const CREATORS = 200;
const ROWS = 10_000;

/** A GA4-style export: one row per utm_content and traffic source, a creator's rows repeated. */
function ga4Export(): string {
  const lines = [
    '# Traffic acquisition',
    '',
    'Session manual ad content,Session source,Sessions,Ecommerce purchases,Total revenue',
  ];
  for (let i = 0; i < ROWS; i++) {
    const creator = i % (CREATORS + 20); // 20 of 220 contents match no creator
    lines.push(
      `creator_${creator},source_${i % 7},${(i * 37) % 900},${i % 13},"${((i * 7919) % 100_000) / 100}"`,
    );
  }
  return lines.join('\n');
}

const creators: MatchCreator[] = Array.from({ length: CREATORS }, (_, i) => ({
  key: `ig:creator_${i}`,
  handle: `creator_${i}`,
  code: `CODE${i}`,
  link: `https://shop.example/kit?utm_source=influencer&utm_content=creator_${i}`,
}));

const mapping = ColumnMapping.parse({
  version: 1,
  columns: {
    link: 'Session manual ad content',
    clicks: 'Sessions',
    conversions: 'Ecommerce purchases',
    revenue: 'Total revenue',
  },
});

const inputs: ReportInput[] = Array.from({ length: 1000 }, (_, i) => ({
  key: `c${i}`,
  handle: `c${i}`,
  spend: (i * 97) % 1500,
  revenue: (i * 7919) % 10_000,
  conversions: (i * 31) % 120,
  clicks: (i * 53) % 3000,
  impressions: i % 10 === 0 ? null : (i * 1009) % 80_000,
}));

export const resultsSuite: BenchSuite = async () => {
  const text = ga4Export();
  const importMs = medianMs(() => importResults(text, mapping, creators), 15, 3);
  const reportMs = medianMs(() => buildReport(inputs), 50, 5);
  return [
    {
      area: 'results',
      figure: `import ${ROWS.toLocaleString('en-US')}-row GA4 export, ${CREATORS} creators (median)`,
      measured: `${importMs.toFixed(1)} ms`,
      target: '< 250 ms (dashboard import stays responsive)',
      pass: importMs < 250,
    },
    {
      area: 'results',
      figure: 'report of 1,000 creators: ratios, groups, totals (median)',
      measured: `${reportMs.toFixed(2)} ms`,
      target: '< 20 ms',
      pass: reportMs < 20,
    },
  ];
};
