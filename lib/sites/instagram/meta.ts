import { cleanLine, cleanText, decodeEntities } from '../text';
import { countInClause, type MetaCount } from './count-text';
import { SELECTORS } from './selectors';

/**
 * The meta tags, in any language. Instagram writes the counts first, in a fixed order, before
 * " - ": "2,362 Followers, 136 Following, 224 Posts - …" (profiles), "534K likes, 5,064 comments
 * - willyrex on May 8, 2021: …" (posts), "104 mila Mi piace, 562 commenti - …" (Italian). The
 * labels are translated, the order is not, so the readers go by position and never by words.
 */

export interface MetaTags {
  description: string | null;
  ogDescription: string | null;
  ogTitle: string | null;
  twitterTitle: string | null;
  ogUrl: string | null;
}

function content(doc: Document, selector: string): string | null {
  const value = doc.querySelector(selector)?.getAttribute('content');
  return value ? cleanText(decodeEntities(value)) : null;
}

export function readMetaTags(doc: Document): MetaTags {
  return {
    description: content(doc, SELECTORS.metaDescription),
    ogDescription: content(doc, SELECTORS.ogDescription),
    ogTitle: content(doc, SELECTORS.ogTitle),
    twitterTitle: content(doc, SELECTORS.twitterTitle),
    ogUrl:
      content(doc, SELECTORS.ogUrl) ??
      doc.querySelector(SELECTORS.canonical)?.getAttribute('href') ??
      null,
  };
}

const DASH = / [-–—] /;

/** The counts before " - ", in page order; null when the head is not a list of counts. */
export function leadingCounts(description: string, lang: string | null): MetaCount[] | null {
  const dash = DASH.exec(description);
  if (!dash) return null;
  const head = description.slice(0, dash.index);
  if (head.length > 160) return null;
  const clauses = head.split(/[,،]\s+|\s*[、，،;]\s*/).filter((c) => c.trim());
  const counts: MetaCount[] = [];
  for (const clause of clauses) {
    // "2,362 Followers", "104 mila Mi piace", "و136 من المتابَعين": a count and a short label.
    if (clause.trim().split(/\s+/).length > 4) return null;
    const count = countInClause(clause, lang);
    if (!count) return null;
    counts.push(count);
  }
  return counts.length ? counts : null;
}

/** The text after " - " ("willyrex on May 8, 2021: …"). */
export function afterDash(description: string): string | null {
  const dash = DASH.exec(description);
  return dash ? description.slice(dash.index + dash[0].length) : null;
}

const OPENING = '"“«「„';
const CLOSING = '"”»」“';

/** The quoted text in "Name on Instagram: “caption”" or "… (@x) on Instagram: "bio"". */
export function quoted(text: string, from = 0): string | null {
  let open = -1;
  for (let i = from; i < text.length; i++) {
    if (OPENING.includes(text[i]!)) {
      open = i;
      break;
    }
  }
  if (open < 0) return null;
  let close = -1;
  for (let i = text.length - 1; i > open; i--) {
    if (CLOSING.includes(text[i]!)) {
      close = i;
      break;
    }
  }
  if (close < 0) return null;
  const inner = cleanText(text.slice(open + 1, close));
  return inner || null;
}

/** "Pluto (@pluto__travel) • Instagram photos and videos" → name and handle. */
export function nameAndHandle(
  title: string | null,
): { name: string | null; handle: string } | null {
  if (!title) return null;
  const match = /^(.*?)\s*\(@([a-z0-9._]{1,30})\)/i.exec(title);
  if (!match) return null;
  return { name: cleanLine(match[1] ?? '') || null, handle: match[2]!.toLowerCase() };
}

/** The first word after " - " when it looks like a handle ("willyrex on May 29, 2021"). */
export function authorAfterDash(description: string): string | null {
  const rest = afterDash(description);
  const match = rest ? /^@?([a-z0-9._]{1,30})(?=[\s:,]|$)/i.exec(rest) : null;
  return match ? match[1]!.toLowerCase() : null;
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/**
 * The post date of an English meta description ("willyrex on May 29, 2021: …") as an ISO date
 * (day precision: the description has no time). Other languages word dates differently: null.
 */
export function englishDate(description: string, lang: string | null): string | null {
  if (lang && !/^en\b/i.test(lang)) return null;
  const rest = afterDash(description);
  const match = rest ? /^\S+ on ([A-Z][a-z]+) (\d{1,2}), (\d{4})\b/.exec(rest) : null;
  if (!match) return null;
  const month = MONTHS.indexOf(match[1]!.toLowerCase());
  const day = Number(match[2]);
  if (month < 0 || day < 1 || day > 31) return null;
  return `${match[3]}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
