import { useMemo, useState } from 'react';
import { visibleColumns } from '../../lib/dashboard/columns';
import { DEFAULT_SORT, nextSort, sortRows, type SortState } from '../../lib/dashboard/sort';
import { ColumnChooser, useChosenColumns } from './ColumnChooser';
import { CreatorTable } from './CreatorTable';
import { ExportImport } from './ExportImport';
import { ScopeSelect, useScopedRows } from './ScopeSelect';
import type { DashboardData } from './store';
import { t } from '../../lib/i18n/messages';

/** The table of creators with its campaign filter, text filter, export and import. */
export function CreatorsView(props: { data: DashboardData; reload: () => Promise<void> }) {
  const { data } = props;
  const [scope, setScope, rows] = useScopedRows(data, { kind: 'all' });
  const [sort, setSort] = useState<SortState>(DEFAULT_SORT);
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useChosenColumns();
  const columns = useMemo(() => visibleColumns(chosen), [chosen]);
  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    const filtered = q
      ? rows.filter(
          (r) =>
            r.handle.includes(q) ||
            (r.displayName ?? '').toLowerCase().includes(q) ||
            r.tags.some((t) => t.toLowerCase().includes(q)),
        )
      : rows;
    return sortRows(filtered, sort);
  }, [rows, sort, query]);
  return (
    <>
      <h2>{t('creatorsHeading')}</h2>
      <div className="toolbar">
        <ScopeSelect
          id="creators-scope"
          scope={scope}
          campaigns={data.campaigns}
          onChange={setScope}
        />
        <label>
          {t('filterLabel')}{' '}
          <input
            type="search"
            value={query}
            onChange={(e) => setQuery(e.currentTarget.value)}
            placeholder={t('filterPlaceholder')}
          />
        </label>
        <ColumnChooser chosen={chosen} onChange={setChosen} />
      </div>
      <ExportImport rows={shown} data={data} reload={props.reload} />
      <CreatorTable
        rows={shown}
        sort={sort}
        columns={columns}
        onSort={(c) => setSort((s) => nextSort(s, c))}
      />
    </>
  );
}
