import { useMemo } from 'react';
import { safePostHref } from '../../lib/dashboard/deliverables-view';
import { t } from '../../lib/i18n/messages';
import type { Campaign } from '../../lib/model/campaign';
import type { CreatorRecord } from '../../lib/model/creator';
import { formatDay } from '../../lib/panel/format';
import {
  competitorWindow,
  type CompetitorHit,
  type MemberWindow,
  type MentionPlace,
} from '../../lib/rules/campaign/competitor-window';
import { countedText, plural } from '../../lib/i18n/plural';

/** "@x: 2 posts in the window were kept without their caption…" */
const noText = (handle: string, n: number) =>
  plural(n, 'competitorUncheckedNoTextOne', 'competitorUncheckedNoTextMany', handle, n);

const WHERE: Record<MentionPlace, () => string> = {
  caption: () => t('competitorWhereCaption'),
  mention: () => t('competitorWhereMention'),
  hashtag: () => t('competitorWhereHashtag'),
};

function whenText(days: number): string {
  if (days === 0) return t('competitorWhenDuring');
  if (days === -1) return t('competitorWhenDayBefore');
  if (days === 1) return t('competitorWhenDayAfter');
  return days < 0 ? t('competitorWhenDaysBefore', -days) : t('competitorWhenDaysAfter', days);
}

function uncheckedText(m: MemberWindow): string | null {
  switch (m.check) {
    case 'checked':
      return m.textless > 0 ? noText(m.handle, m.textless) : null;
    case 'no-posts':
      return t('competitorUncheckedNoPosts', m.handle);
    case 'no-dates':
      return plural(
        m.undated,
        'competitorUncheckedNoDatesOne',
        'competitorUncheckedNoDatesMany',
        m.handle,
        m.undated,
      );
    case 'none-in-window': {
      const [oldest, newest] = [formatDay(m.oldest), formatDay(m.newest)];
      return oldest === newest
        ? t('competitorUncheckedOutsideOneDay', m.handle, oldest)
        : t('competitorUncheckedOutside', m.handle, oldest, newest);
    }
    case 'no-text':
      return noText(m.handle, m.textless);
  }
}

function Hit(props: { hit: CompetitorHit }) {
  const { hit } = props;
  const href = safePostHref(hit.url, hit.platform);
  return (
    <li
      data-testid="scout-competitor-hit"
      data-handle={hit.handle}
      data-post-id={hit.postId}
      data-competitor={hit.competitor}
    >
      {t(
        'competitorWindowHit',
        hit.handle,
        formatDay(hit.takenAt),
        hit.competitor,
        WHERE[hit.where](),
        whenText(hit.daysOutside),
      )}{' '}
      {href ? (
        <a href={href} target="_blank" rel="noreferrer noopener">
          {t('competitorOpenPost')}
        </a>
      ) : null}
    </li>
  );
}

/**
 * The method's "no competing promotions within 30 days" on one campaign: the competitor mentions in
 * its creators' kept posts within the window, and whom it could not check and why.
 */
export function CompetitorWindow(props: {
  campaign: Campaign;
  creators: readonly CreatorRecord[];
  days: number;
}) {
  const { campaign, creators, days } = props;
  const report = useMemo(
    () => competitorWindow(campaign, creators, days),
    [campaign, creators, days],
  );
  const body = (() => {
    if (report.status === 'no-competitors') return <p>{t('competitorWindowNoCompetitors')}</p>;
    if (report.status === 'no-dates')
      return <p data-testid="scout-competitor-no-dates">{t('competitorWindowNoDates')}</p>;
    const unchecked = report.members.flatMap((m) => {
      const text = uncheckedText(m);
      return text === null ? [] : [{ handle: m.handle, text }];
    });
    const checked = report.members.reduce((sum, m) => sum + m.checkedPosts, 0);
    return (
      <>
        <p>
          {t(
            'competitorWindowIntro',
            report.days,
            formatDay(report.from),
            report.to === null ? t('competitorWindowOpenEnd') : formatDay(report.to),
          )}
        </p>
        {report.members.length === 0 ? <p>{t('competitorWindowNoMembers')}</p> : null}
        {report.hits.length > 0 ? (
          <>
            <h5>{t('competitorWindowFound', report.hits.length)}</h5>
            <ul className="competitor-hits">
              {report.hits.map((hit) => (
                <Hit key={`${hit.handle}:${hit.postId}:${hit.competitor}`} hit={hit} />
              ))}
            </ul>
          </>
        ) : report.members.length > 0 && checked > 0 ? (
          <p data-testid="scout-competitor-clear">
            {countedText(checked, 'competitorWindowClearOne', 'competitorWindowClearMany')}
          </p>
        ) : null}
        {unchecked.length > 0 ? (
          <>
            <h5>{t('competitorUncheckedHeading')}</h5>
            <ul>
              {unchecked.map((u) => (
                <li key={u.handle} data-testid="scout-competitor-unchecked" data-handle={u.handle}>
                  {u.text}
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <p className="hint">{t('competitorWindowMethod')}</p>
      </>
    );
  })();
  return (
    <section
      className="competitor-window"
      data-testid="scout-competitor-window"
      data-status={report.status}
      aria-labelledby="competitor-window-title"
    >
      <h4 id="competitor-window-title">{t('competitorWindowTitle')}</h4>
      {body}
    </section>
  );
}
