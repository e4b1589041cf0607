import { useId, useState } from 'react';
import { Mark } from '../common/icons';
import type { Brief } from '../../lib/model/brief';
import type { Platform } from '../../lib/model/reading';
import { checkCaption } from '../../lib/rules/caption/check-caption';
import { PLATFORMS } from '../../lib/model/platforms';
import { approvalDue } from '../../lib/rules/caption/due-date';
import { manualChecks } from '../../lib/rules/caption/wording';
import { t } from '../../lib/i18n/messages';
import { formatDateTime } from '../../lib/panel/format';

/** Approval checks on a creator's draft caption, pasted by the marketer (nothing is stored). */
export function CaptionCheck(props: {
  platform: Platform;
  brief: Brief | null;
  code: string | null;
  link: string | null;
}) {
  const id = useId();
  const [caption, setCaption] = useState('');
  const [publishAt, setPublishAt] = useState('');
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const check = caption.trim()
    ? checkCaption({
        caption,
        platform: props.platform,
        brief: props.brief,
        code: props.code,
        link: props.link,
      })
    : null;
  const when = publishAt ? new Date(publishAt) : null;
  const due = when && !Number.isNaN(when.getTime()) ? approvalDue(when) : null;
  const d = check?.disclosure;
  const cutoff = PLATFORMS[props.platform].captionCutoff;
  return (
    <fieldset className="caption-check" data-testid="scout-caption-check">
      <legend>{t('capHeading')}</legend>
      <label>
        {t('capPaste')}
        <textarea
          rows={4}
          value={caption}
          data-testid="scout-caption-input"
          onChange={(e) => setCaption(e.currentTarget.value)}
        />
      </label>
      <label>
        {t('capGoesLive')}{' '}
        <input
          type="datetime-local"
          value={publishAt}
          onChange={(e) => setPublishAt(e.currentTarget.value)}
        />
      </label>
      {due ? (
        <p data-testid="scout-caption-due">{t('capDueBy', formatDateTime(due.getTime()))}</p>
      ) : null}
      {check && d ? (
        <ul data-testid="scout-caption-results">
          <li
            data-testid="scout-caption-disclosure"
            data-value={d.position ?? ''}
            className={d.found && d.beforeCutoff !== false ? '' : 'danger'}
          >
            <Mark ok={d.found && d.beforeCutoff !== false} />
            {!d.found
              ? t('capNoDisclosure')
              : t(
                  d.beforeCutoff === false ? 'capDisclosureHidden' : 'capDisclosureShown',
                  d.tag ?? '',
                  d.position! + 1,
                  cutoff,
                )}
          </li>
          {check.code !== null ? (
            <li className={check.code ? '' : 'danger'}>
              <Mark ok={check.code} />
              {t('capCode', props.code ?? '')}
            </li>
          ) : null}
          {check.link !== null ? (
            <li className={check.link ? '' : 'danger'}>
              <Mark ok={check.link} />
              {t('trackedLink')}
            </li>
          ) : null}
          {check.brand !== null ? (
            <li className={check.brand ? '' : 'danger'}>
              <Mark ok={check.brand} />
              {t('capBrand', props.brief?.brand ?? '')}
            </li>
          ) : null}
          {check.competitors.map((c) => (
            <li key={`c-${c}`} className="danger" data-testid="scout-caption-problem">
              <Mark ok={false} />
              {t('capCompetitor', c)}
            </li>
          ))}
          {check.excludedTopics.map((topic) => (
            <li key={`t-${topic}`} className="danger" data-testid="scout-caption-problem">
              <Mark ok={false} />
              {t('capExcluded', topic)}
            </li>
          ))}
        </ul>
      ) : null}
      <p className="hint">{t('capByHand')}</p>
      {manualChecks().map((m, i) => (
        <div key={m}>
          <input
            type="checkbox"
            id={`${id}-${i}`}
            checked={ticked.has(m)}
            onChange={(e) => {
              const next = new Set(ticked);
              if (e.currentTarget.checked) next.add(m);
              else next.delete(m);
              setTicked(next);
            }}
          />
          <label htmlFor={`${id}-${i}`}>{m}</label>
        </div>
      ))}
    </fieldset>
  );
}
