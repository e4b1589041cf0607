import { useState } from 'react';
import { t } from '../../lib/i18n/messages';
import { formatDateTime } from '../../lib/panel/format';
import { approvalDue } from '../../lib/rules/caption/due-date';

/** An ISO time as a datetime-local input shows it: the browser's local time, to the minute. */
function localInput(iso: string | null): string {
  if (iso === null) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/**
 * The planned publishing time of the creator's campaign post, and the approval due date it gives
 * (24 hours before), which the popup lists when it comes near.
 */
export function PublishAtField(props: {
  id: string;
  publishAt: string | null;
  onSave: (publishAt: string | null) => Promise<boolean>;
}) {
  const [value, setValue] = useState(localInput(props.publishAt));
  const [message, setMessage] = useState<string | null>(null);
  const save = async (next: string) => {
    if (next === '') {
      setValue('');
      if (await props.onSave(null)) setMessage(t('publishAtSaved'));
      return;
    }
    const d = new Date(next);
    if (Number.isNaN(d.getTime())) return setMessage(t('publishAtInvalid'));
    if (await props.onSave(d.toISOString())) setMessage(t('publishAtSaved'));
  };
  const due = props.publishAt ? approvalDue(new Date(props.publishAt)).toISOString() : null;
  return (
    <div className="row publish-at" data-testid="scout-publish-at">
      <label>
        {t('publishAtLabel')}{' '}
        <input
          id={`publish-${props.id}`}
          type="datetime-local"
          value={value}
          onChange={(e) => setValue(e.currentTarget.value)}
        />
      </label>
      <button type="button" onClick={() => void save(value)}>
        {t('publishAtSave')}
      </button>
      {props.publishAt ? (
        <button type="button" onClick={() => void save('')}>
          {t('publishAtClear')}
        </button>
      ) : null}
      <p className="hint" data-testid="scout-publish-due">
        {due ? t('publishAtDue', formatDateTime(due)) : t('publishAtNone')}
      </p>
      {message ? <p role="status">{message}</p> : null}
    </div>
  );
}
