import {
  SHORTLIST_COMMAND,
  SHORTLIST_MESSAGE,
  type ShortlistCommandMessage,
} from '../content-script/shortlist-command';

interface CommandApis {
  commands: {
    onCommand: { addListener(listener: (command: string, tab?: { id?: number }) => void): void };
  };
  tabs: {
    query(query: { active: true; currentWindow: true }): Promise<Array<{ id?: number }>>;
    sendMessage(tabId: number, message: ShortlistCommandMessage): Promise<unknown>;
  };
}

/**
 * Forwards the shortlist shortcut (manifest `commands`) to the page's panel in the active tab,
 * which shortlists through the store like its button. A tab without the panel simply ignores it.
 */
export function listenForShortlistCommand(apis: CommandApis): void {
  apis.commands.onCommand.addListener((command, tab) => {
    if (command !== SHORTLIST_COMMAND) return;
    void forward(apis, tab?.id);
  });
}

async function forward(apis: CommandApis, tabId: number | undefined): Promise<void> {
  try {
    const id = tabId ?? (await apis.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (id === undefined) return;
    await apis.tabs.sendMessage(id, { type: SHORTLIST_MESSAGE });
  } catch {
    // No content script in that tab (not a creator page): nothing to shortlist.
  }
}
