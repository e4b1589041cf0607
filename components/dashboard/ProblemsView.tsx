import { errorText, sendMessage, type DashboardData } from './store';
import { problemView } from '../../lib/dashboard/problem-words';
import { downloadText, today } from './download';
import { useState } from 'react';
import { t } from '../../lib/i18n/messages';

/** Stored records that failed validation: kept aside by the store, shown here, exportable. */
export function ProblemsView(props: { data: DashboardData; reload: () => Promise<void> }) {
  const { problems } = props.data;
  const [message, setMessage] = useState<string | null>(null);
  const dismiss = async (id: string) => {
    if (!window.confirm(t('problemsForgetConfirm'))) return;
    const res = await sendMessage({ type: 'store/dismiss-problem', id });
    setMessage(res.ok ? null : errorText(res.error));
    await props.reload();
  };
  return (
    <>
      <h2>{t('problemsHeading', problems.length)}</h2>
      <p>{t('problemsIntro')}</p>
      {problems.length ? (
        <button
          type="button"
          data-testid="scout-export-problems"
          onClick={() =>
            downloadText(
              `creator-scout-problems-${today()}.json`,
              `${JSON.stringify(problems, null, 2)}\n`,
              'application/json',
            )
          }
        >
          {t('problemsExport')}
        </button>
      ) : null}
      {message ? <p role="alert">{message}</p> : null}
      <ul className="problems" data-testid="scout-problems">
        {problems.map((p) => {
          const view = problemView(p);
          return (
            <li key={p.id} data-resolution={p.resolution}>
              <strong>{view.what}</strong>{' '}
              <span className="problem-when">{t('problemFound', view.when)}</span>
              <p>{view.why}</p>
              {view.fields.length ? (
                <p>
                  <bdi>
                    {view.fields.length > 10
                      ? t(
                          'problemCouldntReadMore',
                          view.fields.slice(0, 10).join('; '),
                          view.fields.length - 10,
                        )
                      : t('problemCouldntRead', view.fields.join('; '))}
                  </bdi>
                </p>
              ) : null}
              <p>{view.outcome}</p>
              {view.page ? (
                <p>
                  {t('problemBelongsTo')} <a href={view.page.href}>{view.page.label}</a>
                </p>
              ) : null}
              <button type="button" onClick={() => void dismiss(p.id)}>
                {t('dismiss')}
              </button>
            </li>
          );
        })}
      </ul>
    </>
  );
}
