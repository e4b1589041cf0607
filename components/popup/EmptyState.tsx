import { Button } from '../common/Button';

/** What a new user sees: how a creator gets onto the shortlist. */
export function EmptyState({ campaignName }: { campaignName: string | null }) {
  return (
    <div className="empty" data-testid="scout-empty">
      <h2>{campaignName ? 'No creator in this campaign yet' : 'Your shortlist is empty'}</h2>
      <ol>
        <li>Open a creator’s Instagram or TikTok page.</li>
        <li>
          Check the Creator Scout panel on the page, then click <strong>Shortlist</strong>.
        </li>
        <li>Come back here to write to them.</li>
      </ol>
      <p className="help">Nothing is sent anywhere: the shortlist stays in this browser.</p>
    </div>
  );
}

/** Creators exist, but the search or filters hide them all. */
export function NoMatch({ onClear }: { onClear: () => void }) {
  return (
    <div className="empty">
      <p>No creator matches this search and these filters.</p>
      <Button onClick={onClear}>Clear filters</Button>
    </div>
  );
}
