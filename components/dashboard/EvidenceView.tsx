import { commentLabel, severityLabel, verdictLabel } from '../../lib/i18n/labels';
import { t } from '../../lib/i18n/messages';
import { formatDay } from '../../lib/panel/format';
import { useMemo } from 'react';
import { readingEvidence } from '../../lib/dashboard/creator-view';
import type { CreatorRecord } from '../../lib/model/creator';

/** The evidence of the last visit: numbers and their sources, flags, posts, labelled comments. */
export function EvidenceView({ record }: { record: CreatorRecord }) {
  const evidence = useMemo(() => readingEvidence(record), [record]);
  if (!evidence) return <p>{t('noReadingKept')}</p>;
  return (
    <section aria-labelledby="evidence-title" data-testid="scout-evidence">
      <h3 id="evidence-title">{t('lastReadingOn', formatDay(evidence.at))}</h3>
      <p>
        {t('verdictLead')}{' '}
        <strong data-testid="scout-verdict" data-verdict={evidence.verdict ?? ''}>
          {evidence.verdict ? verdictLabel(evidence.verdict) : '—'}
        </strong>
        {evidence.url ? (
          <>
            {' · '}
            <a href={evidence.url} target="_blank" rel="noopener noreferrer">
              {t('pageRead')}
            </a>
          </>
        ) : null}
      </p>
      {evidence.reasons.length ? (
        <ul>
          {evidence.reasons.map((r, i) => (
            <li key={i}>{r}</li>
          ))}
        </ul>
      ) : null}
      <h4>{t('whereNumbersCameFrom')}</h4>
      <dl className="numbers">
        {evidence.numbers.map((n) => (
          <div key={n.label}>
            <dt>
              {n.label}: {n.value}
            </dt>
            {n.lines.map((line, i) => (
              <dd key={i}>{line}</dd>
            ))}
          </div>
        ))}
      </dl>
      {evidence.missing.length ? (
        <ul className="missing">
          {evidence.missing.map((m, i) => (
            <li key={i}>{m}</li>
          ))}
        </ul>
      ) : null}
      <h4>{t('flagsHeadingCount', evidence.flags.length)}</h4>
      <ul data-testid="scout-flags">
        {evidence.flags.map((f, i) => (
          <li key={i} className="flag" data-severity={f.severity}>
            <strong>{severityLabel(f.severity)}</strong> {f.message}
            {f.evidence.length ? (
              <ul>
                {f.evidence.map((e, j) => (
                  <li key={j}>
                    <bdi>{e}</bdi>
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
      <details>
        <summary>{t('postsReadCount', evidence.posts.length)}</summary>
        <ul>
          {evidence.posts.map((p) => (
            <li key={p.id}>
              {p.url ? (
                <a href={p.url} target="_blank" rel="noopener noreferrer">
                  {p.id}
                </a>
              ) : (
                p.id
              )}
              {p.takenAt ? ` (${formatDay(p.takenAt)})` : ''}: {p.counts}
              {p.caption ? (
                <>
                  {' — '}
                  <bdi>{p.caption}</bdi>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      </details>
      <details>
        <summary>
          {evidence.commentsRead === null
            ? t('commentsNoneRead')
            : t('commentsReadExamples', evidence.commentsRead, evidence.comments.length)}
        </summary>
        <ul className="comments">
          {evidence.comments.map((c, i) => (
            <li key={i} className={`comment ${c.label}`}>
              <span className="label">
                {c.creatorReply ? t('commentCreatorReply') : commentLabel(c.label)}
              </span>{' '}
              <bdi>{c.author}</bdi>: “<bdi>{c.text}</bdi>”
              {c.reasons.length ? <span className="sub"> ({c.reasons.join('; ')})</span> : null}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
