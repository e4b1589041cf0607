import { ColumnMapping, ImportField } from '../model/column-mapping';
import { columnSynonyms, normalizeHeader } from './column-synonyms';

// The mapping's schema lives in lib/model: the store keeps mappings in the user's settings.
export { ColumnMapping, IdentifierField, ImportField, ValueField } from '../model/column-mapping';

/**
 * A first guess from the headers alone, for the user to confirm or correct. Each header feeds at
 * most one field; within a field the most specific synonym wins. The result may fail
 * ColumnMapping (no identifier found): the UI then asks.
 */
export function guessColumnMapping(headers: readonly string[]): ColumnMapping {
  const normalized = headers.map(normalizeHeader);
  const used = new Set<number>();
  const columns: ColumnMapping['columns'] = {};
  for (const field of ImportField.options) {
    for (const synonym of columnSynonyms[field]) {
      const index = normalized.findIndex((name, i) => name === synonym && !used.has(i));
      if (index >= 0) {
        used.add(index);
        columns[field] = headers[index]!;
        break;
      }
    }
  }
  return { version: 1, columns, decimal: '.' };
}

/** A key for remembering a mapping per export format: the normalized headers, in order. */
export function headerSignature(headers: readonly string[]): string {
  return headers.map(normalizeHeader).join('|');
}

/** Mapped headers that this file does not have (a remembered mapping that no longer fits). */
export function missingColumns(
  mapping: ColumnMapping,
  headers: readonly string[],
): { field: ImportField; column: string }[] {
  const present = new Set(headers.map((h) => h.trim()));
  return ImportField.options.flatMap((field) => {
    const column = mapping.columns[field];
    return column !== undefined && !present.has(column.trim()) ? [{ field, column }] : [];
  });
}
