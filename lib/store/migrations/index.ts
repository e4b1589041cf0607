import type { Migration } from './types';
import { v001ToV002 } from './v001-to-v002';
import { v002ToV003 } from './v002-to-v003';
import { v003ToV004 } from './v003-to-v004';
import { v004ToV005 } from './v004-to-v005';
import { v005ToV006 } from './v005-to-v006';
import { v006ToV007 } from './v006-to-v007';
import { v007ToV008 } from './v007-to-v008';
import { v008ToV009 } from './v008-to-v009';
import { v009ToV010 } from './v009-to-v010';
import { v010ToV011 } from './v010-to-v011';
import { v011ToV012 } from './v011-to-v012';
import { v012ToV013 } from './v012-to-v013';
import { v013ToV014 } from './v013-to-v014';

/**
 * Every schema step, oldest first: migrations[i].from === i + 1. To change a stored shape: bump
 * STORE_VERSION (lib/model/creator.ts), add `vNNN-to-vMMM.ts` here, freeze an example of the
 * current version in tests/unit/store/examples/vNNN.ts before the change, and the all-migrations
 * test runs the chain over every example.
 */
export const migrations: readonly Migration[] = [
  v001ToV002,
  v002ToV003,
  v003ToV004,
  v004ToV005,
  v005ToV006,
  v006ToV007,
  v007ToV008,
  v008ToV009,
  v009ToV010,
  v010ToV011,
  v011ToV012,
  v012ToV013,
  v013ToV014,
];
