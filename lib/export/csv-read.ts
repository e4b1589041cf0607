import Papa from 'papaparse';
import { z } from 'zod';
import { unescapeFormula } from './csv-write';

/**
 * One problem in an imported CSV: the physical line where the record starts (header = line 1,
 * blank lines and line breaks inside quoted cells counted) and the column, when known.
 */
export interface CsvError {
  line: number;
  field: string | null;
  message: string;
}

export type CsvParse<Row> =
  { ok: true; header: string[]; rows: Row[] } | { ok: false; errors: CsvError[] };

export interface CsvReadOptions {
  /** Field separator; when absent, the one of "," ";" tab found most in the header line. */
  delimiter?: string;
  maxRows?: number;
  maxChars?: number;
  /** Errors listed before "…and N more"; all are counted. */
  maxErrors?: number;
}

const DEFAULTS = { maxRows: 20_000, maxChars: 10_000_000, maxErrors: 50 };

/** Offsets where each physical line starts ("\n", "\r\n" and a lone "\r" end a line). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) starts.push(i + 1);
  }
  return starts;
}

function lineAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** The separator used most in the first non-blank line (the header); "," on a tie or none. */
export function guessDelimiter(text: string): string {
  const header = text.split(/\r\n|\n|\r/).find((line) => line.trim() !== '') ?? '';
  const unquoted = header.replace(/"[^"]*"/g, '');
  let best = ',';
  let bestCount = 0;
  for (const delimiter of [',', ';', '\t']) {
    const n = unquoted.split(delimiter).length - 1;
    if (n > bestCount) [best, bestCount] = [delimiter, n];
  }
  return best;
}

/** Columns a zod object requires (a missing column is one error, not one per row). */
function requiredColumns(schema: z.ZodType): string[] {
  if (!(schema instanceof z.ZodObject)) return [];
  return Object.entries(schema.shape as Record<string, z.ZodType>)
    .filter(([, field]) => !field.safeParse(undefined).success)
    .map(([key]) => key);
}

/**
 * Parses a CSV into rows validated by `rowSchema`, all or nothing: any error (a malformed line, a
 * missing or duplicated column, a wrong field count, a cell the schema rejects) returns every
 * error found with its line and field, and no rows. Cells are trimmed; blank lines are skipped;
 * the export's neutralising quote is removed ("'=SUM" → "=SUM"), so an export re-imports as it was.
 * The schema sees each row as `{ [header]: cell }` with every cell a string.
 */
export function parseCsv<Schema extends z.ZodType>(
  input: string,
  rowSchema: Schema,
  options: CsvReadOptions = {},
): CsvParse<z.output<Schema>> {
  const { maxRows, maxChars, maxErrors } = { ...DEFAULTS, ...options };
  if (input.length > maxChars) {
    return {
      ok: false,
      errors: [{ line: 1, field: null, message: `the file is larger than ${maxChars} characters` }],
    };
  }
  const text = input.replace(/^\uFEFF/, '');
  const starts = lineStarts(text);
  const errors: CsvError[] = [];
  const records: { line: number; cells: string[] }[] = [];
  let rowStart = 0;
  Papa.parse<string[]>(text, {
    delimiter: options.delimiter ?? guessDelimiter(text),
    skipEmptyLines: false,
    step: (result) => {
      const line = lineAt(starts, rowStart);
      rowStart = result.meta.cursor;
      for (const error of result.errors) {
        const at = error.index === undefined ? line : lineAt(starts, error.index);
        errors.push({ line: at, field: null, message: error.message });
      }
      const cells = result.data.map((cell) => unescapeFormula(cell.trim()));
      if (cells.every((cell) => cell === '')) return;
      records.push({ line, cells });
    },
  });

  const [head, ...body] = records;
  if (!head)
    return {
      ok: false,
      errors: [{ line: 1, field: null, message: 'the file has no header line' }],
    };
  const header = head.cells;
  header.forEach((name, i) => {
    if (name === '')
      errors.push({ line: head.line, field: null, message: `column ${i + 1} has no name` });
    else if (header.indexOf(name) !== i)
      errors.push({ line: head.line, field: name, message: 'duplicate column' });
  });
  for (const column of requiredColumns(rowSchema)) {
    if (!header.includes(column))
      errors.push({ line: head.line, field: column, message: 'missing column' });
  }
  if (body.length > maxRows) {
    errors.push({ line: body[maxRows]!.line, field: null, message: `more than ${maxRows} rows` });
  }
  if (errors.length > 0) return { ok: false, errors: capped(errors, maxErrors) };

  const rows: z.output<Schema>[] = [];
  for (const { line, cells } of body) {
    if (cells.length !== header.length) {
      errors.push({
        line,
        field: null,
        message: `expected ${header.length} fields, found ${cells.length}`,
      });
      continue;
    }
    const record = Object.fromEntries(header.map((name, i) => [name, cells[i]!]));
    const parsed = rowSchema.safeParse(record);
    if (parsed.success) rows.push(parsed.data);
    else
      for (const issue of parsed.error.issues) {
        const field = issue.path[0];
        errors.push({
          line,
          field: field === undefined ? null : String(field),
          message: issue.message,
        });
      }
  }
  return errors.length > 0
    ? { ok: false, errors: capped(errors, maxErrors) }
    : { ok: true, header, rows };
}

function capped(errors: CsvError[], max: number): CsvError[] {
  const sorted = [...errors].sort((a, b) => a.line - b.line);
  if (sorted.length <= max) return sorted;
  const last = sorted[max - 1]!;
  return [
    ...sorted.slice(0, max),
    { line: last.line, field: null, message: `…and ${sorted.length - max} more errors` },
  ];
}
