import { z } from 'zod';
import { ColumnMapping } from '../results/column-mapping';

/**
 * Column mappings the user confirmed, one per export format (keyed by headerSignature). The
 * settings schema has no field for them yet, so the dashboard keeps them in its own page storage;
 * a value that does not parse is ignored (the user is asked again), never trusted.
 */
export const MAPPINGS_STORAGE_KEY = 'creator-scout:results-mappings';

const Remembered = z.record(z.string(), z.unknown());

export function readMappings(raw: string | null): Map<string, ColumnMapping> {
  const out = new Map<string, ColumnMapping>();
  if (!raw) return out;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return out;
  }
  const record = Remembered.safeParse(json);
  if (!record.success) return out;
  for (const [signature, value] of Object.entries(record.data)) {
    const mapping = ColumnMapping.safeParse(value);
    if (mapping.success) out.set(signature, mapping.data);
  }
  return out;
}

export function writeMappings(mappings: ReadonlyMap<string, ColumnMapping>): string {
  return JSON.stringify(Object.fromEntries(mappings));
}
