import { useState, type UIEvent } from 'react';
import { SortIcon } from '../common/icons';
import { COLUMNS, type ColumnDef, type ColumnId } from '../../lib/dashboard/columns';
import type { CreatorRow } from '../../lib/dashboard/rows';
import { ariaSort, type SortState } from '../../lib/dashboard/sort';
import { rowWindow } from '../../lib/dashboard/virtual-window';
import { platformName } from '../../lib/model/platforms';
import { displayText, httpUrl } from '../../lib/panel/text';
import { CopyButton } from './CopyButton';
import { t } from '../../lib/i18n/messages';
import { countedText } from '../../lib/i18n/plural';

export const ROW_HEIGHT = 40;
const VIEWPORT = 560;

export interface CreatorTableProps {
  /** Already sorted and filtered. */
  rows: readonly CreatorRow[];
  sort: SortState;
  onSort: (column: ColumnId) => void;
  /** The columns shown, in table order (the handle first); all of them when not given. */
  columns?: readonly ColumnDef[];
  /** Height of the scrolling area; the rows rendered are those it can show (plus a few). */
  viewportHeight?: number;
}

/** Hash route of a creator's page. */
export const creatorHref = (row: Pick<CreatorRow, 'platform' | 'handle'>) =>
  `#/creator/${row.platform}/${encodeURIComponent(row.handle)}`;

function Cell({ column, row }: { column: ColumnDef; row: CreatorRow }) {
  switch (column.id) {
    case 'handle':
      return (
        <th scope="row" className="first">
          <a href={creatorHref(row)}>@{row.handle}</a>
          {/* Under the handle: the platform and display name, cut to the column, whole in the tooltip. */}
          <span
            className="sub name"
            title={[platformName(row.platform), displayText(row.displayName, 200)]
              .filter(Boolean)
              .join(' · ')}
          >
            {' '}
            {platformName(row.platform)}
            {row.displayName ? (
              <>
                {' · '}
                <bdi>{displayText(row.displayName, 60)}</bdi>
              </>
            ) : null}
          </span>
        </th>
      );
    case 'code':
      return (
        <td>
          {row.code ? (
            <span className="copy-cell">
              <code>{row.code}</code>
              <CopyButton text={row.code} label={t('copyCodeOf', row.handle)} />
            </span>
          ) : (
            column.text(row)
          )}
        </td>
      );
    case 'link': {
      const url = httpUrl(row.link);
      return (
        <td>
          {url ? (
            <span className="copy-cell link-cell">
              {/* Long links end in "…" here; the whole link is in the tooltip and the copy. */}
              <a
                className="ellipsis"
                href={url}
                title={url}
                target="_blank"
                rel="noopener noreferrer"
              >
                {displayText(url, 2000)}
              </a>
              <CopyButton text={url} label={t('copyLinkOf', row.handle)} />
            </span>
          ) : (
            column.text(row)
          )}
        </td>
      );
    }
    case 'notes':
    case 'tags':
      return (
        <td className="clip" title={displayText(column.text(row), 500)}>
          <bdi>{displayText(column.text(row), 80)}</bdi>
        </td>
      );
    default:
      return <td className={column.numeric ? 'num' : undefined}>{column.text(row)}</td>;
  }
}

/**
 * Every creator, one row each, sortable by any column. Only the rows in view are rendered (fixed
 * row height, two spacer rows), so 10,000 creators cost what 30 do.
 */
export function CreatorTable({
  rows,
  sort,
  onSort,
  columns = COLUMNS,
  viewportHeight = VIEWPORT,
}: CreatorTableProps) {
  const [scrollTop, setScrollTop] = useState(0);
  const win = rowWindow({ total: rows.length, rowHeight: ROW_HEIGHT, scrollTop, viewportHeight });
  const onScroll = (event: UIEvent<HTMLDivElement>) => setScrollTop(event.currentTarget.scrollTop);
  const visible = rows.slice(win.start, win.end);
  return (
    <div
      className="table-scroll"
      style={{ maxHeight: viewportHeight }}
      onScroll={onScroll}
      tabIndex={0}
      role="region"
      aria-label={countedText(rows.length, 'creatorsTableLabelOne', 'creatorsTableLabelMany')}
    >
      <table
        className="creators"
        aria-rowcount={rows.length + 1}
        data-testid="scout-creators-table"
      >
        <thead>
          <tr aria-rowindex={1}>
            {columns.map((column, i) => (
              <th
                key={column.id}
                scope="col"
                aria-sort={ariaSort(sort, column.id)}
                className={[column.numeric ? 'num' : '', i === 0 ? 'first' : ''].join(' ').trim()}
              >
                <button
                  type="button"
                  className="sort"
                  title={column.description}
                  data-testid={`scout-sort-${column.id}`}
                  onClick={() => onSort(column.id)}
                >
                  {column.label}
                  <SortIcon direction={sort.column === column.id ? sort.direction : null} />
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {win.padTop > 0 ? (
            <tr aria-hidden="true" style={{ height: win.padTop }} className="spacer" />
          ) : null}
          {visible.map((row, i) => (
            <tr
              key={row.id}
              style={{ height: ROW_HEIGHT }}
              aria-rowindex={win.start + i + 2}
              data-testid="scout-shortlist-item"
              data-handle={row.handle}
              data-platform={row.platform}
            >
              {columns.map((column) => (
                <Cell key={column.id} column={column} row={row} />
              ))}
            </tr>
          ))}
          {win.padBottom > 0 ? (
            <tr aria-hidden="true" style={{ height: win.padBottom }} className="spacer" />
          ) : null}
        </tbody>
      </table>
      {rows.length === 0 ? <p className="empty">{t('noCreatorsHere')}</p> : null}
    </div>
  );
}
