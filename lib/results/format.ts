import { uiLocale } from '../i18n/messages';
/** What the UI and CLI show for a ratio that is undefined (null): never "Infinity" or "NaN". */
export const NOT_APPLICABLE = '—';

function finite(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

const fixed = (digits: number, style?: 'percent'): Intl.NumberFormat =>
  new Intl.NumberFormat(uiLocale(), {
    style,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });

/** 0.0345 -> "3.45%" in English, "3,45 %" in French. */
export function formatPercent(value: number | null | undefined, digits = 2): string {
  return finite(value) ? fixed(digits, 'percent').format(value) : NOT_APPLICABLE;
}

/** 3.2 -> "3.20×" in English, "3,20×" in German. */
export function formatMultiple(value: number | null | undefined, digits = 2): string {
  return finite(value) ? `${fixed(digits).format(value)}×` : NOT_APPLICABLE;
}

/** 1234.5 -> "1,234.50" (currency code shown by the caller, which knows it). */
export function formatMoney(value: number | null | undefined): string {
  return finite(value)
    ? value.toLocaleString(uiLocale(), { minimumFractionDigits: 2, maximumFractionDigits: 2 })
    : NOT_APPLICABLE;
}

/** 12345 -> "12,345"; fractional counts (GA4 attributes part-conversions) keep two decimals. */
export function formatCount(value: number | null | undefined): string {
  return finite(value)
    ? value.toLocaleString(uiLocale(), { maximumFractionDigits: 2 })
    : NOT_APPLICABLE;
}
