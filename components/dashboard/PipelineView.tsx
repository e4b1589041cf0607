import { useMemo, useState } from 'react';
import { pipelineColumns } from '../../lib/dashboard/pipeline';
import type { CreatorRow } from '../../lib/dashboard/rows';
import type { PipelineStatus } from '../../lib/model/creator';
import { creatorHref } from './CreatorTable';
import { ScopeSelect, useScopedRows } from './ScopeSelect';
import { StatusOptions } from './StatusOptions';
import { errorText, sendMessage, type DashboardData } from './store';
import { t } from '../../lib/i18n/messages';

/** The pipeline of one campaign: a column per status with its count; each card changes status. */
export function PipelineView(props: { data: DashboardData; reload: () => Promise<void> }) {
  const { data } = props;
  const [scope, setScope, rows] = useScopedRows(
    data,
    data.activeCampaignId ? { kind: 'campaign', id: data.activeCampaignId } : { kind: 'none' },
  );
  const [error, setError] = useState<string | null>(null);
  const columns = useMemo(() => pipelineColumns(rows), [rows]);
  const move = async (row: CreatorRow, status: PipelineStatus) => {
    const res = await sendMessage({
      type: 'creator/update-campaign',
      key: { platform: row.platform, handle: row.handle },
      campaignId: row.entry?.campaignId ?? null,
      patch: { status },
    });
    setError(res.ok ? null : errorText(res.error));
    await props.reload();
  };
  return (
    <>
      <h2>{t('pipelineHeading')}</h2>
      <div className="toolbar">
        <ScopeSelect
          id="pipeline-scope"
          scope={scope}
          campaigns={data.campaigns}
          onChange={setScope}
          allowAll={false}
        />
      </div>
      {error ? <p role="alert">{error}</p> : null}
      <div className="pipeline">
        {columns.map((column) => (
          <section
            key={column.status}
            className="stage"
            aria-labelledby={`stage-${column.status}`}
            data-testid={`scout-stage-${column.status}`}
          >
            <h3 id={`stage-${column.status}`}>
              {column.label}{' '}
              <span className="count" data-testid="scout-stage-count">
                {column.rows.length}
              </span>
            </h3>
            <ul>
              {column.rows.map((row) => (
                <li key={row.id} className="card">
                  <a href={creatorHref(row)}>@{row.handle}</a>
                  <label>
                    <span className="cs-visually-hidden">{t('statusOfHandle', row.handle)}</span>
                    <select
                      value={column.status}
                      data-testid="scout-status-select"
                      onChange={(e) => void move(row, e.currentTarget.value as PipelineStatus)}
                    >
                      <StatusOptions />
                    </select>
                  </label>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </>
  );
}
