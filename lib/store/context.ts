import type { KeyValueArea } from './area';

/** What every store operation runs with; tests pass a fixed clock and counter ids. */
export interface StoreContext {
  area: KeyValueArea;
  /** ISO 8601 time. */
  now: () => string;
  newId: () => string;
}

export function storeContext(
  area: KeyValueArea,
  options: Partial<Omit<StoreContext, 'area'>> = {},
): StoreContext {
  return {
    area,
    now: options.now ?? (() => new Date().toISOString()),
    newId: options.newId ?? (() => crypto.randomUUID()),
  };
}

/** A failure the caller should see as an error response with this code. */
export class StoreError extends Error {
  constructor(
    readonly code: 'bad-request' | 'not-found' | 'invalid-import',
    message: string,
    readonly issues: Array<{ path: string; message: string }> = [],
  ) {
    super(message);
    this.name = 'StoreError';
  }
}
