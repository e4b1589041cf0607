import { useId, useState } from 'react';
import { t } from '../../lib/i18n/messages';
import { PipelineStatus } from '../../lib/model/creator';
import { statusLabel } from '../../lib/i18n/labels';

/** The pipeline status of one creator; saved as soon as it changes, failures said next to it. */
export function StatusSelect({
  value,
  handle,
  onChange,
}: {
  value: PipelineStatus;
  handle: string;
  onChange: (status: PipelineStatus) => Promise<{ ok: true } | { ok: false; message: string }>;
}) {
  const id = useId();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="status-select">
      <label className="cs-visually-hidden" htmlFor={id}>
        {t('statusOf', `@${handle}`)}
      </label>
      <select
        id={id}
        value={value}
        // Busy, not disabled, while saving: a disabled select drops the keyboard focus to the page.
        aria-busy={saving}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={async (e) => {
          const next = PipelineStatus.parse(e.target.value);
          setSaving(true);
          setError(null);
          const result = await onChange(next);
          setSaving(false);
          if (!result.ok) setError(t('notSaved', result.message));
        }}
      >
        {PipelineStatus.options.map((status) => (
          <option key={status} value={status}>
            {statusLabel(status)}
          </option>
        ))}
      </select>
      {error ? (
        <span className="field-error" id={`${id}-error`} role="alert">
          {error}
        </span>
      ) : null}
    </span>
  );
}
