import type { Migration } from './types';

/**
 * Every schema step, oldest first: migrations[i].from === i + 1. Version 1 is the first stored
 * shape, so the list is empty. To change a stored shape: bump STORE_VERSION (lib/model/creator.ts),
 * add `vNNN-to-vMMM.ts` here, freeze an example of the old version in
 * tests/unit/store/examples/vNNN.ts, and the all-migrations test runs the chain over it.
 */
export const migrations: readonly Migration[] = [];
