import { platformName } from '../model/platforms';
import type { PageReading } from '../model/reading';
import type { Verdict } from '../model/verdict';
import { displayText } from './text';

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
  reading.handle ? `@${displayText(reading.handle, 60)}` : 'this creator';

export function statusView(reading: PageReading | null, verdict: Verdict | null): StatusView {
  if (!reading)
    return { kind: 'reading', title: 'Reading this page…', detail: null, showNumbers: false };
  const site = platformName(reading.platform);
  const reason = reading.statusReason ? displayText(reading.statusReason, 200) : null;
  switch (reading.status) {
    case 'login-wall':
      return {
        kind: 'login-wall',
        title: `Couldn't read ${who(reading)}: log-in wall`,
        detail: `${site} shows a log-in form instead of the page. Log in to ${site} and reload to read the numbers.`,
        showNumbers: false,
      };
    case 'private':
      return {
        kind: 'private',
        title: `Couldn't read ${who(reading)}: private account`,
        detail: 'Posts and comments of a private account are hidden, so nothing can be measured.',
        showNumbers: false,
      };
    case 'not-found':
      return {
        kind: 'not-found',
        title: `Couldn't read ${who(reading)}: account not found`,
        detail: `${site} says this page isn't available (the account may have been renamed or removed).`,
        showNumbers: false,
      };
    case 'unreadable':
      return {
        kind: 'unreadable',
        title: "Couldn't read this page",
        detail:
          reason ?? `${site} changed this page or it has not finished loading. Try reloading.`,
        showNumbers: false,
      };
    case 'ok':
      break;
  }
  if (!verdict) return { kind: 'reading', title: 'Scoring…', detail: null, showNumbers: true };
  return {
    kind: verdict.verdict === 'insufficient-data' ? 'insufficient' : 'ok',
    title: `${site} ${PAGE_NAME[reading.page]}: ${plural(reading.posts.length, 'post')} and ${plural(reading.comments.length, 'comment')} read`,
    // A readable page that is not the creator's own (a story) says whose numbers these are.
    detail: reading.page === 'other' ? reason : null,
    showNumbers: true,
  };
}

const PAGE_NAME = { profile: 'profile', post: 'post', video: 'video', other: 'page' } as const;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
