import { useId } from 'react';
import { PipelineStatus } from '../../lib/model/creator';
import type { Tier } from '../../lib/model/settings';
import { VerdictLabel } from '../../lib/model/verdict';
import { isFiltering, NO_FILTER, type ShortlistFilter } from '../../lib/popup';
import { Button } from '../common/Button';
import { statusLabel, verdictShortLabel } from '../../lib/i18n/labels';

/** Search by handle or name; filter by platform, status, tier and verdict. */
export function ShortlistFilters({
  filter,
  tiers,
  onChange,
}: {
  filter: ShortlistFilter;
  tiers: readonly Tier[];
  onChange: (filter: ShortlistFilter) => void;
}) {
  const id = useId();
  const set = <K extends keyof ShortlistFilter>(key: K, value: ShortlistFilter[K]) =>
    onChange({ ...filter, [key]: value });
  return (
    <div className="filters" role="search" aria-label="Search and filter the shortlist">
      <div className="filters-search">
        <label htmlFor={`${id}-q`}>Search</label>
        <input
          id={`${id}-q`}
          type="search"
          placeholder="Handle or name"
          value={filter.text}
          onChange={(e) => set('text', e.target.value)}
        />
      </div>
      <div className="filters-grid">
        <div className="field">
          <label htmlFor={`${id}-platform`}>Platform</label>
          <select
            id={`${id}-platform`}
            value={filter.platform}
            onChange={(e) => set('platform', e.target.value as ShortlistFilter['platform'])}
          >
            <option value="all">All</option>
            <option value="instagram">Instagram</option>
            <option value="tiktok">TikTok</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-status`}>Status</label>
          <select
            id={`${id}-status`}
            value={filter.status}
            onChange={(e) => set('status', e.target.value as ShortlistFilter['status'])}
          >
            <option value="all">All</option>
            {PipelineStatus.options.map((s) => (
              <option key={s} value={s}>
                {statusLabel(s)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-tier`}>Tier</label>
          <select
            id={`${id}-tier`}
            value={filter.tier}
            onChange={(e) => set('tier', e.target.value)}
          >
            <option value="all">All</option>
            {tiers.map((t) => (
              <option key={t.id} value={t.id}>
                {t.label}
              </option>
            ))}
            <option value="none">No tier (followers unknown)</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-verdict`}>Verdict</label>
          <select
            id={`${id}-verdict`}
            value={filter.verdict}
            onChange={(e) => set('verdict', e.target.value as ShortlistFilter['verdict'])}
          >
            <option value="all">All</option>
            {VerdictLabel.options.map((v) => (
              <option key={v} value={v}>
                {verdictShortLabel(v)}
              </option>
            ))}
            <option value="none">{verdictShortLabel(null)}</option>
          </select>
        </div>
      </div>
      {isFiltering(filter) ? (
        <Button variant="ghost" className="filters-clear" onClick={() => onChange(NO_FILTER)}>
          Clear filters
        </Button>
      ) : null}
    </div>
  );
}
