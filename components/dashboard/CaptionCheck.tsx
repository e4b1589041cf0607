import { useId, useState } from 'react';
import type { Brief } from '../../lib/model/brief';
import type { Platform } from '../../lib/model/reading';
import { checkCaption } from '../../lib/rules/caption/check-caption';
import { PLATFORMS } from '../../lib/model/platforms';
import { approvalDue } from '../../lib/rules/caption/due-date';
import { MANUAL_CHECKS } from '../../lib/rules/caption/wording';

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
      <legend>Approve a draft caption</legend>
      <label>
        Paste the creator’s draft caption
        <textarea
          rows={4}
          value={caption}
          data-testid="scout-caption-input"
          onChange={(e) => setCaption(e.currentTarget.value)}
        />
      </label>
      <label>
        Goes live on{' '}
        <input
          type="datetime-local"
          value={publishAt}
          onChange={(e) => setPublishAt(e.currentTarget.value)}
        />
      </label>
      {due ? (
        <p data-testid="scout-caption-due">
          Draft due by {due.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}{' '}
          (24 hours before it goes live)
        </p>
      ) : null}
      {check && d ? (
        <ul data-testid="scout-caption-results">
          <li
            data-testid="scout-caption-disclosure"
            data-value={d.position ?? ''}
            className={d.found && d.beforeCutoff !== false ? '' : 'danger'}
          >
            {!d.found
              ? '✗ No ad disclosure'
              : `${d.beforeCutoff === false ? '✗' : '✓'} Disclosure “${d.tag}” at character ${d.position! + 1} — ${
                  d.beforeCutoff === false
                    ? `hidden behind “more” (only the first ${cutoff} show)`
                    : `shows before “more” (first ${cutoff} characters)`
                }`}
          </li>
          {check.code !== null ? (
            <li className={check.code ? '' : 'danger'}>
              {check.code ? '✓' : '✗'} Discount code {props.code}
            </li>
          ) : null}
          {check.link !== null ? (
            <li className={check.link ? '' : 'danger'}>{check.link ? '✓' : '✗'} Tracked link</li>
          ) : null}
          {check.brand !== null ? (
            <li className={check.brand ? '' : 'danger'}>
              {check.brand ? '✓' : '✗'} Brand named ({props.brief?.brand})
            </li>
          ) : null}
          {check.competitors.map((c) => (
            <li key={`c-${c}`} className="danger" data-testid="scout-caption-problem">
              ✗ Mentions a competitor: {c}
            </li>
          ))}
          {check.excludedTopics.map((t) => (
            <li key={`t-${t}`} className="danger" data-testid="scout-caption-problem">
              ✗ Mentions an excluded topic: {t}
            </li>
          ))}
        </ul>
      ) : null}
      <p className="hint">Check by hand (text cannot show these):</p>
      {MANUAL_CHECKS.map((m, i) => (
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
