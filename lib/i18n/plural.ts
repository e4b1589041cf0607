import { t, uiLocale, type MessageKey } from './messages';

/**
 * Counted words in the UI language. A counted word is a pair of messages, `xOne` and `xMany`,
 * with the same placeholders: the singular one shows the count too, because the languages do not
 * agree on what is singular (English, Spanish and German say "1 signed" only for 1; French and
 * Brazilian Portuguese say "0 signé", "0 assinado" too).
 */

let cached: { locale: string; rules: Intl.PluralRules } | null = null;

/** Whether the UI language writes a count of `n` with the singular of a pair; an unknown count ("—") is plural. */
export function isSingular(n: number | null): boolean {
  if (n === null) return false;
  const locale = uiLocale();
  if (cached?.locale !== locale) cached = { locale, rules: new Intl.PluralRules(locale) };
  return cached.rules.select(n) === 'one';
}

/** The message of a pair that reads right for a count of `n`; both take the same `args`. */
export const plural = (
  n: number | null,
  one: MessageKey,
  many: MessageKey,
  ...args: (string | number)[]
): string => t(isSingular(n) ? one : many, ...args);

/** A count written the UI language's way ("1,234") as the only argument of a pair: "1 post", "12 posts". */
export function countedText(n: number, one: MessageKey, many: MessageKey): string {
  const shown = Math.round(n);
  return plural(shown, one, many, shown.toLocaleString(uiLocale()));
}
