import { useId } from 'react';
import { negotiationRedFlags } from '../../lib/offer/red-flags';
import { toggleRedFlag } from '../../lib/dashboard/red-flags';
import { t } from '../../lib/i18n/messages';

/** The negotiation red flags of one creator's counter-offer, ticked as stored on the entry. */
export function RedFlagsChecklist(props: {
  ticked: readonly string[];
  onChange: (next: string[]) => void;
}) {
  const id = useId();
  const ticked = new Set(props.ticked);
  return (
    <fieldset className="red-flags" data-testid="scout-red-flags">
      <legend>{t('negotiationRedFlags')}</legend>
      {negotiationRedFlags.map((flag) => (
        <div key={flag.id}>
          <input
            type="checkbox"
            id={`${id}-${flag.id}`}
            checked={ticked.has(flag.id)}
            data-testid={`scout-red-flag-${flag.id}`}
            onChange={(e) =>
              props.onChange(toggleRedFlag(props.ticked, flag.id, e.currentTarget.checked))
            }
          />
          <label htmlFor={`${id}-${flag.id}`}>{flag.question}</label>
          {ticked.has(flag.id) ? (
            <p className="hint">{t('redFlagInstead', flag.why, flag.fairAlternative)}</p>
          ) : null}
        </div>
      ))}
    </fieldset>
  );
}
