import { statusLabel } from '../i18n/labels';
import { PipelineStatus } from '../model/creator';
import type { CreatorRow } from './rows';

/** The pipeline of docs/domain.md: the main line, then the two ways out. */
export const PIPELINE_EXITS: readonly PipelineStatus[] = ['declined', 'paused'];
export const PIPELINE_LINE: readonly PipelineStatus[] = PipelineStatus.options.filter(
  (s) => !PIPELINE_EXITS.includes(s),
);

export interface PipelineColumn {
  status: PipelineStatus;
  label: string;
  rows: CreatorRow[];
}

/** Rows grouped by status, one column per status in pipeline order (empty columns kept). */
export function pipelineColumns(rows: readonly CreatorRow[]): PipelineColumn[] {
  const by = new Map<PipelineStatus, CreatorRow[]>(PipelineStatus.options.map((s) => [s, []]));
  for (const row of rows) if (row.entry) by.get(row.entry.status)!.push(row);
  return [...PIPELINE_LINE, ...PIPELINE_EXITS].map((status) => ({
    status,
    label: statusLabel(status),
    rows: by.get(status)!,
  }));
}
