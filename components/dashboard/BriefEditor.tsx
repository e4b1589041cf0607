import { t, type MessageKey } from '../../lib/i18n/messages';
import { useState, type ChangeEvent } from 'react';
import { briefToForm, readBriefForm, type BriefForm } from '../../lib/dashboard/brief-form';
import { briefToJson, readBriefJson } from '../../lib/dashboard/brief-io';
import { formatImportError, type ImportError } from '../../lib/dashboard/import-errors';
import type { Brief } from '../../lib/model/brief';
import { downloadText } from './download';
import { slugify } from '../../lib/outreach/tracked-link';
import { Button } from '../common/Button';

const FIELDS: [keyof BriefForm, MessageKey][] = [
  ['name', 'briefName'],
  ['brand', 'briefBrand'],
  ['product', 'briefProduct'],
  ['keywords', 'briefKeywords'],
  ['hashtags', 'briefHashtags'],
  ['languages', 'briefLanguages'],
  ['countries', 'briefCountries'],
  ['competitors', 'briefCompetitors'],
  ['excludedTopics', 'briefExcludedTopics'],
  ['followersMin', 'briefFollowersMin'],
  ['followersMax', 'briefFollowersMax'],
];

const pathOf: Partial<Record<keyof BriefForm, string>> = {
  followersMin: 'followers.min',
  followersMax: 'followers.max',
};

/** The campaign brief (design.md schema), with export and import as a JSON file. */
export function BriefEditor(props: {
  brief: Brief | null;
  campaignName: string;
  onSave: (brief: Brief | null) => void;
}) {
  const [form, setForm] = useState<BriefForm>(briefToForm(props.brief, props.campaignName));
  const [importErrors, setImportErrors] = useState<ImportError[]>([]);
  const read = readBriefForm(form);
  const errorOf = (key: keyof BriefForm) => {
    if (read.ok) return null;
    const path = pathOf[key] ?? key;
    return (
      read.errors.find((e) => e.path === path || e.path.startsWith(`${path}[`))?.message ?? null
    );
  };
  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    const result = readBriefJson(await file.text());
    input.value = '';
    if (result.ok) {
      setImportErrors([]);
      setForm(briefToForm(result.brief));
    } else setImportErrors(result.errors);
  };
  return (
    <fieldset className="brief" data-testid="scout-brief-editor">
      <legend>{t('briefLegend')}</legend>
      {FIELDS.map(([key, label]) => {
        const error = errorOf(key);
        return (
          <label key={key}>
            {t(label)}
            <input
              value={form[key]}
              onChange={(e) => setForm({ ...form, [key]: e.currentTarget.value })}
              aria-invalid={error !== null}
            />
            {error ? <span className="field-error">{error}</span> : null}
          </label>
        );
      })}
      <Button
        variant="primary"
        type="button"
        disabled={!read.ok}
        onClick={() => read.ok && props.onSave(read.brief)}
      >
        {t('saveBrief')}
      </Button>{' '}
      <button
        type="button"
        disabled={!read.ok}
        onClick={() =>
          read.ok &&
          downloadText(
            `brief-${slugify(read.brief.name) || 'campaign'}.json`,
            briefToJson(read.brief),
            'application/json',
          )
        }
      >
        {t('exportBrief')}
      </button>{' '}
      <label className="file">
        {t('importBrief')}
        <input
          type="file"
          accept=".json,application/json"
          onChange={(e) => void onFile(e)}
          data-testid="scout-brief-import"
        />
      </label>
      {importErrors.length ? (
        <div role="alert" className="errors">
          <p>{t('briefNotImported')}</p>
          <ul>
            {importErrors.map((e, i) => (
              <li key={i}>{formatImportError(e)}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </fieldset>
  );
}
