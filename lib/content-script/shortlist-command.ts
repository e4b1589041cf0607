/**
 * The keyboard shortcut that shortlists the creator on the page: the manifest's `commands` entry,
 * the background forwarding it to the active tab (lib/background/shortlist-command.ts), and the
 * panel listening for it here.
 */
export const SHORTLIST_COMMAND = 'shortlist-creator';
export const SHORTLIST_SUGGESTED_KEY = 'Alt+Shift+S';
export const SHORTLIST_MESSAGE = 'creator-scout/shortlist-command';

export interface ShortlistCommandMessage {
  type: typeof SHORTLIST_MESSAGE;
}

export const isShortlistCommand = (message: unknown): message is ShortlistCommandMessage =>
  typeof message === 'object' &&
  message !== null &&
  (message as { type?: unknown }).type === SHORTLIST_MESSAGE;

interface RuntimeMessages {
  onMessage: {
    addListener(listener: (message: unknown) => void): void;
    removeListener(listener: (message: unknown) => void): void;
  };
}

/** Calls `handler` when the background forwards the shortcut to this tab; returns the unsubscribe. */
export function onShortlistCommand(runtime: RuntimeMessages, handler: () => void): () => void {
  const listener = (message: unknown) => {
    if (!isShortlistCommand(message)) return;
    try {
      handler();
    } catch (error) {
      console.warn('[Creator Scout] shortlist shortcut failed', error);
    }
  };
  runtime.onMessage.addListener(listener);
  return () => runtime.onMessage.removeListener(listener);
}
