/**
 * Which rows of a long table to render: only those in (or just around) the viewport. Rows have a
 * fixed height, so the window is arithmetic; the rest of the height is two spacers.
 */
export interface WindowInput {
  total: number;
  rowHeight: number;
  scrollTop: number;
  viewportHeight: number;
  /** Rows rendered beyond each edge of the viewport, so that a fast scroll shows no gap. */
  overscan?: number;
}

export interface RowWindow {
  /** First row index rendered (inclusive). */
  start: number;
  /** Last row index rendered (exclusive). */
  end: number;
  /** Height of the spacers above and below the rendered rows, in pixels. */
  padTop: number;
  padBottom: number;
}

export function rowWindow(input: WindowInput): RowWindow {
  const total = Math.max(0, Math.floor(input.total));
  const rowHeight = input.rowHeight > 0 ? input.rowHeight : 1;
  const overscan = Math.max(0, Math.floor(input.overscan ?? 5));
  const viewport = Math.max(0, input.viewportHeight);
  const maxTop = Math.max(0, total * rowHeight - viewport);
  const scrollTop = Math.min(Math.max(0, input.scrollTop), maxTop);
  const first = Math.floor(scrollTop / rowHeight);
  const visible = Math.ceil((scrollTop + viewport) / rowHeight) - first;
  const start = Math.max(0, first - overscan);
  const end = Math.min(total, first + Math.max(visible, 1) + overscan);
  return {
    start: Math.min(start, end),
    end,
    padTop: Math.min(start, end) * rowHeight,
    padBottom: (total - end) * rowHeight,
  };
}
