import { safePostHref, visitEngagements } from '../../lib/dashboard/deliverables-view';
import { formatLabel } from '../../lib/i18n/labels';
import { t } from '../../lib/i18n/messages';
import type { CampaignEntry } from '../../lib/model/creator';
import type { Platform } from '../../lib/model/reading';
import { formatCount, formatDay } from '../../lib/panel/format';
import { plural } from '../../lib/i18n/plural';

/**
 * A creator's deliverables in one campaign, newest first (by publishing date, else the day it was
 * recorded): format, publishing date, the counts of
 * the latest visit and a link to the post (only to the creator's own platform: page text is hostile).
 */
export function EntryDeliverables(props: {
  entry: Pick<CampaignEntry, 'campaignId' | 'deliverables'>;
  platform: Platform;
  level?: 3 | 4;
}) {
  const { entry, platform } = props;
  const Heading = props.level === 4 ? 'h4' : 'h3';
  const list = [...entry.deliverables].sort((a, b) =>
    (b.takenAt ?? b.addedAt).localeCompare(a.takenAt ?? a.addedAt),
  );
  return (
    <section
      className="entry-deliverables"
      data-testid="scout-entry-deliverables"
      data-campaign={entry.campaignId ?? ''}
    >
      <Heading>{t('entryDeliverablesHeading', list.length)}</Heading>
      {list.length === 0 ? (
        <p className="muted">{t('entryDeliverablesNone')}</p>
      ) : (
        <ul>
          {list.map((d) => {
            const last = d.visits.at(-1);
            const when = d.takenAt
              ? t('entryDeliverablePublished', formatDay(d.takenAt))
              : t('entryDeliverableUndated');
            const read = last ? visitEngagements(last, platform) !== null : false;
            const href = safePostHref(d.url, platform);
            return (
              <li key={d.postId} data-testid="scout-entry-deliverable" data-post-id={d.postId}>
                {read && last
                  ? t(
                      'entryDeliverableLine',
                      formatLabel(d.format),
                      when,
                      plural(last.likes, 'likesOne', 'likesMany', formatCount(last.likes)),
                      plural(
                        last.comments,
                        'commentsOne',
                        'commentsMany',
                        formatCount(last.comments),
                      ),
                    )
                  : t('entryDeliverableNotRead', formatLabel(d.format), when)}{' '}
                {href ? (
                  <a href={href} target="_blank" rel="noopener noreferrer">
                    {t('entryDeliverableOpen')}
                  </a>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
