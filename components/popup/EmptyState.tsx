import { Button } from '../common/Button';
import { t } from '../../lib/i18n/messages';

/** Where the button's name goes in the step that names it, whatever the language's word order (a private-use character: the browser's i18n drops control characters). */
const SLOT = '\uE000';

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
