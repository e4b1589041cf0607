import { useState, type ChangeEvent } from 'react';
import { csvRow } from '../../lib/dashboard/csv-rows';
import {
  formatImportError,
  importFailure,
  issuesWithLines,
  readJson,
  type ImportError,
} from '../../lib/dashboard/import-errors';
import type { CreatorRow } from '../../lib/dashboard/rows';
import { readShortlistCsv, shortlistUpdates } from '../../lib/dashboard/shortlist-import';
import { shortlistToCsv } from '../../lib/export/shortlist-csv';
import type { DashboardData } from './store';
import { errorText, sendMessage } from './store';
import { downloadText, today } from './download';
import { t } from '../../lib/i18n/messages';
import { countedText } from '../../lib/i18n/plural';

type Outcome =
  { kind: 'ok'; text: string } | { kind: 'errors'; title: string; errors: ImportError[] };

/** Export (CSV of the table, JSON backup of the store) and import of either, all or nothing. */
export function ExportImport(props: {
  rows: readonly CreatorRow[];
  data: DashboardData;
  reload: () => Promise<void>;
}) {
  const { rows, data, reload } = props;
  const [mode, setMode] = useState<'merge' | 'replace'>('merge');
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const exportCsv = () => {
    const campaigns = new Map(data.campaigns.map((c) => [c.id, c]));
    downloadText(
      `creator-scout-${today()}.csv`,
      shortlistToCsv(rows.map((r) => csvRow(r, campaigns))),
      'text/csv',
    );
  };

  const exportJson = async () => {
    const res = await sendMessage({ type: 'store/export' });
    if (!res.ok)
      return setOutcome({
        kind: 'errors',
        title: t('exportFailed'),
        errors: [{ line: null, field: null, message: errorText(res.error) }],
      });
    downloadText(
      `creator-scout-backup-${today()}.json`,
      `${JSON.stringify(res.data.backup, null, 2)}\n`,
      'application/json',
    );
  };

  const importJson = async (text: string) => {
    const json = readJson(text);
    if (!json.ok)
      return setOutcome({ kind: 'errors', title: t('nothingImported'), errors: json.errors });
    const res = await sendMessage({ type: 'store/import', backup: json.value, mode });
    if (!res.ok) {
      const words = importFailure(res.error);
      const errors = res.error.issues.length
        ? issuesWithLines(text, res.error.issues)
        : [{ line: null, field: null, message: words }];
      return setOutcome({ kind: 'errors', title: t('nothingImportedBecause', words), errors });
    }
    setOutcome({
      kind: 'ok',
      text: t(
        res.data.mode === 'replace' ? 'importedBackupReplace' : 'importedBackupMerge',
        countedText(res.data.creators, 'creatorsOne', 'creatorsMany'),
        countedText(res.data.campaigns, 'campaignsCountOne', 'campaignsCountMany'),
        countedText(res.data.templates, 'templatesCountOne', 'templatesCountMany'),
      ),
    });
    await reload();
  };

  const importCsv = async (text: string) => {
    const read = readShortlistCsv(text, data.campaigns);
    if (!read.ok)
      return setOutcome({ kind: 'errors', title: t('nothingImported'), errors: read.errors });
    // Field patches applied by the store to the records as they are then: nothing read here goes
    // stale, so a visit the panel records meanwhile is kept.
    const res = await sendMessage({
      type: 'creator/update-campaigns',
      updates: shortlistUpdates(read.rows, new Date().toISOString()),
    });
    if (!res.ok)
      return setOutcome({
        kind: 'errors',
        title: t('nothingImported'),
        errors: res.error.issues.length
          ? res.error.issues.map((i) => ({ line: null, field: i.path, message: i.message }))
          : [{ line: null, field: null, message: importFailure(res.error) }],
      });
    setOutcome({
      kind: 'ok',
      text: t(
        'importedCsvRows',
        countedText(read.rows.length, 'csvRowsOne', 'csvRowsMany'),
        countedText(res.data.updated, 'creatorsUpdatedOne', 'creatorsUpdatedMany'),
      ),
    });
    await reload();
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    const text = await file.text();
    input.value = '';
    setOutcome(null);
    const isJson = /\.json$/i.test(file.name) || /^\uFEFF?\s*[{[]/.test(text);
    await (isJson ? importJson(text) : importCsv(text));
  };

  return (
    <section className="export-import" aria-label={t('exportImportLabel')}>
      <button type="button" data-testid="scout-export-csv" onClick={exportCsv}>
        {t('exportCsvCount', rows.length)}
      </button>
      <button type="button" data-testid="scout-export-json" onClick={() => void exportJson()}>
        {t('backUpJson')}
      </button>
      <label className="file">
        {t('importCsvOrBackup')}
        <input
          type="file"
          accept=".csv,.json,text/csv,application/json"
          data-testid="scout-import"
          onChange={(e) => void onFile(e)}
        />
      </label>
      <label>
        {t('backupImportMode')}
        <select
          value={mode}
          onChange={(e) => setMode(e.currentTarget.value as 'merge' | 'replace')}
        >
          <option value="merge">{t('backupModeMerge')}</option>
          <option value="replace">{t('backupModeReplace')}</option>
        </select>
      </label>
      {outcome?.kind === 'ok' ? (
        <p role="status" data-testid="scout-import-status">
          {outcome.text}
        </p>
      ) : null}
      {outcome?.kind === 'errors' ? (
        <div role="alert" data-testid="scout-import-errors" className="errors">
          <p>{outcome.title}</p>
          <ul>
            {outcome.errors.map((e, i) => (
              <li key={i} data-line={e.line ?? ''}>
                {formatImportError(e)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
