import en from '../../public/_locales/en/messages.json';
import { setFallbackSource, substitute, type LocaleMessage, type MessageKey } from './messages';

/**
 * The English messages for the CLI, scripts and unit tests, which have no browser.i18n: importing
 * this module makes them the fallback of t(). Extension code never imports it, so the English file
 * is not bundled into every script (the browser holds it and falls back to it by itself).
 */
export const ENGLISH: Readonly<Record<MessageKey, LocaleMessage>> = en;

export const englishSource = {
  message: (key: MessageKey, args: string[]) =>
    Object.hasOwn(ENGLISH, key) ? substitute(ENGLISH[key], args) : '',
  locale: 'en-US',
};

setFallbackSource(englishSource);
