import { t } from '../../lib/i18n/messages';
import {
  useEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
  type ReactNode,
} from 'react';
import {
  clampTop,
  dropAt,
  moveByKey,
  type PanelPlacement,
  type Viewport,
} from '../../lib/panel/placement';
import type { Scheme } from '../../lib/panel/scheme';

export interface PanelFrameProps {
  scheme: Scheme;
  placement: PanelPlacement;
  onPlacement: (placement: PanelPlacement) => void;
  /** Short text in the header (and on the folded tab). */
  title: string;
  verdict: string;
  children: ReactNode;
}

interface Drag {
  pointerId: number;
  grabX: number;
  grabY: number;
  x: number;
  y: number;
}

const viewport = (): Viewport => ({ width: window.innerWidth, height: window.innerHeight });

/**
 * The floating frame: fixed against a side edge, moved by dragging its header or with the arrow
 * keys on its move button, folded to a small tab with the collapse button.
 */
export function PanelFrame({
  scheme,
  placement,
  onPlacement,
  title,
  verdict,
  children,
}: PanelFrameProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [drag, setDrag] = useState<Drag | null>(null);
  const [size, setSize] = useState<Viewport>(viewport);
  const [height, setHeight] = useState(0);

  useEffect(() => {
    const onResize = () => setSize(viewport());
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setHeight(el.getBoundingClientRect().height));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const collapsed = placement.collapsed;
  const top = clampTop(placement.top, height, size);

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0 || (e.target as Element).closest('button, a')) return;
    const rect = ref.current?.getBoundingClientRect();
    if (!rect) return;
    try {
      e.currentTarget.setPointerCapture(e.pointerId);
    } catch {
      // A pointer that is already gone: the drag still works while it stays over the header.
    }
    setDrag({
      pointerId: e.pointerId,
      grabX: e.clientX - rect.left,
      grabY: e.clientY - rect.top,
      x: rect.left,
      y: rect.top,
    });
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (!drag || e.pointerId !== drag.pointerId) return;
    setDrag({ ...drag, x: e.clientX - drag.grabX, y: e.clientY - drag.grabY });
  };
  const onPointerUp = (e: PointerEvent<HTMLDivElement>) => {
    if (!drag || e.pointerId !== drag.pointerId) return;
    setDrag(null);
    onPlacement(dropAt(placement, { x: e.clientX, y: e.clientY }, drag.grabY, height, size));
  };
  const onMoveKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    const next = moveByKey(placement, e.key, e.shiftKey, height, size);
    if (!next) return;
    e.preventDefault();
    onPlacement(next);
  };

  const style = drag ? { top: drag.y, left: drag.x, right: 'auto' } : { top };
  return (
    <div
      ref={ref}
      className={`scout${collapsed ? ' collapsed' : ''}${drag ? ' dragging' : ''}`}
      data-scheme={scheme}
      data-side={placement.side}
      data-collapsed={collapsed ? 'true' : 'false'}
      style={style}
      role="complementary"
      aria-label={t('extName')}
    >
      <div
        className="head"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={() => setDrag(null)}
      >
        <button
          type="button"
          className="icon"
          data-testid="scout-move"
          aria-label={t('movePanel')}
          title={t('movePanelTitle')}
          onKeyDown={onMoveKey}
        >
          ⠿
        </button>
        <span className="title">
          <bdi>{title}</bdi>
          {collapsed && verdict ? ` · ${verdict}` : ''}
        </span>
        <button
          type="button"
          className="icon"
          data-testid="scout-toggle"
          aria-expanded={!collapsed}
          aria-controls="scout-body"
          aria-label={collapsed ? t('expandPanel') : t('foldPanel')}
          onClick={() => onPlacement({ ...placement, collapsed: !collapsed })}
        >
          {collapsed ? '◂' : '▸'}
        </button>
      </div>
      <div className="body" id="scout-body" hidden={collapsed}>
        {children}
      </div>
    </div>
  );
}
