import { parsePlacement, type PanelPlacement } from '../../lib/panel/placement';
import { sendToStore } from './store-link';

/**
 * Where the user left the panel (side, height, folded), the same in every tab: kept in the user's
 * settings by the background, the single writer of stored data.
 */
export async function loadPlacement(): Promise<PanelPlacement> {
  const answer = await sendToStore({ type: 'settings/get' });
  return parsePlacement(answer.ok ? answer.data.settings.panelPlacement : undefined);
}

export async function savePlacement(placement: PanelPlacement): Promise<void> {
  const answer = await sendToStore({ type: 'settings/set', patch: { panelPlacement: placement } });
  if (!answer.ok)
    console.warn('[Creator Scout] could not remember the panel position', answer.error.message);
}
