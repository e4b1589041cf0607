import type { Said, SaidArg } from '../model/said';
import { commentReasonText } from '../panel/comment-reasons';
import { hasMessage, t, uiLocale, type MessageKey } from './messages';
import { isSingular } from './plural';
import { storedSaid } from './stored-said';

/** A percentage with the digits the rules use: 2 under 1%, else 1; "0%" for zero. */
function percentText(fraction: number, locale: string): string {
  const p = fraction * 100;
  const digits = p === 0 ? 0 : p < 1 ? 2 : 1;
  // Rounded as the rules round (toFixed), so 5.35% reads 5.3% here as in the English text.
  return new Intl.NumberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(Number(p.toFixed(digits)) / 100);
}

/** "es" named in the UI language; a code Intl does not name stays as it is. */
function languageIn(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function argText(arg: SaidArg, locale: string): string {
  if (typeof arg === 'string') return arg;
  if ('count' in arg) return Math.round(arg.count).toLocaleString(locale);
  if ('percent' in arg) return percentText(arg.percent, locale);
  if ('said' in arg) return saidText(arg.said, arg.said.key);
  if ('language' in arg) return languageIn(arg.language, locale);
  if ('reason' in arg) return commentReasonText(arg.reason);
  if ('each' in arg) return arg.each.map((a) => argText(a, locale)).join(arg.sep);
  return hasMessage(arg.word) ? t(arg.word) : arg.word;
}

/**
 * Of a counted pair (xOne and xMany, or xOne and x for a sentence stored under its older key), the
 * message that reads right for the sentence's first count in the UI language: the rules know no
 * UI language and say "1" with the singular, but French also says 0 in the singular.
 */
function countedKey(key: MessageKey, args: readonly SaidArg[]): MessageKey {
  const base = key.replace(/(One|Many)$/, '');
  const one = `${base}One`;
  const many = hasMessage(`${base}Many`) ? `${base}Many` : base;
  const count = args.find((a): a is { count: number } => typeof a === 'object' && 'count' in a);
  if (!count || (key !== one && key !== many) || !hasMessage(one) || !hasMessage(many)) return key;
  return isSingular(Math.round(count.count)) ? one : many;
}

/**
 * A rules sentence in the UI language; `english` (the text the rules wrote) when there is no
 * message for it, as in readings stored before messages existed or by a newer version.
 */
export function saidText(stored: Said | undefined, english: string): string {
  const said = stored && storedSaid(stored);
  const key = said?.key;
  if (!said || !key || !hasMessage(key)) return english;
  const locale = uiLocale();
  return t(countedKey(key, said.args), ...said.args.map((a) => argText(a, locale)));
}
