import { platformName } from '../model/platforms';
import type { PageReading } from '../model/reading';
import type { Verdict } from '../model/verdict';
import { displayText } from './text';
import { t } from '../i18n/messages';
import { countedText } from '../i18n/plural';

/** What the panel says about the page as a whole, before any number. */
export type StatusKind =
  'reading' | 'ok' | 'insufficient' | 'login-wall' | 'private' | 'not-found' | 'unreadable';

export interface StatusView {
  kind: StatusKind;
  title: string;
  detail: string | null;
  /** False for every state in which the page gave no trustworthy number. */
  showNumbers: boolean;
}

const who = (reading: PageReading): string =>
  reading.handle ? `@${displayText(reading.handle, 60)}` : t('thisCreator');

export function statusView(reading: PageReading | null, verdict: Verdict | null): StatusView {
  if (!reading)
    return { kind: 'reading', title: t('readingThisPage'), detail: null, showNumbers: false };
  const site = platformName(reading.platform);
  const reason = reading.statusReason ? displayText(reading.statusReason, 200) : null;
  switch (reading.status) {
    case 'login-wall':
      return {
        kind: 'login-wall',
        title: t('couldntReadLogin', who(reading)),
        detail: t('loginDetail', site),
        showNumbers: false,
      };
    case 'private':
      return {
        kind: 'private',
        title: t('couldntReadPrivate', who(reading)),
        detail: t('privateDetail'),
        showNumbers: false,
      };
    case 'not-found':
      return {
        kind: 'not-found',
        title: t('couldntReadNotFound', who(reading)),
        detail: t('notFoundDetail', site),
        showNumbers: false,
      };
    case 'unreadable':
      return {
        kind: 'unreadable',
        title: t('pageUnreadable'),
        detail: reason ?? t('unreadableDetail', site),
        showNumbers: false,
      };
    case 'ok':
      break;
  }
  if (!verdict) return { kind: 'reading', title: t('scoring'), detail: null, showNumbers: true };
  return {
    kind: verdict.verdict === 'insufficient-data' ? 'insufficient' : 'ok',
    title: t(
      'statusRead',
      site,
      t(PAGE_NAME[reading.page]),
      postsCount(reading.posts.length),
      commentsCount(reading.comments.length),
    ),
    // A readable page that is not the creator's own (a story) says whose numbers these are.
    detail: reading.page === 'other' ? reason : null,
    showNumbers: true,
  };
}

const PAGE_NAME = {
  profile: 'pageProfile',
  post: 'pagePost',
  video: 'pageVideo',
  other: 'pageOther',
} as const;

const postsCount = (n: number) => countedText(n, 'countPostsOne', 'countPostsMany');
const commentsCount = (n: number) => countedText(n, 'commentsOne', 'commentsMany');
