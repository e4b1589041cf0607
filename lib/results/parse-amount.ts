import { t } from '../i18n/messages';
/** How a sheet writes decimals: "1,234.50" ('.') or "1.234,50" (','). Stored with the mapping. */
export type DecimalSeparator = '.' | ',';

export type ParsedAmount = { ok: true; value: number | null } | { ok: false; message: string };

// Currency signs and ISO codes that shop and analytics exports put around amounts.
const currency = /^(?:[$€£¥₹]|[A-Z]{3})\s*|\s*(?:[$€£¥₹]|[A-Z]{3})$/g;
// Space-like thousands separators: space, no-break, narrow no-break, thin, apostrophe (Swiss).
const spaces = /[ \u00a0\u202f\u2009']/g;

/**
 * Reads a non-negative count or amount from a CSV cell. Empty is null (not entered); anything it
 * cannot read exactly (words, percentages, negatives, "1,5" when the decimal is '.') is an error
 * with a message, never a guess.
 */
export function parseAmount(cell: string, decimal: DecimalSeparator = '.'): ParsedAmount {
  const raw = cell.trim();
  if (raw === '') return { ok: true, value: null };
  if (/^-|^\(.*\)$/.test(raw.replace(currency, ''))) {
    return { ok: false, message: t('paNegative', raw) };
  }
  if (raw.includes('%')) return { ok: false, message: t('paPercent', raw) };
  const text = raw.replace(currency, '').trim();
  const thousands = decimal === '.' ? ',' : '.';
  const plain = decimal === '.' ? /^\d+(?:\.\d+)?(?:e[+-]?\d+)?$/i : /^\d+(?:,\d+)?$/;
  const sep = escape(thousands);
  const grouped = new RegExp(`^\\d{1,3}(?:${sep}\\d{3})+(?:${escape(decimal)}\\d+)?$`);
  const spaced = new RegExp(
    `^\\d{1,3}(?:[ \\u00a0\\u202f\\u2009']\\d{3})+(?:${escape(decimal)}\\d+)?$`,
  );
  let digits: string;
  if (plain.test(text)) digits = text;
  else if (grouped.test(text)) digits = text.split(thousands).join('');
  else if (spaced.test(text)) digits = text.replace(spaces, '');
  else return { ok: false, message: t('paNotNumber', raw) };
  const value = Number(decimal === ',' ? digits.replace(',', '.') : digits);
  if (!Number.isFinite(value)) return { ok: false, message: t('paNotNumber', raw) };
  // Beyond 2^53 - 1 a number no longer holds every whole value: sums and ratios would be off.
  if (value > Number.MAX_SAFE_INTEGER) {
    return { ok: false, message: t('paTooLarge', raw) };
  }
  return { ok: true, value };
}

function escape(char: string): string {
  return char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
