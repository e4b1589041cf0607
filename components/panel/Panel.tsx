import type { PanelState } from '../../lib/panel/controller';
import { t } from '../../lib/i18n/messages';
import { ContactList } from '../common/ContactList';
import { AudienceSample } from './AudienceSample';
import { Flags } from './Flags';
import { Metric } from './Metric';
import { PostCaption } from './PostCaption';
import { VerdictIcon } from '../common/icons';
import { Notice } from './Notice';

export interface PanelProps {
  state: PanelState;
  onShortlist: () => void;
  /** The keyboard shortcut as the browser reports it ("Alt+Shift+S"), or null when none is set. */
  shortcut: string | null;
}

/**
 * The panel's content: status and verdict, then the four numbers (always in the first screen, before
 * the advice and reasons a brief can make long), who the creator is, flags, and the shortlist button.
 */
export function Panel({ state, onShortlist, shortcut }: PanelProps) {
  const { view, shortlist, change, notice } = state;
  const { status, about, verdict } = view;
  return (
    <>
      <p className="status" data-testid="scout-status" data-status={status.kind} role="status">
        {status.title}
      </p>
      {status.detail ? <p className="status-detail">{status.detail}</p> : null}
      <p className="verdict" data-testid="scout-verdict" data-verdict={verdict.label ?? ''}>
        <VerdictIcon verdict={verdict.label ?? null} />
        {verdict.text}
      </p>
      {view.metrics.map((m) => (
        <Metric key={m.testId} metric={m} />
      ))}
      {view.advice.length ? (
        <ul className="advice" data-testid="scout-advice" aria-label={t('whatToDo')}>
          {view.advice.map((a) => (
            <li key={a.id} data-advice={a.id}>
              <bdi>{a.text}</bdi>
            </li>
          ))}
        </ul>
      ) : null}
      {verdict.reasons.length ? (
        <ul className="reasons" aria-label={t('why')}>
          {verdict.reasons.map((r, i) => (
            <li key={i}>
              <bdi>{r}</bdi>
            </li>
          ))}
        </ul>
      ) : null}
      {about ? (
        <p className="about">
          {about.name ? <bdi>{about.name}</bdi> : null}
          {about.name && about.handle ? ' · ' : null}
          {about.handle ? <bdi>@{about.handle}</bdi> : null}
          {about.link ? (
            <>
              {' · '}
              {about.link.href ? (
                <a href={about.link.href} target="_blank" rel="noopener noreferrer nofollow">
                  <bdi>{about.link.text}</bdi>
                </a>
              ) : (
                <bdi>{about.link.text}</bdi>
              )}
            </>
          ) : null}
        </p>
      ) : null}
      {about?.bio ? (
        <p className="bio">
          <bdi>{about.bio}</bdi>
        </p>
      ) : null}
      {about?.contact ? <ContactList contact={about.contact} level={2} /> : null}
      {state.audience.map((a) => (
        <AudienceSample key={a.kind} view={a} />
      ))}
      {state.caption ? <PostCaption view={state.caption} /> : null}
      <Flags flags={view.flags} shown={status.showNumbers && verdict.label !== null} />
      <div className="actions">
        <button
          type="button"
          className="shortlist"
          data-testid="scout-shortlist"
          data-state={shortlist.state}
          // aria-disabled, not disabled: a disabled button drops the keyboard focus to the page.
          aria-disabled={shortlist.disabled}
          aria-keyshortcuts={shortcut ?? undefined}
          onClick={() => {
            if (!shortlist.disabled) onShortlist();
          }}
        >
          {shortlist.label}
        </button>
        {change ? (
          <p
            className="change"
            data-testid="scout-change"
            data-followers-delta={change.followers ?? ''}
            data-engagement-delta={change.engagementRate ?? ''}
          >
            {change.text}
          </p>
        ) : null}
        {shortcut && !shortlist.disabled ? <p className="hint">{t('shortcut', shortcut)}</p> : null}
        <Notice text={notice} />
      </div>
    </>
  );
}
