import { errorText, sendMessage, type DashboardData } from './store';
import { formatDay } from '../../lib/panel/format';
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
      <h2>Store problems ({problems.length})</h2>
      <p>Records that did not pass validation are kept here untouched, never silently dropped.</p>
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
        {problems.map((p) => (
          <li key={p.id}>
            <strong>{p.key}</strong> ({p.resolution}, {formatDay(p.at)}): {p.error}
            <ul>
              {p.issues.slice(0, 10).map((i, n) => (
                <li key={n}>
                  {i.path}: {i.message}
                </li>
              ))}
            </ul>
            <button type="button" onClick={() => void dismiss(p.id)}>
              Dismiss
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
