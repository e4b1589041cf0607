import { formatRowError } from '../../lib/results/import-rows';
import { readReportCsv, type ReportRow } from '../../lib/results/report-csv';
import { buildReport, type CampaignReport } from '../../lib/results/report';
import { formatCount, formatMoney, formatMultiple, formatPercent } from '../../lib/results/format';
import { parseArgs } from './args';
import { readTextInput } from './input';
import { UsageError } from './usage-error';

/** `npm run scout -- report <results.csv> [--json]`: per-creator ratios and groups, plus totals. */
export async function run(argv: string[]): Promise<void> {
  const { positional, flags } = parseArgs(argv, { switches: ['json'] });
  if (positional.length !== 1) throw new UsageError('usage: report <results.csv> [--json]');
  const path = positional[0]!;
  const text = await readTextInput(path);

  const csv = readReportCsv(text);
  if (!csv.ok) {
    // One line per error (the dispatcher adds the last, summary line); nothing on stdout.
    for (const error of csv.errors)
      process.stderr.write(`scout: ${path}: ${formatRowError(error)}\n`);
    const n = csv.errors.length;
    throw new UsageError(`${n} error${n > 1 ? 's' : ''} in ${path}; nothing reported`);
  }
  const report = buildReport(csv.rows);
  process.stdout.write(
    flags.has('json') ? `${JSON.stringify(toJson(csv.rows, report))}\n` : toTable(report),
  );
}

/** The JSON of the design.md contract: ratios as fractions, null where undefined. */
export function toJson(rows: ReportRow[], report: CampaignReport) {
  return {
    creators: report.creators.map((creator, i) => ({
      handle: creator.handle,
      code: rows[i]!.code,
      spend: creator.spend,
      revenue: creator.revenue,
      conversions: creator.conversions,
      clicks: creator.clicks,
      impressions: creator.impressions,
      roas: creator.roas,
      cpa: creator.cpa,
      cvr: creator.cvr,
      ctr: creator.ctr,
      group: creator.group,
      problems: creator.problems,
    })),
    totals: {
      creators: report.totals.creators,
      spend: report.totals.spend,
      revenue: report.totals.revenue,
      conversions: report.totals.conversions,
      clicks: report.totals.clicks,
      impressions: report.totals.impressions,
      roas: report.totals.roas,
      cpa: report.totals.cpa,
      cvr: report.totals.cvr,
      ctr: report.totals.ctr,
      problems: report.totals.problems,
    },
    topConversionShare: report.topConversionShare,
  };
}

function toTable(report: CampaignReport): string {
  const header = [
    'handle',
    'spend',
    'revenue',
    'conv.',
    'clicks',
    'ROAS',
    'CPA',
    'CVR',
    'CTR',
    'group',
  ];
  const line = (
    name: string,
    c: CampaignReport['totals'] | CampaignReport['creators'][number],
    group: string,
  ) => [
    name,
    formatMoney(c.spend),
    formatMoney(c.revenue),
    formatCount(c.conversions),
    formatCount(c.clicks),
    formatMultiple(c.roas),
    formatMoney(c.cpa),
    formatPercent(c.cvr) + (c.problems.length > 0 ? ' !' : ''),
    formatPercent(c.ctr),
    group,
  ];
  const body = report.creators.map((c) => line(c.handle, c, c.group));
  const total = line(`total (${report.totals.creators})`, report.totals, '');
  const rows = [header, ...body, total];
  const widths = header.map((_, col) => Math.max(...rows.map((row) => row[col]!.length)));
  const render = (row: string[]) =>
    row
      .map((cell, col) =>
        col === 0 || col === row.length - 1
          ? cell.padEnd(widths[col]!)
          : cell.padStart(widths[col]!),
      )
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  const share =
    report.topConversionShare === null
      ? ''
      : `\ntop group: ${formatPercent(report.topConversionShare, 0)} of ranked conversions; bottom = lowest ROAS quartile (suggest pause)\n`;
  const problems = [
    ...report.creators.flatMap((c) => c.problems.map((p) => `! ${c.handle}: ${p}`)),
    ...report.totals.problems.map((p) => `! total: ${p}`),
  ];
  const notes = problems.length > 0 ? `\n${problems.join('\n')}\n` : '';
  return (
    [render(header), rule, ...body.map(render), rule, render(total)].join('\n') +
    '\n' +
    share +
    notes
  );
}
