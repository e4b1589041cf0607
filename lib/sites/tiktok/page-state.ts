import type { ReadStatus } from '../../model/reading';
import { INTERSTITIALS, STATE_TEXTS } from './selectors';

export interface PageState {
  status: Exclude<ReadStatus, 'ok'>;
  reason: string;
}

/**
 * Why a page gave no data, from its markup. Only asked when no rung found anything: a login
 * prompt laid over a readable page does not make it unreadable.
 */
export function pageStateOf(doc: Document): PageState | null {
  if (doc.querySelector(INTERSTITIALS.captcha)) {
    return {
      status: 'login-wall',
      reason: 'captcha interstitial: TikTok asks to verify before showing the page',
    };
  }
  if (doc.querySelector(INTERSTITIALS.login)) {
    return {
      status: 'login-wall',
      reason: 'login wall: TikTok asks to log in before showing the page',
    };
  }
  // Visible headings and paragraphs only: the i18n JSON of every page holds these phrases too.
  for (const el of doc.querySelectorAll('h1, h2, h3, p')) {
    const text = (el.textContent ?? '').toLowerCase();
    if (text.length > 200) continue;
    if (STATE_TEXTS.notFound.some((phrase) => text.includes(phrase))) {
      return { status: 'not-found', reason: `the page says "${(el.textContent ?? '').trim()}"` };
    }
    if (STATE_TEXTS.private.some((phrase) => text.includes(phrase))) {
      return { status: 'private', reason: `the page says "${(el.textContent ?? '').trim()}"` };
    }
  }
  return null;
}
