import { z } from 'zod';
import { SCHEMA_WORDS } from './schema-words';

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
    message: SCHEMA_WORDS.vmMapIdentifier,
    path: ['columns'],
  })
  .refine((m) => ValueField.options.some((field) => m.columns[field]), {
    message: SCHEMA_WORDS.vmMapValue,
    path: ['columns'],
  });
export type ColumnMapping = z.infer<typeof ColumnMapping>;
