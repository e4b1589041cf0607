import { useState, type ChangeEvent } from 'react';
import {
  readMappings,
  writeMappings,
  MAPPINGS_STORAGE_KEY,
} from '../../lib/dashboard/mapping-memory';
import { mergeBackup } from '../../lib/dashboard/shortlist-import';
import type { CampaignResults } from '../../lib/dashboard/results-view';
import {
  ColumnMapping,
  guessColumnMapping,
  headerSignature,
  ImportField,
} from '../../lib/results/column-mapping';
import { parseCsvTable } from '../../lib/results/csv-table';
import { applyImport, importResults } from '../../lib/results/import-results';
import { formatRowError } from '../../lib/results/import-rows';
import { creatorId } from '../../lib/model/creator';
import { errorText, sendMessage } from './store';

type Report =
  | { kind: 'errors'; lines: string[] }
  | { kind: 'done'; updated: number; unmatched: string[]; skipped: string[] };

const REASON = {
  'no-identifier': 'no handle, code or link',
  'no-match': 'matches no creator of this campaign',
  ambiguous: 'matches several creators',
} as const;

function loadMappings() {
  try {
    return readMappings(localStorage.getItem(MAPPINGS_STORAGE_KEY));
  } catch {
    return new Map<string, ColumnMapping>();
  }
}

/** Results from a shop or analytics CSV: columns mapped once per format, rows matched, all or nothing. */
export function ResultsImport(props: { results: CampaignResults; reload: () => Promise<void> }) {
  const [file, setFile] = useState<{ text: string; headers: string[]; remembered: boolean } | null>(
    null,
  );
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  const [report, setReport] = useState<Report | null>(null);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const picked = input.files?.[0];
    if (!picked) return;
    const text = await picked.text();
    input.value = '';
    setReport(null);
    const table = parseCsvTable(text);
    if (!table) return setReport({ kind: 'errors', lines: ['line 1: no header row'] });
    const remembered = loadMappings().get(headerSignature(table.headers));
    setFile({ text, headers: table.headers, remembered: remembered !== undefined });
    setMapping(remembered ?? guessColumnMapping(table.headers));
  };

  const run = async () => {
    if (!file || !mapping) return;
    const checked = ColumnMapping.safeParse(mapping);
    if (!checked.success)
      return setReport({ kind: 'errors', lines: checked.error.issues.map((i) => i.message) });
    const outcome = importResults(file.text, checked.data, props.results.matchers);
    if (outcome.status === 'invalid')
      return setReport({ kind: 'errors', lines: outcome.errors.map(formatRowError) });
    const current = await sendMessage({ type: 'store/export' });
    if (!current.ok) return setReport({ kind: 'errors', lines: [errorText(current.error)] });
    const now = new Date().toISOString();
    const byKey = new Map(outcome.creators.map((c) => [c.key, c]));
    const campaignId = props.results.campaign.id;
    const changed = current.data.backup.creators.flatMap((record) => {
      const imported = byKey.get(creatorId(record));
      if (!imported) return [];
      const campaigns = record.campaigns.map((e) =>
        e.campaignId === campaignId
          ? { ...e, results: applyImport(e.results, imported, now), updatedAt: now }
          : e,
      );
      return [{ ...record, campaigns, updatedAt: now }];
    });
    const res = await sendMessage({
      type: 'store/import',
      backup: mergeBackup(changed, current.data.backup.settings, now),
      mode: 'merge',
    });
    if (!res.ok) return setReport({ kind: 'errors', lines: [errorText(res.error)] });
    const memory = loadMappings();
    memory.set(headerSignature(file.headers), checked.data);
    try {
      localStorage.setItem(MAPPINGS_STORAGE_KEY, writeMappings(memory));
    } catch {
      // A full or disabled page storage only costs re-mapping next time.
    }
    setReport({
      kind: 'done',
      updated: changed.length,
      unmatched: outcome.unmatched.map(
        (u) =>
          `line ${u.row.line}: ${REASON[u.reason]}${u.candidates.length ? ` (${u.candidates.join(', ')})` : ''} — ${Object.values(u.row.ids).join(' / ') || 'empty'}`,
      ),
      skipped: outcome.skipped.map((s) => `line ${s.line}: total row, not imported`),
    });
    await props.reload();
  };

  return (
    <section className="results-import" aria-labelledby="results-import-title">
      <h3 id="results-import-title">Import results from a CSV</h3>
      <label className="file">
        Choose a CSV export (Shopify, GA4, a sheet)
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
            Columns{' '}
            {file.remembered ? '(mapping remembered for this format)' : '(guessed: check them)'}
          </legend>
          {ImportField.options.map((field) => (
            <label key={field}>
              {field}
              <select
                value={mapping.columns[field] ?? ''}
                onChange={(e) =>
                  setMapping({
                    ...mapping,
                    columns: { ...mapping.columns, [field]: e.currentTarget.value || undefined },
                  })
                }
              >
                <option value="">— not in this file</option>
                {file.headers.map((h) => (
                  <option key={h} value={h}>
                    {h}
                  </option>
                ))}
              </select>
            </label>
          ))}
          <label>
            Decimal separator
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
          <button type="button" onClick={() => void run()} data-testid="scout-results-import-run">
            Import results
          </button>
        </fieldset>
      ) : null}
      {report?.kind === 'errors' ? (
        <div role="alert" className="errors" data-testid="scout-results-import-errors">
          <p>Nothing was imported:</p>
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
            Results imported for {report.updated} creator{report.updated === 1 ? '' : 's'}.{' '}
            {report.unmatched.length} row
            {report.unmatched.length === 1 ? '' : 's'} matched nobody
            {report.unmatched.length ? ':' : '.'}
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
