import { Button } from '../common/Button';
import { t } from '../../lib/i18n/messages';

/**
 * Where the button's name goes in the step that names it, whatever the language's word order.
 * Plain ASCII: Chrome's i18n drops control characters always and a private-use one now and then
 * ("pulsa .Preseleccionar" in a Spanish browser test under load).
 */
const SLOT = '@@slot@@';

/** What a new user sees: how a creator gets onto the shortlist. */
export function EmptyState({ campaignName }: { campaignName: string | null }) {
  const [before, after] = t('emptyStepShortlist', SLOT).split(SLOT);
  return (
    <div className="empty" data-testid="scout-empty">
      <h2>{campaignName ? t('emptyCampaign') : t('emptyShortlist')}</h2>
      <ol>
        <li>{t('emptyStepOpen')}</li>
        <li>
          {before}
          <strong>{t('shortlistAction')}</strong>
          {after}
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
