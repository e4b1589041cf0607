/**
 * Lists of flat records (snapshots, kept posts) as browser storage keeps them: one column per
 * field instead of one object per row, so the field names are written once, a field that is empty
 * in every row is not written at all, a value shared by every row is written once, integers and
 * times and fractions as differences from the row before, and a string column once its common
 * start. `unpackTable(packTable(rows))` gives the rows back, with two roundings no screen or rule
 * can see: ISO times to the minute, fractions (rates and ratios, 0..1) to 0.0001 (0.01%), and
 * other non-integers to 6 significant digits.
 */

type Cell = string | number | boolean | null;

/** One column: exactly one of the value forms, plus the rows where the field was absent. */
interface PackedColumn {
  /** Every row has this value. */
  c?: Cell;
  /** Integers as differences from the previous non-null value (null where null). */
  d?: (number | null)[];
  /** ISO times as minutes after the previous non-null time (the first since the epoch). */
  t?: (number | null)[];
  /** Fractions 0..1 in units of 0.0001, as differences like `d`. */
  f?: (number | null)[];
  /** Strings after their common start `p`. */
  p?: string;
  s?: (string | null)[];
  /** Booleans as one string: "1" true, "0" false, "-" null. */
  b?: string;
  /** With `s`: the column named here, whose value in the same row stood where "\u0001" stands. */
  r?: string;
  /** Anything else, as is. */
  v?: Cell[];
  /** Rows in which the field was absent (not null): left out again on unpacking. */
  u?: number[];
}

export interface PackedTable {
  /** Marks the packed form: a stored list is either an array (rows as is) or this. */
  packed: 1;
  n: number;
  cols: Record<string, PackedColumn>;
}

/** Only times written the way `toISOString` writes them, so that unpacking gives the same text. */
const isIsoTime = (v: string): boolean => {
  const ms = Date.parse(v);
  return !Number.isNaN(ms) && new Date(ms).toISOString() === v;
};

const FRACTION = 10_000;
const MINUTE = 60_000;

const round6 = (n: number): number => (Number.isInteger(n) ? n : Number(n.toPrecision(6)));

const isCell = (v: unknown): v is Cell =>
  v === null || ['string', 'number', 'boolean'].includes(typeof v);

/** Rows whose values are all strings, numbers, booleans or null pack; anything else stays as is. */
export function packTable(rows: readonly Record<string, unknown>[]): PackedTable | unknown[] {
  if (rows.length === 0) return [];
  const keys = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const cols: Record<string, PackedColumn> = {};
  for (const key of keys) {
    const absent: number[] = [];
    const values: Cell[] = [];
    for (const [i, row] of rows.entries()) {
      const value = row[key];
      if (value === undefined) absent.push(i);
      else if (!isCell(value) || (typeof value === 'number' && !Number.isFinite(value)))
        return [...rows];
      values.push(value === undefined ? null : typeof value === 'number' ? round6(value) : value);
    }
    if (absent.length === rows.length) continue;
    cols[key] = {
      ...(withReference(key, values, rows) ?? packValues(values)),
      ...(absent.length ? { u: absent } : {}),
    };
  }
  return { packed: 1, n: rows.length, cols };
}

const MARK = '\u0001';

/**
 * A string column that repeats another column's value in every row (a post's link holds its id)
 * keeps only the rest of each string, with MARK where the other value stood.
 */
function withReference(
  key: string,
  values: Cell[],
  rows: readonly Record<string, unknown>[],
): PackedColumn | null {
  if (
    !values.some((v) => typeof v === 'string') ||
    !values.every((v) => v === null || typeof v === 'string')
  )
    return null;
  for (const ref of Object.keys(rows[0] ?? {})) {
    if (ref === key) continue;
    const fits = values.every((v, i) => {
      const r = rows[i]![ref];
      return (
        v === null ||
        (typeof r === 'string' &&
          r.length > 2 &&
          !(v as string).includes(MARK) &&
          (v as string).includes(r))
      );
    });
    if (!fits) continue;
    const rest = values.map((v, i) =>
      v === null ? null : (v as string).replace(rows[i]![ref] as string, MARK),
    );
    return { ...packValues(rest), r: ref };
  }
  return null;
}

function packValues(values: Cell[]): PackedColumn {
  const first = values[0];
  if (values.every((v) => v === first)) return { c: first ?? null };
  const present = values.filter((v) => v !== null);
  if (present.every((v) => typeof v === 'boolean'))
    return { b: values.map((v) => (v === null ? '-' : v ? '1' : '0')).join('') };
  if (present.every((v) => typeof v === 'number' && Number.isInteger(v)))
    return { d: differences(values as (number | null)[]) };
  if (present.every((v) => typeof v === 'number' && v >= 0 && v <= 1))
    return {
      f: differences(values.map((v) => (v === null ? null : Math.round((v as number) * FRACTION)))),
    };
  if (present.every((v) => typeof v === 'string' && isIsoTime(v)))
    return {
      t: differences(
        values.map((v) => (v === null ? null : Math.floor(Date.parse(v as string) / MINUTE))),
      ),
    };
  if (present.every((v) => typeof v === 'string')) {
    const strings = values as (string | null)[];
    const p = commonStart(present as string[]);
    return p.length > 3 ? { p, s: strings.map((v) => v?.slice(p.length) ?? null) } : { s: strings };
  }
  return { v: values };
}

function differences(values: (number | null)[]): (number | null)[] {
  let last = 0;
  return values.map((v) => {
    if (v === null) return null;
    const d = v - last;
    last = v;
    return d;
  });
}

function commonStart(strings: string[]): string {
  let prefix = strings[0] ?? '';
  for (const s of strings) while (!s.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}

export const isPackedTable = (value: unknown): value is PackedTable =>
  typeof value === 'object' &&
  value !== null &&
  (value as { packed?: unknown }).packed === 1 &&
  typeof (value as { n?: unknown }).n === 'number' &&
  typeof (value as { cols?: unknown }).cols === 'object';

/**
 * The rows back. A damaged packed table gives what it can: a column that does not fit is left
 * out, so validation names the missing field instead of the whole record being lost.
 */
export function unpackTable(table: PackedTable): Record<string, unknown>[] {
  const n = Math.max(0, Math.min(Math.floor(table.n), 10_000));
  const rows: Record<string, unknown>[] = Array.from({ length: n }, () => ({}));
  const entries = Object.entries(table.cols ?? {});
  // Columns that refer to another are filled after it.
  entries.sort(
    ([, a], [, b]) => Number(typeof a?.r === 'string') - Number(typeof b?.r === 'string'),
  );
  for (const [key, col] of entries) {
    let values = unpackColumn(col, n);
    if (!values) continue;
    if (typeof col.r === 'string') {
      const ref = col.r;
      values = values.map((v, i) =>
        typeof v === 'string' && typeof rows[i]![ref] === 'string'
          ? v.replace(MARK, rows[i]![ref] as string)
          : v,
      );
    }
    const absent = new Set(Array.isArray(col.u) ? col.u : []);
    values.forEach((value, i) => {
      if (!absent.has(i)) rows[i]![key] = value;
    });
  }
  return rows;
}

function unpackColumn(col: PackedColumn, n: number): unknown[] | null {
  if (typeof col !== 'object' || col === null) return null;
  if ('c' in col) return Array.from({ length: n }, () => col.c);
  if (typeof col.b === 'string')
    return col.b.length === n ? [...col.b].map((c) => (c === '-' ? null : c === '1')) : null;
  const list = col.d ?? col.t ?? col.f ?? col.s ?? col.v;
  if (!Array.isArray(list) || list.length !== n) return null;
  if (col.d) return sums(col.d);
  if (col.t)
    return sums(col.t).map((s) => (s === null ? null : new Date(s * MINUTE).toISOString()));
  if (col.f) return sums(col.f).map((u) => (u === null ? null : u / FRACTION));
  if (col.s) {
    const p = typeof col.p === 'string' ? col.p : '';
    return col.s.map((s) => (s === null ? null : p + s));
  }
  return list;
}

function sums(diffs: (number | null)[]): (number | null)[] {
  let last = 0;
  return diffs.map((d) => {
    if (typeof d !== 'number') return null;
    last += d;
    return last;
  });
}
