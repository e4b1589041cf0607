import type { Count, CountObservation, Source } from '../model/reading';
import { t, uiLocale, type MessageKey } from '../i18n/messages';
import { plainDetail, plainReason } from './evidence-words';
import { displayText } from './text';
import { countedText } from '../i18n/plural';

/** How the extension writes numbers: plain text, in the browser's locale (lib/i18n), the same way everywhere. */

const formats = new Map<string, Intl.NumberFormat>();
function numberFormat(name: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const locale = uiLocale();
  const key = `${locale}|${name}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, options);
    formats.set(key, f);
  }
  return f;
}
const grouped = () => numberFormat('grouped', { maximumFractionDigits: 0 });
const compact = () => numberFormat('compact', { notation: 'compact', maximumFractionDigits: 1 });
/** "4.2%" in English, "4,2 %" in German: a percentage with `digits` decimals. */
const percentWith = (digits: number) =>
  numberFormat(`percent${digits}`, {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });

export const NO_VALUE = '—';

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(name: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const locale = uiLocale();
  const key = `${locale}|${name}`;
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options);
    dateFormats.set(key, f);
  }
  return f;
}
const toDate = (at: string | number): Date | null => {
  const d = new Date(at);
  return Number.isNaN(d.getTime()) ? null : d;
};

/** "Dec 5, 2026" in English, "5 déc. 2026" in French: a day in the browser's locale and time zone. */
export function formatDay(at: string | number | null): string {
  const d = at === null ? null : toDate(at);
  return d ? dateFormat('day', { dateStyle: 'medium' }).format(d) : NO_VALUE;
}

/** "Dec 5, 2026, 10:00 AM": a day and time in the browser's locale and time zone. */
export function formatDateTime(at: string | number | null): string {
  const d = at === null ? null : toDate(at);
  return d ? dateFormat('time', { dateStyle: 'medium', timeStyle: 'short' }).format(d) : NO_VALUE;
}

/** "12 May" in British English, "May 12" in American, "12 mai" in French: a day without its year, in UTC. */
export function formatShortDay(at: string | number | null): string {
  const d = at === null ? null : toDate(at);
  return d
    ? dateFormat('short-day', { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(d)
    : NO_VALUE;
}

const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();
/** "today", "yesterday", "5 days ago", "2 weeks ago", "3 months ago" in the browser's language. */
export function formatAgo(at: string | null, now: Date): string {
  const days = at ? Math.floor((now.getTime() - Date.parse(at)) / 86_400_000) : NaN;
  if (!Number.isFinite(days)) return NO_VALUE;
  const locale = uiLocale();
  let f = relativeFormats.get(locale);
  if (!f) {
    f = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    relativeFormats.set(locale, f);
  }
  if (days < 1) return f.format(0, 'day');
  if (days < 14) return f.format(-days, 'day');
  if (days < 60) return f.format(-Math.floor(days / 7), 'week');
  return f.format(-Math.floor(days / 30), 'month');
}

/** "783,427" for an exact count, "≈783.4K" for a rounded display value. */
export function formatCount(value: number | null, exact = true): string {
  if (value === null || !Number.isFinite(value)) return NO_VALUE;
  return exact ? grouped().format(value) : `≈${compact().format(value)}`;
}

/** "4.2%" for 0.042; two decimals below 1% ("0.62%"), where the benchmark bands live. */
export function formatRate(fraction: number | null): string {
  if (fraction === null || !Number.isFinite(fraction)) return NO_VALUE;
  const p = fraction * 100;
  return percentWith(p !== 0 && Math.abs(p) < 1 ? 2 : 1).format(fraction);
}

const MAX_TICK_DECIMALS = 6;

/** Decimals that write `step` exactly (chart steps are 1, 2, 2.5 or 5 × 10^k): 0.25 → 2, 5 → 0. */
export function stepDecimals(step: number): number {
  if (!Number.isFinite(step) || step <= 0) return 0;
  for (let d = 0; d < MAX_TICK_DECIMALS; d++) {
    const scaled = step * 10 ** d;
    if (Math.abs(Math.round(scaled) - scaled) < 1e-6 * Math.max(1, scaled)) return d;
  }
  return MAX_TICK_DECIMALS;
}
/**
 * An axis's tick labels, each different: as many decimals as the step between ticks needs (at
 * least `least`), so that a rate varying by less than a point reads "3.30%, 3.35%", never
 * "3.3%, 3.3%". `unit` scales the values to what is written (100 for a fraction shown in %).
 */
export function tickLabels(
  values: readonly number[],
  write: (value: number, decimals: number) => string,
  least = 0,
  unit = 1,
): string[] {
  const sorted = [...new Set(values)].sort((a, b) => a - b);
  const steps = sorted.slice(1).map((v, i) => (v - sorted[i]!) * unit);
  const step = steps.length ? Math.min(...steps) : 0;
  let labels = values.map((v) => write(v, least));
  for (let d = Math.max(least, stepDecimals(step)); d <= MAX_TICK_DECIMALS; d++) {
    labels = values.map((v) => write(v, d));
    if (new Set(labels).size === sorted.length) break;
  }
  return labels;
}

/** Tick labels of a rate axis: "3.30%", "3.35%" (one decimal at least). */
export const rateTickLabels = (values: readonly number[]): string[] =>
  tickLabels(values, (v, d) => percentWith(d).format(v), 1, 100);

/** Tick labels of a count axis: "12,000", "12,010". */
export const countTickLabels = (values: readonly number[]): string[] =>
  tickLabels(values, (v, d) =>
    numberFormat(`grouped${d}`, { minimumFractionDigits: d, maximumFractionDigits: d }).format(v),
  );

/** A change of a rate in percentage points: "+0.40 pt", "−1.2 pt", "±0 pt". */
export function formatPoints(delta: number | null): string {
  if (delta === null || !Number.isFinite(delta)) return NO_VALUE;
  const p = delta * 100;
  if (Math.abs(p) < 0.005) return '±0 pt';
  const size = Math.abs(p) < 1 ? Math.abs(p).toFixed(2) : Math.abs(p).toFixed(1);
  return `${p > 0 ? '+' : '−'}${size} pt`;
}

/** A signed count change: "+1,204", "−37", "±0". */
export function formatDelta(delta: number | null): string {
  if (delta === null || !Number.isFinite(delta)) return NO_VALUE;
  if (delta === 0) return '±0';
  return `${delta > 0 ? '+' : '−'}${grouped().format(Math.abs(delta))}`;
}

/** A signed share: "+0.5%", "−12%". */
export function formatShare(share: number | null): string {
  if (share === null || !Number.isFinite(share)) return NO_VALUE;
  if (share === 0) return '±0%';
  return `${share > 0 ? '+' : '−'}${formatRate(Math.abs(share))}`;
}

const SOURCE_LABEL: Record<Source, MessageKey> = {
  'embedded-json': 'sourceEmbedded',
  network: 'sourceNetwork',
  dom: 'sourceDom',
  meta: 'sourceMeta',
};

export const sourceLabel = (source: Source | null): string =>
  t(source ? SOURCE_LABEL[source] : 'sourceNowhere');

function observationLine(o: CountObservation): string {
  const shown = plainDetail(o.detail);
  const where = shown ? ` (${displayText(shown, 240)})` : '';
  return t(
    o.exact ? 'observationLine' : 'observationRounded',
    formatCount(o.value, o.exact),
    sourceLabel(o.source),
    where,
  );
}

/**
 * Where a number came from, as plain lines: the value and its source, whether it is exact, and the
 * other sources that disagree. For a number that could not be read: "couldn't read <name>: why".
 */
export function provenance(count: Count, name: string): string[] {
  if (count.value === null) {
    return [
      t('couldntReadName', name, displayText(plainReason(count.reason, t('notOnThisPage')), 200)),
    ];
  }
  const shown = plainDetail(count.detail);
  const lines = [
    t(
      count.exact ? 'provenanceExact' : 'provenanceRounded',
      formatCount(count.value, count.exact),
      sourceLabel(count.source),
      shown ? ` (${displayText(shown, 240)})` : '',
    ),
  ];
  for (const c of count.conflicts ?? []) lines.push(t('disagrees', observationLine(c)));
  return lines;
}

/** "3 hours ago", "2 days ago", "just now": for the time since the last visit. */
export function formatAge(hours: number): string {
  if (!Number.isFinite(hours) || hours < 1) return t('ageUnderHour');
  if (hours < 48) {
    const h = Math.round(hours);
    return countedText(h, 'ageHoursOne', 'ageHoursMany');
  }
  return t('ageDays', Math.round(hours / 24));
}
