import type { AudienceView } from '../../lib/panel/audience';
import { t } from '../../lib/i18n/messages';

/**
 * One sample of the accounts a list showed: how many were read, the share that look fake or inactive,
 * the brief matches, what the sample is, and ten accounts to click through with their reasons.
 * The followers sample carries the contract's test ids.
 */
export function AudienceSample({ view }: { view: AudienceView }) {
  const followers = view.kind === 'followers';
  return (
    <section
      className="audience"
      data-testid={followers ? 'scout-audience-sample' : 'scout-likers-sample'}
      data-value={String(view.sample)}
      aria-label={view.title}
    >
      <h2>{view.title}</h2>
      <p
        className="audience-share"
        data-testid={followers ? 'scout-audience-fake-share' : 'scout-likers-fake-share'}
        data-value={view.share === null ? '' : String(view.share)}
        data-level={view.level ?? undefined}
      >
        {view.summary}
      </p>
      {view.match ? <p className="audience-match">{view.match}</p> : null}
      <p className="audience-note" data-too-few={view.tooFew ? 'true' : 'false'}>
        {view.note}
      </p>
      {view.examples.length ? (
        <ul className="audience-examples" aria-label={t('examples')}>
          {view.examples.map((e) => (
            <li key={e.handle} data-suspicious={e.suspicious ? 'true' : 'false'}>
              <a href={e.href} target="_blank" rel="noopener noreferrer nofollow">
                <bdi>@{e.handle}</bdi>
              </a>{' '}
              <span className="audience-why">
                <bdi>{e.text}</bdi>
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
