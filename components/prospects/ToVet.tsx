import { t } from '../../lib/i18n/messages';
import { platformName } from '../../lib/model/platforms';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import type { Prospect } from '../../lib/model/prospects';
import { toVetCsv } from '../../lib/prospects/to-vet-csv';
import { nextToVet, toVetRows, type Known } from '../../lib/prospects/view';
import { sendMessage } from '../../lib/store/client';
import { Button } from '../common/Button';
import { downloadText, today } from '../dashboard/download';
import './prospects.css';

type State =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; prospects: Prospect[]; known: Record<string, Known> };

async function fetchList(): Promise<State> {
  const response = await sendMessage({ type: 'prospects/list' });
  return response.ok
    ? { kind: 'ready', ...response.data }
    : { kind: 'error', message: response.error.message };
}

/**
 * The to-vet list (popup and dashboard): accounts found while browsing, most seen first; "Open next"
 * opens the next profile in a tab; a visit there vets it (the background moves the row to vetted).
 */
export function ToVet({ compact = false }: { compact?: boolean }) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const load = useCallback(() => fetchList().then(setState), []);
  useEffect(() => {
    void fetchList().then(setState);
    const onFocus = () => void load();
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, [load]);

  const rows = useMemo(
    () => (state.kind === 'ready' ? toVetRows(state.prospects, state.known, new Date()) : []),
    [state],
  );
  const next = nextToVet(rows);

  if (state.kind === 'loading') return <p role="status">{t('toVetLoading')}</p>;
  if (state.kind === 'error')
    return (
      <p role="alert" className="error">
        {t('toVetReadFailed', state.message)}
      </p>
    );

  const dismiss = async (platform: Prospect['platform'], handle: string) => {
    await sendMessage({ type: 'prospects/dismiss', platform, handle });
    await load();
  };

  return (
    <section className="to-vet" aria-label={t('toVet')}>
      <div className="to-vet-head">
        <h2>{t('toVet')}</h2>
        <Button
          variant="primary"
          disabled={!next}
          data-testid="scout-open-next"
          onClick={() => next && void browser.tabs.create({ url: next.url })}
        >
          {t('openNext')}
        </Button>
        <Button
          disabled={rows.length === 0}
          data-testid="scout-to-vet-export"
          onClick={() => downloadText(`to-vet-${today()}.csv`, toVetCsv(rows), 'text/csv')}
        >
          {t('exportCsv')}
        </Button>
      </div>
      {rows.length === 0 ? (
        <p className="empty">{t('toVetEmpty')}</p>
      ) : (
        <ul className="to-vet-list" aria-label={t('toVetListLabel')}>
          {rows.slice(0, compact ? 30 : rows.length).map((r) => (
            <li
              className="to-vet-item"
              key={r.id}
              data-testid="scout-to-vet-item"
              data-handle={r.handle}
              data-platform={r.platform}
              data-status={r.status}
            >
              <div className="to-vet-body">
                <p className="to-vet-name">
                  <a href={r.url} target="_blank" rel="noopener noreferrer nofollow">
                    <bdi>@{r.handle}</bdi>
                  </a>{' '}
                  <span className="muted">{platformName(r.platform)}</span>
                </p>
                <p className="to-vet-where">
                  <bdi>{r.where}</bdi> · {r.seen}
                </p>
                {r.vetted ? (
                  <p className="to-vet-verdict" data-testid="scout-to-vet-verdict">
                    {r.vetted}
                  </p>
                ) : null}
              </div>
              {r.status === 'to-vet' ? (
                <Button variant="ghost" onClick={() => void dismiss(r.platform, r.handle)}>
                  {t('dismiss')}
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
