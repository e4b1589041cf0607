import { Button } from '../common/Button';
import { SLOT, Slotted } from '../common/Slotted';
import { t } from '../../lib/i18n/messages';

/** What a new user sees: how a creator gets onto the shortlist. */
export function EmptyState({ campaignName }: { campaignName: string | null }) {
  return (
    <div className="empty" data-testid="scout-empty">
      <h2>{campaignName ? t('emptyCampaign') : t('emptyShortlist')}</h2>
      <ol>
        <li>{t('emptyStepOpen')}</li>
        <li>
          <Slotted
            text={t('emptyStepShortlist', SLOT)}
            slot={<strong>{t('shortlistAction')}</strong>}
          />
        </li>
        <li>{t('emptyStepWrite')}</li>
      </ol>
      <p className="help">{t('emptyPrivacy')}</p>
    </div>
  );
}

/** Creators exist, but the search or filters hide them all. */
export function NoMatch({ onClear }: { onClear: () => void }) {
  return (
    <div className="empty">
      <p>{t('noMatch')}</p>
      <Button onClick={onClear}>{t('clearFilters')}</Button>
    </div>
  );
}
