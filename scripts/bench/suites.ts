import type { BenchSuite } from './types';

/** Every area adds its suite here; `npm run bench` runs them all and prints one table. */
export const suites: BenchSuite[] = [];
import { resultsSuite } from './results';
suites.push(resultsSuite);
import { outreachExportSuite } from './outreach-export';
suites.push(outreachExportSuite);
import { cliSuite } from './cli';
suites.push(cliSuite);
import { sizesSuite } from './sizes';
suites.push(sizesSuite);
import { storeBench } from './store';
suites.push(storeBench);
import { instagramSuite } from './instagram';
suites.push(instagramSuite);
import { rulesBench } from './rules';
suites.push(rulesBench);
import { tiktokSuite } from './tiktok';
suites.push(tiktokSuite);
import { dashboardSuite } from './dashboard';
suites.push(dashboardSuite);
import { panelSuite } from './panel';
suites.push(panelSuite);
import { prospectsSuite } from './prospects';
suites.push(prospectsSuite);
