import { browser } from 'wxt/browser';
import { setMessageSource, type MessageKey } from './messages';

/** Entrypoints call this first: the extension's words and number formats in the browser's language. */
export function loadBrowserMessages(): void {
  try {
    const locale = browser.i18n.getUILanguage() || 'en-US';
    setMessageSource({
      message: (key: MessageKey, args: string[]) => browser.i18n.getMessage(key, args),
      locale,
    });
  } catch {
    // No i18n API (should not happen in an extension page): English stays.
  }
}
