import { platformName } from '../../lib/model/platforms';
import { t } from '../../lib/i18n/messages';
import type { PipelineStatus } from '../../lib/model/creator';
import { displayText } from '../../lib/panel/text';
import { dmLink, type CreatorSummary } from '../../lib/popup';
import { Avatar } from '../common/Avatar';
import { Button, NewTabButton } from '../common/Button';
import { CreatorMetrics } from './CreatorMetrics';
import type { ActionResult } from './use-popup-store';
import { StatusSelect } from './StatusSelect';

/** One creator of the shortlist: compact numbers of the last visit and the actions on them. */
export function ShortlistItem({
  summary,
  onStatus,
  onOpen,
}: {
  summary: CreatorSummary;
  onStatus: (status: PipelineStatus) => Promise<ActionResult>;
  onOpen: () => void;
}) {
  const name = displayText(summary.displayName, 60);
  const dm = dmLink(summary.platform, summary.handle);
  const handle = `@${summary.handle}`;
  return (
    <li
      className="item"
      data-testid="scout-shortlist-item"
      data-handle={summary.handle}
      data-platform={summary.platform}
    >
      <Avatar displayName={summary.displayName} handle={summary.handle} />
      <div className="item-body">
        <h2 className="item-name">
          <bdi>{name || handle}</bdi>
        </h2>
        <p className="item-handle">
          <bdi>{handle}</bdi> · {platformName(summary.platform)}
        </p>
        <CreatorMetrics summary={summary} />
        <div className="item-actions">
          <StatusSelect value={summary.status} handle={summary.handle} onChange={onStatus} />
          {dm ? (
            <NewTabButton href={dm.url} aria-label={t('dmLinkLabel', dm.label, handle)}>
              {dm.button}
            </NewTabButton>
          ) : null}
          <Button
            variant="primary"
            onClick={onOpen}
            data-open={summary.id}
            aria-label={t('draftOutreachTo', handle)}
          >
            {t('draftButton')}
          </Button>
        </div>
      </div>
    </li>
  );
}
