import '../lib/i18n/browser-first';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { browserArea } from '../lib/store/browser-area';
import { storeContext } from '../lib/store/context';
import { checkIndex } from '../lib/store/index-check';
import { createStoreServer, listen } from '../lib/store/server';
import { listenForShortlistCommand } from '../lib/background/shortlist-command';
import { applyZodLocale } from '../lib/i18n/zod-locale';

/** The single writer of stored data: every page asks through lib/store/client.ts. */
export default defineBackground(() => {
  // What a refused import or a stored item's problem says, in the browser's language.
  applyZodLocale();
  const ctx = storeContext(browserArea(browser.storage.local));
  const store = createStoreServer(ctx, undefined, checkIndex);
  listen(browser.runtime, store);
  listenForShortlistCommand(browser);
});
