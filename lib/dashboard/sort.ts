import { columnById, type ColumnId, type SortValue } from './columns';
import type { CreatorRow } from './rows';

export type SortDirection = 'asc' | 'desc';

export interface SortState {
  column: ColumnId;
  direction: SortDirection;
}

export const DEFAULT_SORT: SortState = { column: 'lastVisit', direction: 'desc' };

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Numbers before text, then by value; null is handled by the caller (always last). */
function compareValues(a: Exclude<SortValue, null>, b: Exclude<SortValue, null>): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'number') return -1;
  if (typeof b === 'number') return 1;
  return collator.compare(a, b);
}

/**
 * Rows sorted by one column. Unknown values (null) go last in both directions; ties keep a total
 * order by creator id, so the result does not depend on the input order.
 */
export function sortRows(rows: readonly CreatorRow[], sort: SortState): CreatorRow[] {
  const column = columnById(sort.column);
  const sign = sort.direction === 'asc' ? 1 : -1;
  const keyed = rows.map((row) => ({
    row,
    value: column.sortValue(row),
    group: column.sortGroup?.(row) ?? 0,
  }));
  keyed.sort((x, y) => {
    if (x.group !== y.group && x.value !== null && y.value !== null) return x.group - y.group;
    if (x.value === null || y.value === null) {
      if (x.value === y.value) return x.row.id < y.row.id ? -1 : x.row.id > y.row.id ? 1 : 0;
      return x.value === null ? 1 : -1;
    }
    const c = compareValues(x.value, y.value) * sign;
    if (c !== 0) return c;
    return x.row.id < y.row.id ? -1 : x.row.id > y.row.id ? 1 : 0;
  });
  return keyed.map((k) => k.row);
}

/** Clicking a header: a new column sorts ascending (numbers descending), the same one flips. */
export function nextSort(current: SortState, column: ColumnId): SortState {
  if (current.column === column) {
    return { column, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  }
  return { column, direction: columnById(column).numeric ? 'desc' : 'asc' };
}

export const ariaSort = (sort: SortState, column: ColumnId): 'ascending' | 'descending' | 'none' =>
  sort.column !== column ? 'none' : sort.direction === 'asc' ? 'ascending' : 'descending';
