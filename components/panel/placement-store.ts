import { browser } from 'wxt/browser';
import { parsePlacement, type PanelPlacement } from '../../lib/panel/placement';

/**
 * Where the user left the panel (side, height, folded), shared by all tabs. A UI preference, not
 * creator data: kept under its own key in storage.local, apart from the store's records.
 */
export const PLACEMENT_KEY = 'ui:panel-placement';

export async function loadPlacement(): Promise<PanelPlacement> {
  try {
    const stored = await browser.storage.local.get(PLACEMENT_KEY);
    return parsePlacement(stored[PLACEMENT_KEY]);
  } catch {
    return parsePlacement(undefined);
  }
}

export async function savePlacement(placement: PanelPlacement): Promise<void> {
  try {
    await browser.storage.local.set({ [PLACEMENT_KEY]: placement });
  } catch (error) {
    console.warn('[Creator Scout] could not remember the panel position', error);
  }
}
