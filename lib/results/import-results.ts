import {
  noResult,
  type BasisFigures,
  type CampaignResult,
  type ResultBasis,
} from '../model/results';
import { roundMoney } from '../offer/payment';
import { ValueField, type ColumnMapping, type IdentifierField } from './column-mapping';
import { parseCsvTable } from './csv-table';
import { readRows, type RowError, type SkippedRow } from './import-rows';
import { matchRows, type MatchCreator, type UnmatchedRow } from './match-rows';
import { t } from '../i18n/messages';

/** The values a file brings for one creator: the sum of their rows, only for mapped columns. */
export interface CreatorImport {
  key: string;
  values: Partial<Record<ValueField, number | null>>;
  /** The lines the values come from (a creator may have several rows, e.g. per traffic source). */
  lines: number[];
  via: IdentifierField[];
}

export type ImportOutcome =
  | { status: 'invalid'; errors: RowError[] }
  | {
      status: 'ok';
      creators: CreatorImport[];
      /** Rows that match no creator (or two): shown to the user, never dropped silently. */
      unmatched: UnmatchedRow[];
      skipped: SkippedRow[];
      headers: string[];
    };

/**
 * Reads a shop or analytics export through a column mapping and matches its rows to creators.
 * All or nothing: one bad row makes the outcome `invalid` with every error, and nothing is
 * imported, so the user fixes the file and imports again.
 */
export function importResults(
  text: string,
  mapping: ColumnMapping,
  creators: readonly MatchCreator[],
): ImportOutcome {
  const table = parseCsvTable(text);
  if (!table) {
    return {
      status: 'invalid',
      errors: [{ line: 1, field: null, column: null, message: t('riNoHeaderRow') }],
    };
  }
  const { rows, skipped, errors } = readRows(table, mapping);
  if (errors.length > 0) {
    return { status: 'invalid', errors: errors.sort((a, b) => a.line - b.line) };
  }
  const { matched, unmatched } = matchRows(rows, creators);

  const byKey = new Map<string, CreatorImport>();
  for (const { row, key, via } of matched) {
    const entry = byKey.get(key) ?? { key, values: {}, lines: [], via: [] };
    for (const field of ValueField.options) {
      if (!(field in row.values)) continue;
      entry.values[field] = addNullable(entry.values[field], row.values[field]!, field);
    }
    entry.lines.push(row.line);
    if (!entry.via.includes(via)) entry.via.push(via);
    byKey.set(key, entry);
  }
  return {
    status: 'ok',
    creators: [...byKey.values()],
    unmatched,
    skipped,
    headers: table.headers,
  };
}

/** Empty + empty stays empty; a known value plus an empty cell keeps the known value. */
function addNullable(a: number | null | undefined, b: number | null, field: ValueField) {
  if (a === undefined || a === null) return b;
  if (b === null) return a;
  return field === 'revenue' || field === 'spend' ? roundMoney(a + b) : a + b;
}

/**
 * What a file's figures are attributed by, for the whole file (the marketer confirms it), or
 * `unknown` for a creator whose rows in one file matched partly by code and partly by link.
 */
export type ImportBasis = Extract<ResultBasis, 'code' | 'link' | 'handle' | 'unknown'>;

/**
 * A first guess of a file's basis from its mapped identifier columns: a discount-code column alone
 * is an orders-by-code export (Shopify's sales by discount), a link or utm_content column alone a
 * sessions-by-link one (GA4 by manual ad content); with both, each creator's rows decide (below);
 * with neither, a sheet by handle.
 */
export function guessImportBasis(mapping: ColumnMapping): ImportBasis | null {
  const code = mapping.columns.code !== undefined;
  const link = mapping.columns.link !== undefined;
  if (code && !link) return 'code';
  if (link && !code) return 'link';
  return code && link ? null : 'handle';
}

/** The basis of one creator's rows when the file maps both: how every row of theirs matched. */
export function basisOfRows(via: readonly IdentifierField[]): ImportBasis {
  if (via.length === 1) return via[0]!;
  return via.includes('code') && via.includes('link') ? 'unknown' : 'handle';
}

/**
 * A creator's stored result after an import: mapped columns replace what was there (a Shopify file
 * brings conversions and revenue, a GA4 file clicks; neither wipes the other), an empty cell keeps
 * the stored value, an imported spend becomes the payment override, labelled with its file's name.
 * The result's basis becomes the file's when the file brings conversions or revenue; a code-based
 * or link-based file is also kept under its basis, so that the two can be compared later.
 */
export function applyImport(
  existing: CampaignResult | null | undefined,
  imported: CreatorImport,
  at: string,
  fileName = 'an imported file',
  basis: ImportBasis = basisOfRows(imported.via),
): CampaignResult {
  const base: CampaignResult = existing ?? noResult(at);
  const pick = (field: ValueField, current: number | null) => {
    const value = imported.values[field];
    return typeof value === 'number' ? value : current;
  };
  const brings = (field: ValueField) => typeof imported.values[field] === 'number';
  const attributed = brings('conversions') || brings('revenue');
  let byBasis = base.byBasis;
  if ((basis === 'code' || basis === 'link') && (attributed || brings('clicks'))) {
    const before = base.byBasis.find((f) => f.basis === basis);
    const figures: BasisFigures = {
      basis,
      clicks: pick('clicks', before?.clicks ?? null),
      conversions: pick('conversions', before?.conversions ?? null),
      revenue: pick('revenue', before?.revenue ?? null),
      from: fileName.slice(0, 200),
      at,
    };
    byBasis = [...base.byBasis.filter((f) => f.basis !== basis), figures].sort((a, b) =>
      a.basis.localeCompare(b.basis),
    );
  }
  return {
    impressions: pick('impressions', base.impressions),
    clicks: pick('clicks', base.clicks),
    conversions: pick('conversions', base.conversions),
    revenue: pick('revenue', base.revenue),
    paymentOverride: pick('spend', base.paymentOverride),
    paymentFrom: typeof imported.values.spend === 'number' ? fileName : (base.paymentFrom ?? null),
    basis: attributed ? basis : base.basis,
    byBasis,
    updatedAt: at,
  };
}
