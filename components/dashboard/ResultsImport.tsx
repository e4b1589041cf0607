import { useState, type ChangeEvent } from 'react';
import type { CampaignResults } from '../../lib/dashboard/results-view';
import { resultsUpdates } from '../../lib/dashboard/results-updates';
import type { UserSettings } from '../../lib/model/settings-store';
import {
  ColumnMapping,
  guessColumnMapping,
  headerSignature,
  ImportField,
} from '../../lib/results/column-mapping';
import { parseCsvTable } from '../../lib/results/csv-table';
import {
  guessImportBasis,
  importResults,
  type ImportBasis,
} from '../../lib/results/import-results';
import { t, type MessageKey } from '../../lib/i18n/messages';
import { importFieldLabel } from '../../lib/i18n/labels';
import { formatRowError } from '../../lib/results/import-rows';
import { errorText, sendMessage } from './store';
import { countedText } from '../../lib/i18n/plural';

type Report =
  | { kind: 'errors'; lines: string[] }
  | { kind: 'done'; updated: number; unmatched: string[]; skipped: string[] };

const REASON = {
  'no-identifier': 'riNoIdentifier',
  'no-match': 'riNoMatch',
  ambiguous: 'riAmbiguous',
} as const satisfies Record<string, MessageKey>;

/**
 * Results from a shop or analytics CSV: columns mapped once per format (remembered in the store's
 * settings), rows matched, all or nothing.
 */
export function ResultsImport(props: {
  results: CampaignResults;
  mappings: UserSettings['resultsMappings'];
  reload: () => Promise<void>;
}) {
  const [file, setFile] = useState<{
    name: string;
    text: string;
    headers: string[];
    remembered: boolean;
  } | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  // What the file's figures count by; null until the marketer picks, then the mapping's guess.
  const [basis, setBasis] = useState<ImportBasis | 'rows' | null>(null);
  const basisInUse = basis ?? (mapping ? (guessImportBasis(mapping) ?? 'rows') : 'rows');

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const picked = input.files?.[0];
    if (!picked) return;
    const text = await picked.text();
    input.value = '';
    setReport(null);
    const table = parseCsvTable(text);
    if (!table) return setReport({ kind: 'errors', lines: [t('riNoHeader')] });
    const remembered = props.mappings[headerSignature(table.headers)];
    setFile({
      name: picked.name.slice(0, 200),
      text,
      headers: table.headers,
      remembered: remembered !== undefined,
    });
    setMapping(remembered ?? guessColumnMapping(table.headers));
    setBasis(null);
  };

  const run = async () => {
    if (!file || !mapping) return;
    const checked = ColumnMapping.safeParse(mapping);
    if (!checked.success)
      return setReport({ kind: 'errors', lines: checked.error.issues.map((i) => i.message) });
    const outcome = importResults(file.text, checked.data, props.results.matchers);
    if (outcome.status === 'invalid')
      return setReport({ kind: 'errors', lines: outcome.errors.map(formatRowError) });
    const campaignId = props.results.campaign.id;
    const members = await sendMessage({
      type: 'creator/list',
      filter: { scope: 'all', campaignId },
    });
    if (!members.ok) return setReport({ kind: 'errors', lines: [errorText(members.error)] });
    const updates = resultsUpdates(
      members.data.creators,
      outcome.creators,
      campaignId,
      new Date().toISOString(),
      file.name,
      basisInUse === 'rows' ? undefined : basisInUse,
    );
    if (updates.length > 0) {
      // Only each entry's results are sent: the store applies them to the records as they are
      // then, so a visit recorded since the list above is kept.
      const res = await sendMessage({ type: 'creator/update-campaigns', updates });
      if (!res.ok) return setReport({ kind: 'errors', lines: [errorText(res.error)] });
    }
    // A mapping that cannot be saved only costs re-mapping the next file of this format.
    await sendMessage({
      type: 'settings/set',
      patch: { resultsMappings: { [headerSignature(file.headers)]: checked.data } },
    });
    setReport({
      kind: 'done',
      updated: updates.length,
      unmatched: outcome.unmatched.map((u) =>
        t(
          'riUnmatched',
          u.row.line,
          t(REASON[u.reason]),
          u.candidates.length ? ` (${u.candidates.join(', ')})` : '',
          Object.values(u.row.ids).join(' / ') || t('riEmpty'),
        ),
      ),
      skipped: outcome.skipped.map((s) => t('riTotalRow', s.line)),
    });
    await props.reload();
  };

  return (
    <section className="results-import" aria-labelledby="results-import-title">
      <h3 id="results-import-title">{t('riTitle')}</h3>
      <label className="file">
        {t('riChoose')}
        <input
          type="file"
          accept=".csv,text/csv"
          onChange={(e) => void onFile(e)}
          data-testid="scout-results-import"
        />
      </label>
      {file && mapping ? (
        <fieldset>
          <legend>
            {t('riColumns')} {file.remembered ? t('riRemembered') : t('riGuessed')}
          </legend>
          {ImportField.options.map((field) => (
            <label key={field}>
              {importFieldLabel(field)}
              <select
                value={mapping.columns[field] ?? ''}
                onChange={(e) =>
                  setMapping({
                    ...mapping,
                    columns: { ...mapping.columns, [field]: e.currentTarget.value || undefined },
                  })
                }
              >
                <option value="">{t('riNotInFile')}</option>
                {file.headers.map((h) => (
                  <option key={h} value={h}>
                    {h}
                  </option>
                ))}
              </select>
            </label>
          ))}
          <label>
            {t('riDecimal')}
            <select
              value={mapping.decimal}
              onChange={(e) =>
                setMapping({ ...mapping, decimal: e.currentTarget.value as '.' | ',' })
              }
            >
              <option value=".">1234.56</option>
              <option value=",">1234,56</option>
            </select>
          </label>
          <label>
            {t('importBasisLabel')}
            <select
              value={basisInUse}
              onChange={(e) => setBasis(e.currentTarget.value as ImportBasis | 'rows')}
              data-testid="scout-results-import-basis"
            >
              <option value="code">{t('importBasisCode')}</option>
              <option value="link">{t('importBasisLink')}</option>
              <option value="handle">{t('importBasisHandle')}</option>
              <option value="rows">{t('importBasisRows')}</option>
            </select>
          </label>
          <button type="button" onClick={() => void run()} data-testid="scout-results-import-run">
            {t('riRun')}
          </button>
        </fieldset>
      ) : null}
      {report?.kind === 'errors' ? (
        <div role="alert" className="errors" data-testid="scout-results-import-errors">
          <p>{t('riNothing')}</p>
          <ul>
            {report.lines.map((l, i) => (
              <li key={i}>{l}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {report?.kind === 'done' ? (
        <div role="status" data-testid="scout-results-import-status">
          <p>
            {countedText(report.updated, 'riDoneOne', 'riDoneMany')}{' '}
            {report.unmatched.length === 0
              ? t('riUnmatchedNone')
              : countedText(report.unmatched.length, 'riUnmatchedOne', 'riUnmatchedMany')}
          </p>
          <ul data-testid="scout-unmatched-rows">
            {[...report.unmatched, ...report.skipped].map((l, i) => (
              <li key={i}>{l}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
