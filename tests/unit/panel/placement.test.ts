import { describe, expect, test } from 'vitest';
import {
  clampTop,
  defaultPlacement,
  dropAt,
  EDGE_MARGIN,
  KEY_STEP,
  KEY_STEP_LARGE,
  moveByKey,
  parsePlacement,
  type PanelPlacement,
} from '../../../lib/panel/placement';

const vp = { width: 1280, height: 800 };
const H = 300;
const at = (top: number, side: PanelPlacement['side'] = 'right'): PanelPlacement => ({
  side,
  top,
  collapsed: false,
});

describe('clampTop keeps the whole panel on screen', () => {
  test.each([
    [-50, EDGE_MARGIN],
    [0, EDGE_MARGIN],
    [EDGE_MARGIN, EDGE_MARGIN],
    [200, 200],
    [800 - H - EDGE_MARGIN, 800 - H - EDGE_MARGIN],
    [800 - H - EDGE_MARGIN + 1, 800 - H - EDGE_MARGIN],
    [5000, 800 - H - EDGE_MARGIN],
    [Number.NaN, EDGE_MARGIN],
  ])('top %s → %s', (top, expected) => {
    expect(clampTop(top, H, vp)).toBe(expected);
  });

  test('a panel taller than the viewport sits at the top margin', () => {
    expect(clampTop(300, 2000, vp)).toBe(EDGE_MARGIN);
  });
});

describe('dropping after a drag snaps to the nearer side edge', () => {
  test.each([
    [0, 'left'],
    [639, 'left'],
    [640, 'right'],
    [1279, 'right'],
  ] as const)('pointer x %i → %s', (x, side) => {
    expect(dropAt(at(100), { x, y: 300 }, 20, H, vp)).toEqual({ ...at(280), side });
  });

  test('keeps the folded state', () => {
    expect(dropAt({ ...at(100), collapsed: true }, { x: 5, y: 5 }, 0, H, vp).collapsed).toBe(true);
  });
});

describe('moving with the keyboard', () => {
  test.each([
    ['ArrowUp', false, at(200), at(200 - KEY_STEP)],
    ['ArrowDown', false, at(200), at(200 + KEY_STEP)],
    ['ArrowUp', true, at(200), at(200 - KEY_STEP_LARGE)],
    ['ArrowDown', true, at(200), at(200 + KEY_STEP_LARGE)],
    ['ArrowUp', false, at(EDGE_MARGIN), at(EDGE_MARGIN)],
    ['ArrowDown', true, at(480), at(800 - H - EDGE_MARGIN)],
    ['Home', false, at(400), at(EDGE_MARGIN)],
    ['End', false, at(40), at(800 - H - EDGE_MARGIN)],
    ['ArrowLeft', false, at(200), at(200, 'left')],
    ['ArrowRight', false, at(200, 'left'), at(200, 'right')],
  ] as const)('%s (shift %s)', (key, shift, from, to) => {
    expect(moveByKey(from, key, shift, H, vp)).toEqual(to);
  });

  test.each(['Enter', ' ', 'Tab', 'a'])('%j is not a move', (key) => {
    expect(moveByKey(at(200), key, false, H, vp)).toBeNull();
  });
});

describe('stored placement', () => {
  test.each([
    [undefined, defaultPlacement],
    [null, defaultPlacement],
    ['right', defaultPlacement],
    [{ side: 'top', top: 10, collapsed: false }, defaultPlacement],
    [{ side: 'left', top: -1, collapsed: false }, defaultPlacement],
    [{ side: 'left', top: 10 }, defaultPlacement],
    [
      { side: 'left', top: 10, collapsed: true },
      { side: 'left', top: 10, collapsed: true },
    ],
  ])('%j → %j', (raw, expected) => {
    expect(parsePlacement(raw)).toEqual(expected);
  });
});
