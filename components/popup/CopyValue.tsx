import { useState } from 'react';
import { t } from '../../lib/i18n/messages';
import { Button } from '../common/Button';

/** A stored value (a discount code, a tracked link) with a one-click copy. */
export function CopyValue({
  label,
  copyLabel,
  value,
  testId,
  empty,
}: {
  label: string;
  /** The copy button's accessible name ("Copy the discount code"). */
  copyLabel: string;
  value: string | null;
  testId?: string;
  /** What to say when there is no value (default: made when a draft needs it). */
  empty?: string;
}) {
  const [notice, setNotice] = useState('');
  return (
    <div className="copy-value">
      <dt>{label}</dt>
      <dd>
        {value ? (
          <>
            <code>{value}</code>{' '}
            <Button
              data-testid={testId}
              aria-label={copyLabel}
              onClick={() => {
                navigator.clipboard.writeText(value).then(
                  () => setNotice(t('copied')),
                  () => setNotice(t('copyFailedByHand')),
                );
              }}
            >
              {t('copy')}
            </Button>{' '}
            <span role="status" className="copy-notice">
              {notice}
            </span>
          </>
        ) : (
          <span className="muted">{empty ?? t('madeWhenNeeded')}</span>
        )}
      </dd>
    </div>
  );
}
