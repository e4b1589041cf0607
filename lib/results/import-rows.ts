import {
  IdentifierField,
  ValueField,
  missingColumns,
  type ColumnMapping,
  type ImportField,
} from './column-mapping';
import type { CsvTable } from './csv-table';
import { parseAmount } from './parse-amount';
import { t } from '../i18n/messages';

/** A row whose cells were read: identifiers as written, values as numbers (null when empty). */
export interface ImportedRow {
  line: number;
  ids: Partial<Record<IdentifierField, string>>;
  values: Partial<Record<ValueField, number | null>>;
}

/** Something wrong in the file, at its physical line (header = the line the header is on). */
export interface RowError {
  line: number;
  /** Our field name, or null for a problem with the row as a whole. */
  field: ImportField | null;
  /** The CSV header the field was read from. */
  column: string | null;
  message: string;
}

/** A row deliberately not imported, listed so that nothing disappears silently. */
export interface SkippedRow {
  line: number;
  reason: 'total-row';
  cells: string[];
}

export interface ReadRows {
  rows: ImportedRow[];
  skipped: SkippedRow[];
  errors: RowError[];
}

// Summary rows that exports append (Shopify, GA4 explorations, hand-made sheets).
const totalRow = /^(?:grand\s+)?totals?$|^summary$/i;

/** Reads every data row through the mapping; each bad cell is one error, with line and field. */
export function readRows(table: CsvTable, mapping: ColumnMapping): ReadRows {
  const errors: RowError[] = table.problems.map((problem) => ({
    line: problem.line,
    field: null,
    column: null,
    message: problem.message,
  }));
  for (const { field, column } of missingColumns(mapping, table.headers)) {
    errors.push({ line: table.headerLine, field, column, message: t('riNoColumn', column) });
  }
  if (errors.some((error) => error.line === table.headerLine)) {
    return { rows: [], skipped: [], errors };
  }

  const indexOf = new Map(table.headers.map((h, i) => [h.trim(), i] as const));
  const mapped = <F extends ImportField>(fields: readonly F[]) =>
    fields.flatMap((field) => {
      const column = mapping.columns[field];
      return column === undefined ? [] : [{ field, column, index: indexOf.get(column.trim())! }];
    });
  const idColumns = mapped(IdentifierField.options);
  // In file order, so that a row's errors read left to right.
  const valueColumns = mapped(ValueField.options).sort((a, b) => a.index - b.index);

  const rows: ImportedRow[] = [];
  const skipped: SkippedRow[] = [];
  for (const { line, cells } of table.rows) {
    const firstId = idColumns.map(({ index }) => cells[index] ?? '').find((cell) => cell !== '');
    if (firstId !== undefined && totalRow.test(firstId)) {
      skipped.push({ line, reason: 'total-row', cells });
      continue;
    }
    // Trailing empty cells (a stray comma at the end of a sheet row) are harmless.
    const extra = cells.slice(table.headers.length);
    if (cells.length < table.headers.length || extra.some((cell) => cell !== '')) {
      errors.push({
        line,
        field: null,
        column: null,
        message: t('riCellCount', cells.length, table.headers.length),
      });
      continue;
    }
    const row: ImportedRow = { line, ids: {}, values: {} };
    for (const { field, index } of idColumns) {
      if (cells[index]) row.ids[field] = cells[index];
    }
    for (const { field, column, index } of valueColumns) {
      const parsed = parseAmount(cells[index]!, mapping.decimal);
      if (parsed.ok) row.values[field] = parsed.value;
      else errors.push({ line, field, column, message: parsed.message });
    }
    rows.push(row);
  }
  return { rows, skipped, errors };
}

/** "line 7: revenue (Net sales): not a number "n/a"": one line per error, for stderr and the UI. */
export function formatRowError(error: RowError): string {
  const where = error.field
    ? error.column && error.column !== error.field
      ? `${error.field} (${error.column})`
      : error.field
    : null;
  return `line ${error.line}: ${where ? `${where}: ` : ''}${error.message}`;
}
