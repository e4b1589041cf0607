import { useState } from 'react';
import { COLUMNS, DEFAULT_COLUMNS, type ColumnId } from '../../lib/dashboard/columns';
import { t } from '../../lib/i18n/messages';

/** Where the chosen columns are remembered: a view preference of this dashboard, not creator data. */
const KEY = 'creator-scout:creators-columns';

function readChosen(): ColumnId[] {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(KEY) ?? 'null');
    if (Array.isArray(raw)) {
      const known = new Set<string>(COLUMNS.map((c) => c.id));
      return raw.filter((id): id is ColumnId => typeof id === 'string' && known.has(id));
    }
  } catch {
    // An unreadable preference falls back to the default columns.
  }
  return [...DEFAULT_COLUMNS];
}

/** The columns the marketer chose (remembered across visits) and a setter. */
export function useChosenColumns(): [ColumnId[], (next: ColumnId[]) => void] {
  const [chosen, setChosen] = useState<ColumnId[]>(readChosen);
  const set = (next: ColumnId[]) => {
    setChosen(next);
    try {
      localStorage.setItem(KEY, JSON.stringify(next));
    } catch {
      // Storage refused (private mode): the choice lasts for this visit.
    }
  };
  return [chosen, set];
}

/** A checkbox per column; the handle is always shown. */
export function ColumnChooser(props: { chosen: ColumnId[]; onChange: (next: ColumnId[]) => void }) {
  const { chosen, onChange } = props;
  const shown = new Set(chosen);
  const toggle = (id: ColumnId, on: boolean) =>
    onChange(COLUMNS.map((c) => c.id).filter((c) => (c === id ? on : shown.has(c))));
  return (
    <details className="column-chooser" data-testid="scout-columns">
      <summary>
        {t(
          'columnsCount',
          COLUMNS.filter((c) => c.id === 'handle' || shown.has(c.id)).length,
          COLUMNS.length,
        )}
      </summary>
      <fieldset>
        <legend>{t('columnsShown')}</legend>
        {COLUMNS.map((c) => (
          <label key={c.id} title={c.description}>
            <input
              type="checkbox"
              data-testid={`scout-column-${c.id}`}
              checked={c.id === 'handle' || shown.has(c.id)}
              disabled={c.id === 'handle'}
              onChange={(e) => toggle(c.id, e.currentTarget.checked)}
            />{' '}
            {c.label}
          </label>
        ))}
        <button type="button" onClick={() => onChange([...DEFAULT_COLUMNS])}>
          {t('defaultColumns')}
        </button>
      </fieldset>
    </details>
  );
}
