import { z } from 'zod';
import { SCHEMA_WORDS } from './schema-words';

/** A date and time as JavaScript reads it (ISO 8601 in practice), kept as written. */
export const isoTime = z
  .string()
  .refine((s) => !Number.isNaN(Date.parse(s)), SCHEMA_WORDS.vmIsoTime);
