import type { CampaignResult } from '../model/results';
import { parseAmount, type DecimalSeparator } from './parse-amount';

/** The fields of the results form, as the user typed them. Empty means "not known". */
export type ResultForm = Partial<
  Record<'impressions' | 'clicks' | 'conversions' | 'revenue' | 'paymentOverride', string>
>;

export type FormField = keyof ResultForm;

export type ReadForm =
  | { ok: true; result: CampaignResult }
  | { ok: false; errors: { field: FormField; message: string }[] };

const fields: FormField[] = ['impressions', 'clicks', 'conversions', 'revenue', 'paymentOverride'];

/**
 * Reads a hand-entered result with the same number rules as the CSV import; one error per field.
 * Conversions or revenue typed differently from `before` are now "entered by hand"; left as they
 * were, they keep their basis. The imports kept per basis stay.
 */
export function readResultForm(
  form: ResultForm,
  at: string,
  decimal: DecimalSeparator = '.',
  before: CampaignResult | null = null,
): ReadForm {
  const result: CampaignResult = {
    impressions: null,
    clicks: null,
    conversions: null,
    revenue: null,
    paymentOverride: null,
    basis: before?.basis ?? 'hand',
    byBasis: before?.byBasis ?? [],
    updatedAt: at,
  };
  const errors: { field: FormField; message: string }[] = [];
  for (const field of fields) {
    const parsed = parseAmount(form[field] ?? '', decimal);
    if (parsed.ok) result[field] = parsed.value;
    else errors.push({ field, message: parsed.message });
  }
  if (before && (result.conversions !== before.conversions || result.revenue !== before.revenue))
    result.basis = 'hand';
  return errors.length > 0 ? { ok: false, errors } : { ok: true, result };
}
