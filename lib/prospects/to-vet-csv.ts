import { toCsv, type CsvColumn } from '../export/csv-write';
import { t } from '../i18n/messages';
import type { ToVetRow } from './view';

/**
 * The to-vet list as CSV, apart from the list's view: the panel shows the list but never exports
 * it, and the CSV writer (papaparse) would otherwise be loaded on every creator page.
 */
// Descriptions are read when shown: at module load the browser's messages are not set yet.
const COLUMNS: CsvColumn<ToVetRow>[] = [
  {
    header: 'platform',
    get description() {
      return t('toVetColPlatform');
    },
    value: (r) => r.platform,
  },
  {
    header: 'handle',
    get description() {
      return t('toVetColHandle');
    },
    value: (r) => r.handle,
  },
  {
    header: 'profile_url',
    get description() {
      return t('toVetColUrl');
    },
    value: (r) => r.url,
  },
  {
    header: 'status',
    get description() {
      return t('toVetColStatus');
    },
    value: (r) => r.status,
  },
  {
    header: 'found',
    get description() {
      return t('toVetColFound');
    },
    value: (r) => r.where,
  },
  {
    header: 'times_seen',
    get description() {
      return t('toVetColSeen');
    },
    value: (r) => r.seenCount,
  },
  {
    header: 'vetted',
    get description() {
      return t('toVetColVetted');
    },
    value: (r) => r.vetted,
  },
];

/** CSV through the shared writer: text cleaned, formulas neutralised. */
export const toVetCsv = (rows: readonly ToVetRow[]): string => toCsv(COLUMNS, rows);
