/**
 * The extension's own words, from `public/_locales/<lang>/messages.json` (browser.i18n's format).
 * In the extension they come from browser.i18n in the browser's language (lib/i18n/browser-source.ts),
 * which falls back to English itself; the English file is not bundled into the extension's scripts.
 * The CLI, scripts and unit tests import lib/i18n/english.ts, which reads that file and is the
 * fallback here, through the same substitution rules.
 */

export type MessageKey = keyof typeof import('../../public/_locales/en/messages.json');

export interface LocaleMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

/** browser.i18n's substitution: each `$name$` takes its placeholder's content, then `$1`…`$9` the arguments. */
export function substitute(m: LocaleMessage, args: readonly string[]): string {
  const named = m.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const entry = Object.entries(m.placeholders ?? {}).find(
      ([key]) => key.toLowerCase() === name.toLowerCase(),
    );
    return entry ? entry[1].content : whole;
  });
  return named
    .split('$$')
    .map((part) => part.replace(/\$(\d)/g, (_, n: string) => args[Number(n) - 1] ?? ''))
    .join('$');
}

export interface MessageSource {
  /** The message in the UI language, or '' when it has none. */
  message: (key: MessageKey, args: string[]) => string;
  /** BCP 47 tag that numbers and dates follow. */
  locale: string;
}

/** Nothing until a source is set: the browser's messages, or English (lib/i18n/english.ts). */
let fallback: MessageSource = { message: () => '', locale: 'en-US' };
let source = fallback;

/** Where messages come from when no other source has them: English, outside the extension. */
export function setFallbackSource(next: MessageSource): void {
  if (source === fallback) source = next;
  fallback = next;
}

/** Set once by each entrypoint (the browser's messages); tests may reset it with null. */
export function setMessageSource(next: MessageSource | null): void {
  source = next ?? fallback;
}

/** The message for `key` in the UI language, English when that language lacks it. */
export function t(key: MessageKey, ...args: (string | number)[]): string {
  const strings = args.map(String);
  return source.message(key, strings) || fallback.message(key, strings) || key;
}

/** Whether this version has a message `key` (a stored sentence may name one from a newer version). */
export const hasMessage = (key: string): key is MessageKey => t(key as MessageKey) !== key;

/** The locale numbers and dates are written in. */
export const uiLocale = (): string => source.locale;
