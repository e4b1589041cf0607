import { useState } from 'react';
import type { ResultLine } from '../../lib/dashboard/results-view';
import {
  readResultForm,
  type FormField,
  type ResultForm as Form,
} from '../../lib/results/hand-entry';
import { t, type MessageKey } from '../../lib/i18n/messages';
import { errorText, sendMessage } from './store';
import { Button } from '../common/Button';

const FIELDS: [FormField, MessageKey][] = [
  ['impressions', 'resImpressions'],
  ['clicks', 'resClicks'],
  ['conversions', 'resConversions'],
  ['revenue', 'resRevenue'],
  ['paymentOverride', 'resPaymentOverride'],
];

const text = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));

/** Results of one creator typed by hand; an empty payment uses what the offer computes. */
export function ResultForm(props: {
  line: ResultLine;
  reload: () => Promise<void>;
  onDone: () => void;
}) {
  const { line } = props;
  const r = line.entry.results;
  const [form, setForm] = useState<Form>({
    impressions: text(r?.impressions),
    clicks: text(r?.clicks),
    conversions: text(r?.conversions),
    revenue: text(r?.revenue),
    paymentOverride: text(r?.paymentOverride),
  });
  const [errors, setErrors] = useState<{ field: FormField | null; message: string }[]>([]);
  const save = async () => {
    const read = readResultForm(form, new Date().toISOString(), '.', r ?? null);
    if (!read.ok) return setErrors(read.errors);
    // An imported payment left as it was keeps the name of its file.
    const kept =
      read.result.paymentOverride !== null && read.result.paymentOverride === r?.paymentOverride;
    read.result.paymentFrom = kept ? (r?.paymentFrom ?? null) : null;
    const res = await sendMessage({
      type: 'creator/update-campaign',
      key: { platform: line.platform, handle: line.handle },
      campaignId: line.entry.campaignId,
      patch: { results: read.result },
    });
    if (!res.ok) return setErrors([{ field: null, message: errorText(res.error) }]);
    await props.reload();
    props.onDone();
  };
  return (
    <form
      className="result-form"
      aria-label={t('resOfOne', line.handle)}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      {FIELDS.map(([field, label]) => {
        const error = errors.find((e) => e.field === field);
        return (
          <label key={field}>
            {t(label)}
            <input
              inputMode="decimal"
              value={form[field] ?? ''}
              placeholder={
                field === 'paymentOverride' && line.payment.source === 'offer'
                  ? t('resOfferAmount', String(line.payment.amount))
                  : ''
              }
              onChange={(e) => setForm({ ...form, [field]: e.currentTarget.value })}
              aria-invalid={error !== undefined}
              data-testid={`scout-result-${field}`}
            />
            {error ? <span className="field-error">{error.message}</span> : null}
          </label>
        );
      })}
      <Button variant="primary" type="submit" data-testid="scout-result-save">
        {t('resSave')}
      </Button>{' '}
      <button type="button" onClick={props.onDone}>
        {t('resCancel')}
      </button>
      {errors.some((e) => e.field === null) ? (
        <p role="alert">{errors.find((e) => e.field === null)!.message}</p>
      ) : null}
    </form>
  );
}
