/** Export and import: CSV written safely for spreadsheets, CSV read all-or-nothing against zod. */
export { csvNumber, csvOptionalNumber, csvOptionalText, csvText } from './csv-fields';
export {
  guessDelimiter,
  parseCsv,
  type CsvError,
  type CsvParse,
  type CsvReadOptions,
} from './csv-read';
export {
  cellValue,
  FORMULA_TRIGGER,
  MAX_CELL_LENGTH,
  toCsv,
  unescapeFormula,
  type CsvColumn,
  type CsvValue,
  type CsvWriteOptions,
} from './csv-write';
export { SHORTLIST_COLUMNS, shortlistToCsv, type ShortlistCsvRow } from './shortlist-csv';
