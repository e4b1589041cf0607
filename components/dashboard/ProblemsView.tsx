import { errorText, sendMessage, type DashboardData } from './store';
import { problemView } from '../../lib/dashboard/problem-words';
import { downloadText, today } from './download';
import { useState } from 'react';

/** Stored records that failed validation: kept aside by the store, shown here, exportable. */
export function ProblemsView(props: { data: DashboardData; reload: () => Promise<void> }) {
  const { problems } = props.data;
  const [message, setMessage] = useState<string | null>(null);
  const dismiss = async (id: string) => {
    if (!window.confirm('Forget this record for good? Export it first if you may need it.')) return;
    const res = await sendMessage({ type: 'store/dismiss-problem', id });
    setMessage(res.ok ? null : errorText(res.error));
    await props.reload();
  };
  return (
    <>
      <h2>Saved items that couldn’t be read ({problems.length})</h2>
      <p>
        Saved items Creator Scout couldn’t read are kept here as they were, never silently dropped.
      </p>
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
          Export problems (JSON)
        </button>
      ) : null}
      {message ? <p role="alert">{message}</p> : null}
      <ul className="problems" data-testid="scout-problems">
        {problems.map((p) => {
          const view = problemView(p);
          return (
            <li key={p.id} data-resolution={p.resolution}>
              <strong>{view.what}</strong> <span className="problem-when">found {view.when}</span>
              <p>{view.why}</p>
              {view.fields.length ? (
                <p>
                  Couldn’t read: <bdi>{view.fields.slice(0, 10).join('; ')}</bdi>
                  {view.fields.length > 10 ? ` and ${view.fields.length - 10} more` : ''}.
                </p>
              ) : null}
              <p>{view.outcome}</p>
              {view.page ? (
                <p>
                  Belongs to: <a href={view.page.href}>{view.page.label}</a>
                </p>
              ) : null}
              <button type="button" onClick={() => void dismiss(p.id)}>
                Dismiss
              </button>
            </li>
          );
        })}
      </ul>
    </>
  );
}
