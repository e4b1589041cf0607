import { useState } from 'react';
import { CopyIcon, DoneIcon } from '../common/icons';
import { t } from '../../lib/i18n/messages';

/** A small button that copies one value (a code, a link) and says so. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [done, setDone] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        className="copy-small"
        aria-label={label}
        title={label}
        onClick={() => {
          navigator.clipboard.writeText(text).then(
            () => setDone(t('copied')),
            () => setDone(t('copyFailed')),
          );
        }}
      >
        {done === t('copied') ? <DoneIcon /> : <CopyIcon />} {t('copy')}
      </button>
      <span className="cs-visually-hidden" role="status">
        {done ?? ''}
      </span>
    </>
  );
}
