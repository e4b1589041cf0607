import type { PageReading } from '../model/reading';
import type { Thresholds } from '../model/settings';
import type { Verdict } from '../model/verdict';
import { plainReason } from './evidence-words';
import { displayText } from './text';
import { t } from '../i18n/messages';
import { plural } from '../i18n/plural';

/** One thing the marketer can do on the page to give the rules more to go on. */
export interface Advice {
  id: 'scroll-posts' | 'open-post' | 'load-comments' | 'open-profile' | 'reload';
  text: string;
}

/**
 * What to do when the page has not shown enough: ordered by how much it would help. Empty when the
 * page is unusable (the status says why) or nothing is missing.
 */
export function adviceFor(reading: PageReading, verdict: Verdict, th: Thresholds): Advice[] {
  if (reading.status !== 'ok') return [];
  const out: Advice[] = [];
  const singlePost = reading.page === 'post' || reading.page === 'video';
  const e = verdict.engagement;
  const spam = verdict.spam;
  const handle = reading.handle ? `@${displayText(reading.handle, 60)}` : t('theCreator');

  if (reading.page === 'profile') {
    if (reading.profile?.followers.value == null)
      out.push({
        id: 'reload',
        text: t(
          'adviceReload',
          displayText(plainReason(reading.profile?.followers.reason, t('notOnThePage')), 240),
        ),
      });
    if (e.postsUsed < th.minPosts)
      out.push({
        id: 'scroll-posts',
        text:
          reading.posts.length === 0
            ? t('adviceScrollNoPosts')
            : plural(
                e.postsUsed,
                'adviceScrollMoreOne',
                'adviceScrollMoreMany',
                e.postsUsed,
                th.minPosts,
              ),
      });
    if (!spam.enough)
      out.push({
        id: 'open-post',
        text: t('adviceOpenPost', spam.audienceComments, spam.minimum),
      });
  }

  if (singlePost) {
    if (!spam.enough)
      out.push({
        id: 'load-comments',
        text:
          spam.audienceComments === 0
            ? t('adviceOpenComments', spam.minimum)
            : t('adviceScrollComments', spam.audienceComments, spam.minimum),
      });
    out.push({
      id: 'open-profile',
      text: t('adviceOpenProfile', handle),
    });
  }
  return out;
}
