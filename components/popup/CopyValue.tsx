import { useState } from 'react';
import { Button } from '../common/Button';

/** A stored value (a discount code, a tracked link) with a one-click copy. */
export function CopyValue({
  label,
  value,
  testId,
}: {
  label: string;
  value: string | null;
  testId?: string;
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
              aria-label={`Copy ${label.toLowerCase()}`}
              onClick={() => {
                navigator.clipboard.writeText(value).then(
                  () => setNotice('Copied'),
                  () => setNotice('Couldn’t copy: select it and copy by hand'),
                );
              }}
            >
              Copy
            </Button>{' '}
            <span role="status" className="copy-notice">
              {notice}
            </span>
          </>
        ) : (
          <span className="muted">Made when a draft needs it</span>
        )}
      </dd>
    </div>
  );
}
