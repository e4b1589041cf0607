import { useEffect, useLayoutEffect, useRef } from 'react';
import type { View } from '../../lib/dashboard/route';
import { VIEWS } from '../../lib/dashboard/route';
import { t } from '../../lib/i18n/messages';
import { Icon, VIEW_ICONS } from '../common/icons';

/** Scrolls the row sideways, never the page, so that `item` sits in its middle. */
function centre(row: HTMLElement, item: HTMLElement) {
  if (row.scrollWidth <= row.clientWidth) return;
  const rowBox = row.getBoundingClientRect();
  const itemBox = item.getBoundingClientRect();
  row.scrollLeft += itemBox.left - rowBox.left - (rowBox.width - itemBox.width) / 2;
}

/** Which ends of the row have more past them ("start", "end", "both" or ""), for the fades. */
function markEnds(row: HTMLElement) {
  const start = row.scrollLeft > 1;
  const end = row.scrollLeft + row.clientWidth < row.scrollWidth - 1;
  row.dataset.more = start && end ? 'both' : start ? 'start' : end ? 'end' : '';
}

/**
 * The dashboard's menu: one row at every width. Where the pages do not fit (a phone, a narrow
 * window) the row scrolls sideways: the current page is scrolled into its middle, a link reached
 * by the keyboard too, the ends with more past them fade, and a mouse wheel scrolls it.
 */
export function DashboardMenu({ current, problems }: { current: View; problems: number }) {
  const row = useRef<HTMLUListElement>(null);
  // The current page in view when it changes and whenever the row's width does.
  useLayoutEffect(() => {
    const el = row.current;
    if (!el) return;
    const show = () => {
      const item = el.querySelector<HTMLElement>('[aria-current="page"]');
      if (item) centre(el, item);
      markEnds(el);
    };
    show();
    const resized = new ResizeObserver(show);
    resized.observe(el);
    return () => resized.disconnect();
  }, [current, problems]);
  useEffect(() => {
    const el = row.current;
    if (!el) return;
    const onScroll = () => markEnds(el);
    // Only a link reached by the keyboard: one pressed with a mouse or a finger must stay under it
    // until it is let go, or the click lands on its neighbour.
    const onFocus = (e: FocusEvent) => {
      if (e.target instanceof HTMLElement && e.target.matches(':focus-visible'))
        centre(el, e.target);
    };
    // A wheel turned over the row scrolls it sideways while it can; then the page scrolls.
    const onWheel = (e: WheelEvent) => {
      if (e.deltaX !== 0 || e.deltaY === 0) return;
      const room = e.deltaY > 0 ? el.scrollWidth - el.clientWidth - el.scrollLeft : el.scrollLeft;
      if (room < 1) return;
      e.preventDefault();
      // Firefox counts some wheels in lines.
      el.scrollLeft += e.deltaMode === WheelEvent.DOM_DELTA_LINE ? e.deltaY * 16 : e.deltaY;
    };
    el.addEventListener('scroll', onScroll, { passive: true });
    el.addEventListener('focusin', onFocus);
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => {
      el.removeEventListener('scroll', onScroll);
      el.removeEventListener('focusin', onFocus);
      el.removeEventListener('wheel', onWheel);
    };
  }, []);
  return (
    <nav aria-label={t('navLabel')}>
      <ul ref={row}>
        {VIEWS.map((v) => (
          <li key={v.view}>
            <a
              href={`#/${v.view}`}
              aria-current={current === v.view ? 'page' : undefined}
              data-testid={`scout-nav-${v.view}`}
            >
              <Icon of={VIEW_ICONS[v.view]} />
              {v.view === 'problems' && problems
                ? t('countInBrackets', v.label(), problems)
                : v.label()}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
