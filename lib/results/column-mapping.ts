import { z } from 'zod';
import { columnSynonyms, normalizeHeader } from './column-synonyms';

/** What a CSV column can feed: an identifier to match the row to a creator, or a value. */
export const IdentifierField = z.enum(['handle', 'code', 'link']);
export type IdentifierField = z.infer<typeof IdentifierField>;
export const ValueField = z.enum(['impressions', 'clicks', 'conversions', 'revenue', 'spend']);
export type ValueField = z.infer<typeof ValueField>;
export const ImportField = z.enum([...IdentifierField.options, ...ValueField.options]);
export type ImportField = z.infer<typeof ImportField>;

const header = z.string().min(1).optional();

/**
 * Which CSV header feeds which field; what the UI stores once per export format (keyed by
 * headerSignature) and reuses. A mapped `spend` column becomes the payment override.
 */
export const ColumnMapping = z
  .strictObject({
    version: z.literal(1),
    columns: z.strictObject({
      handle: header,
      code: header,
      link: header,
      impressions: header,
      clicks: header,
      conversions: header,
      revenue: header,
      spend: header,
    }),
    decimal: z.enum(['.', ',']).default('.'),
  })
  .refine((m) => IdentifierField.options.some((field) => m.columns[field]), {
    message: 'map at least one of handle, code or link to match rows to creators',
    path: ['columns'],
  })
  .refine((m) => ValueField.options.some((field) => m.columns[field]), {
    message: 'map at least one of impressions, clicks, conversions, revenue or spend',
    path: ['columns'],
  });
export type ColumnMapping = z.infer<typeof ColumnMapping>;

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
