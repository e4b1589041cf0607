import en from '../../public/_locales/en/messages.json';

/**
 * The extension's own words, from `public/_locales/<lang>/messages.json` (browser.i18n's format).
 * In the extension they come from browser.i18n in the browser's language (lib/i18n/browser-source.ts);
 * in the CLI and in unit tests from the English file, through the same substitution rules.
 */

export type MessageKey = keyof typeof en;

export interface LocaleMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

export const ENGLISH: Readonly<Record<MessageKey, LocaleMessage>> = en;

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

const englishSource: MessageSource = {
  message: (key, args) => substitute(ENGLISH[key], args),
  locale: 'en-US',
};
let source = englishSource;

/** Set once by each entrypoint (the browser's messages); tests may reset it with null. */
export function setMessageSource(next: MessageSource | null): void {
  source = next ?? englishSource;
}

/** The message for `key` in the UI language, English when that language lacks it. */
export function t(key: MessageKey, ...args: (string | number)[]): string {
  const strings = args.map(String);
  return source.message(key, strings) || englishSource.message(key, strings);
}

/** The locale numbers and dates are written in. */
export const uiLocale = (): string => source.locale;
