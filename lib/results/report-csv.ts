import { ColumnMapping } from './column-mapping';
import { normalizeHeader } from './column-synonyms';
import { parseCsvTable } from './csv-table';
import { readRows, type RowError } from './import-rows';
import { normalizeHandle } from './match-rows';
import type { ReportInput } from './report';

/** The report CSV of the CLI contract: one row per creator, these headers (any case, any order). */
export const reportColumns = {
  required: ['handle', 'spend', 'revenue', 'conversions', 'clicks'],
  optional: ['impressions', 'code'],
} as const;

export interface ReportRow extends ReportInput {
  code: string | null;
  line: number;
}

export type ReportCsv = { ok: true; rows: ReportRow[] } | { ok: false; errors: RowError[] };

/**
 * Reads the CLI's results CSV. Every bad row is an error with its physical line and field; with
 * any error there are no rows, so a report is never built on part of the file.
 */
export function readReportCsv(text: string): ReportCsv {
  const table = parseCsvTable(text);
  if (!table) return fail([{ line: 1, field: null, column: null, message: 'no header row' }]);
  const byName = new Map(table.headers.map((h) => [normalizeHeader(h), h] as const));
  const missing = reportColumns.required.filter((name) => !byName.has(name));
  if (missing.length > 0) {
    return fail([
      {
        line: table.headerLine,
        field: null,
        column: null,
        message: `missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`,
      },
    ]);
  }
  const column = (name: string) => byName.get(name);
  const mapping = ColumnMapping.parse({
    version: 1,
    columns: {
      handle: column('handle'),
      code: column('code'),
      spend: column('spend'),
      revenue: column('revenue'),
      conversions: column('conversions'),
      clicks: column('clicks'),
      impressions: column('impressions'),
    },
  });
  const { rows, skipped, errors } = readRows(table, mapping);
  for (const row of skipped) {
    errors.push({
      line: row.line,
      field: 'handle',
      column: mapping.columns.handle!,
      message: 'a totals row (totals are computed)',
    });
  }

  const seen = new Map<string, number>();
  const result: ReportRow[] = [];
  for (const row of rows) {
    const handle = normalizeHandle(row.ids.handle);
    if (!handle) {
      errors.push({
        line: row.line,
        field: 'handle',
        column: mapping.columns.handle!,
        message: 'empty',
      });
    } else if (seen.has(handle)) {
      errors.push({
        line: row.line,
        field: 'handle',
        column: mapping.columns.handle!,
        message: `"${handle}" already on line ${seen.get(handle)}`,
      });
    } else {
      seen.set(handle, row.line);
    }
    for (const field of ['spend', 'revenue', 'conversions', 'clicks'] as const) {
      if (row.values[field] === null) {
        errors.push({ line: row.line, field, column: mapping.columns[field]!, message: 'empty' });
      }
    }
    result.push({
      key: handle ?? `line ${row.line}`,
      handle: handle ?? '',
      line: row.line,
      code: row.ids.code ?? null,
      spend: row.values.spend ?? null,
      revenue: row.values.revenue ?? null,
      conversions: row.values.conversions ?? null,
      clicks: row.values.clicks ?? null,
      impressions: row.values.impressions ?? null,
    });
  }
  return errors.length > 0 ? fail(errors, table.headers) : { ok: true, rows: result };
}

/** Errors by line, then left to right as the columns stand in the file. */
function fail(errors: RowError[], headers: readonly string[] = []): ReportCsv {
  const at = (error: RowError) => (error.column === null ? -1 : headers.indexOf(error.column));
  return { ok: false, errors: errors.sort((a, b) => a.line - b.line || at(a) - at(b)) };
}
