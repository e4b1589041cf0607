import Papa from 'papaparse';

/** One data row with the physical line of the file it starts on (header = line 1 when first). */
export interface CsvRow {
  line: number;
  cells: string[];
}

export interface CsvProblem {
  line: number;
  message: string;
}

export interface CsvTable {
  headers: string[];
  /** Physical line of the header row (after any `#` preamble, as in GA4 exports). */
  headerLine: number;
  rows: CsvRow[];
  /** Rows Papa Parse could not read cleanly (unbalanced quotes, …). */
  problems: CsvProblem[];
}

/**
 * Parses CSV text into a header and rows, each row with its physical line number. Leading lines
 * starting with `#` (GA4's export preamble) and blank lines are skipped; the delimiter (comma,
 * semicolon, tab) is detected. Returns null when there is no header row at all.
 */
export function parseCsvTable(text: string): CsvTable | null {
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lineStarts = newlineOffsets(normalized);
  const records: CsvRow[] = [];
  const problems: CsvProblem[] = [];
  let start = 0;
  Papa.parse<string[]>(normalized, {
    delimiter: guessDelimiter(normalized),
    skipEmptyLines: false,
    step: (result) => {
      const line = lineOf(lineStarts, start);
      for (const error of result.errors) {
        if (error.code === 'UndetectableDelimiter') continue;
        problems.push({ line, message: error.message });
      }
      records.push({ line, cells: result.data.map((cell) => cell.trim()) });
      start = result.meta.cursor + 1;
    },
  });

  const blank = (row: CsvRow) => row.cells.every((cell) => cell === '');
  const headerIndex = records.findIndex((row) => !blank(row) && !row.cells[0]!.startsWith('#'));
  if (headerIndex < 0) return null;
  const header = records[headerIndex]!;
  return {
    headers: header.cells,
    headerLine: header.line,
    rows: records.slice(headerIndex + 1).filter((row) => !blank(row)),
    problems,
  };
}

/** Papa Parse guesses badly when blank lines or a `#` preamble are in its sample: guess on the table. */
function guessDelimiter(text: string): string {
  const table = text.replace(/^(?:#[^\n]*\n|[ \t]*\n)*/, '');
  return Papa.parse<string[]>(table, {
    preview: 10,
    skipEmptyLines: true,
    delimitersToGuess: [',', ';', '\t'],
  }).meta.delimiter;
}

function newlineOffsets(text: string): number[] {
  const offsets: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) offsets.push(i);
  return offsets;
}

/** 1-based line of a character offset: 1 + the newlines before it (binary search). */
function lineOf(newlines: number[], offset: number): number {
  let lo = 0;
  let hi = newlines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (newlines[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo + 1;
}
