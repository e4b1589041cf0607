import { useId } from 'react';
import { t } from '../../lib/i18n/messages';
import { PipelineStatus } from '../../lib/model/creator';
import { platformName } from '../../lib/model/platforms';
import { Platform } from '../../lib/model/reading';
import type { Tier } from '../../lib/model/settings';
import { VerdictLabel } from '../../lib/model/verdict';
import { isFiltering, NO_FILTER, type ShortlistFilter } from '../../lib/popup';
import { Button } from '../common/Button';
import { statusLabel, tierLabel, verdictShortLabel } from '../../lib/i18n/labels';

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
    <div className="filters" role="search" aria-label={t('filtersLabel')}>
      <div className="filters-search">
        <label htmlFor={`${id}-q`}>{t('filterSearch')}</label>
        <input
          id={`${id}-q`}
          type="search"
          placeholder={t('filterSearchPlaceholder')}
          value={filter.text}
          onChange={(e) => set('text', e.target.value)}
        />
      </div>
      <div className="filters-grid">
        <div className="field">
          <label htmlFor={`${id}-platform`}>{t('filterPlatform')}</label>
          <select
            id={`${id}-platform`}
            value={filter.platform}
            onChange={(e) => set('platform', e.target.value as ShortlistFilter['platform'])}
          >
            <option value="all">{t('filterAll')}</option>
            {Platform.options.map((p) => (
              <option key={p} value={p}>
                {platformName(p)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-status`}>{t('filterStatus')}</label>
          <select
            id={`${id}-status`}
            value={filter.status}
            onChange={(e) => set('status', e.target.value as ShortlistFilter['status'])}
          >
            <option value="all">{t('filterAll')}</option>
            {PipelineStatus.options.map((s) => (
              <option key={s} value={s}>
                {statusLabel(s)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-tier`}>{t('filterTier')}</label>
          <select
            id={`${id}-tier`}
            value={filter.tier}
            onChange={(e) => set('tier', e.target.value)}
          >
            <option value="all">{t('filterAll')}</option>
            {tiers.map((tier) => (
              <option key={tier.id} value={tier.id}>
                {tierLabel(tier)}
              </option>
            ))}
            <option value="none">{t('filterNoTier')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-verdict`}>{t('filterVerdict')}</label>
          <select
            id={`${id}-verdict`}
            value={filter.verdict}
            onChange={(e) => set('verdict', e.target.value as ShortlistFilter['verdict'])}
          >
            <option value="all">{t('filterAll')}</option>
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
          {t('clearFilters')}
        </Button>
      ) : null}
    </div>
  );
}
