// The schema lives in lib/model: the placement is kept in the user's settings by the background.
export { defaultPlacement, PanelPlacement } from '../model/panel-placement';
import { defaultPlacement, PanelPlacement } from '../model/panel-placement';

export interface Viewport {
  width: number;
  height: number;
}

/** Gap kept between the panel and the viewport's edges. */
export const EDGE_MARGIN = 12;
export const KEY_STEP = 16;
export const KEY_STEP_LARGE = 96;

/** A stored placement, or the default when it is missing or not a placement. */
export function parsePlacement(raw: unknown): PanelPlacement {
  const parsed = PanelPlacement.safeParse(raw);
  return parsed.success ? parsed.data : defaultPlacement;
}

/** Keeps the whole panel (of `height` px) inside the viewport. */
export function clampTop(top: number, height: number, viewport: Viewport): number {
  const max = Math.max(EDGE_MARGIN, viewport.height - height - EDGE_MARGIN);
  if (!Number.isFinite(top)) return EDGE_MARGIN;
  return Math.round(Math.min(Math.max(top, EDGE_MARGIN), max));
}

/** Where a drag ends: the nearer side edge, and the top that keeps the grab point under the pointer. */
export function dropAt(
  placement: PanelPlacement,
  pointer: { x: number; y: number },
  grabOffsetY: number,
  height: number,
  viewport: Viewport,
): PanelPlacement {
  return {
    ...placement,
    side: pointer.x < viewport.width / 2 ? 'left' : 'right',
    top: clampTop(pointer.y - grabOffsetY, height, viewport),
  };
}

/**
 * The keyboard's way to move the panel (on its move handle): arrows up/down by a step (larger with
 * Shift), left/right to the other edge, Home/End to the top/bottom. Null for any other key.
 */
export function moveByKey(
  placement: PanelPlacement,
  key: string,
  large: boolean,
  height: number,
  viewport: Viewport,
): PanelPlacement | null {
  const step = large ? KEY_STEP_LARGE : KEY_STEP;
  const top = clampTop(placement.top, height, viewport);
  switch (key) {
    case 'ArrowUp':
      return { ...placement, top: clampTop(top - step, height, viewport) };
    case 'ArrowDown':
      return { ...placement, top: clampTop(top + step, height, viewport) };
    case 'Home':
      return { ...placement, top: EDGE_MARGIN };
    case 'End':
      return { ...placement, top: clampTop(Number.MAX_SAFE_INTEGER, height, viewport) };
    case 'ArrowLeft':
      return { ...placement, side: 'left' };
    case 'ArrowRight':
      return { ...placement, side: 'right' };
    default:
      return null;
  }
}
