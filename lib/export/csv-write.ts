import Papa from 'papaparse';
import { blockText } from '../outreach/plain-text';

/**
 * CSV export. Cells holding text are cleaned (control and bidi characters removed, capped) and,
 * when a spreadsheet could read them as a formula, neutralised with a leading single quote
 * (OWASP "CSV injection"): text starting with = + - @ tab or CR, their full-width forms
 * (＝ ＋ － ＠, read as formulas by some CJK spreadsheet setups), or any of these after leading
 * spaces. Text already starting with quotes before such a character gets one more, so that
 * `unescapeFormula` is the exact inverse on import. Numbers are written as numbers: -5 stays -5, because a number cell cannot hold a formula
 * and a spreadsheet must be able to add it up; only *text* that looks like "-2+3" is quoted.
 */
export const FORMULA_TRIGGER = /^'*(?:[\t\r]|\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;

/** Longest text written into one cell (Excel's own limit is 32,767 characters). */
export const MAX_CELL_LENGTH = 10_000;

export type CsvValue = string | number | boolean | Date | readonly string[] | null | undefined;

export interface CsvColumn<Row> {
  /** The header written in the first line. */
  header: string;
  /** What the column holds, its unit and format: shown in the export dialog and the docs. */
  description: string;
  value: (row: Row) => CsvValue;
}

export interface CsvWriteOptions {
  /** Prefix a UTF-8 byte-order mark so Excel reads accents and emoji correctly (default true). */
  bom?: boolean;
}

/** A value as papaparse receives it: text cleaned, non-finite numbers empty, lists joined by "; ". */
export function cellValue(value: CsvValue): string | number | boolean {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? value : '';
  if (typeof value === 'boolean') return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
  if (typeof value === 'string') return blockText(value, MAX_CELL_LENGTH);
  return blockText(value.join('; '), MAX_CELL_LENGTH);
}

/** One CSV text (RFC 4180: comma, CRLF line ends, quotes where needed) from columns and rows. */
export function toCsv<Row>(
  columns: readonly CsvColumn<Row>[],
  rows: readonly Row[],
  options: CsvWriteOptions = {},
): string {
  const csv = Papa.unparse(
    {
      fields: columns.map((column) => cellValue(column.header) as string),
      data: rows.map((row) => columns.map((column) => cellValue(column.value(row)))),
    },
    { newline: '\r\n', escapeFormulae: FORMULA_TRIGGER, quotes: false },
  );
  return (options.bom ?? true) ? `\uFEFF${csv}` : csv;
}

/** Undoes the export's neutralising quote on import: "'=SUM(A1)" → "=SUM(A1)", "'tis" unchanged. */
export function unescapeFormula(cell: string): string {
  return cell.startsWith("'") && FORMULA_TRIGGER.test(cell.slice(1)) ? cell.slice(1) : cell;
}
