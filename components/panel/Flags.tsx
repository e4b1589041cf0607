import { useId, useState } from 'react';
import { severityLabel } from '../../lib/i18n/labels';
import { t } from '../../lib/i18n/messages';
import type { FlagView } from '../../lib/panel/view';

function FlagItem({ flag }: { flag: FlagView }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <li data-flag={flag.id} data-severity={flag.severity}>
      <button
        type="button"
        className="flag-head"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
      >
        <span className="sev" data-severity={flag.severity}>
          {severityLabel(flag.severity)}
        </span>
        <span>
          <span className="chevron" aria-hidden="true" />
          <bdi>{flag.message}</bdi>
        </span>
      </button>
      <ul className="evidence" id={id} hidden={!open}>
        {flag.evidence.length === 0 ? <li>{t('noFlagEvidence')}</li> : null}
        {flag.evidence.map((line, i) => (
          <li key={i}>
            <bdi>{line}</bdi>
          </li>
        ))}
      </ul>
    </li>
  );
}

/** The red flags, most severe first, each expandable to the posts, comments or visits behind it. */
export function Flags({ flags, shown }: { flags: FlagView[]; shown: boolean }) {
  return (
    <section className="flags" data-testid="scout-flags" data-count={shown ? flags.length : ''}>
      <h2>{shown ? t('flagsHeadingCount', flags.length) : t('flagsHeading')}</h2>
      {!shown ? <p className="flags-empty">—</p> : null}
      {shown && flags.length === 0 ? <p className="flags-empty">{t('noFlags')}</p> : null}
      {flags.length > 0 ? (
        <ul>
          {flags.map((flag, i) => (
            <FlagItem key={`${flag.id}-${i}`} flag={flag} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
