import { backupHandlers } from './backup';
import { batchHandlers } from './batch';
import { collectionHandlers } from './collections';
import { creatorHandlers } from './creators';
import { languageHandlers } from './language';
import { prospectHandlers } from './prospects';
import type { Handlers } from './types';

/** Every message type's handler: the compiler checks that none is missing. */
export const handlers: Handlers = {
  ...creatorHandlers,
  ...batchHandlers,
  ...collectionHandlers,
  ...backupHandlers,
  ...languageHandlers,
  ...prospectHandlers,
};
