import { useState } from 'react';
import { TABLE_TEXT } from './table-text';

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
            () => setDone(TABLE_TEXT.copied),
            () => setDone(TABLE_TEXT.copyFailed),
          );
        }}
      >
        {done === TABLE_TEXT.copied ? '✓' : TABLE_TEXT.copy}
      </button>
      <span className="cs-visually-hidden" role="status">
        {done ?? ''}
      </span>
    </>
  );
}
