import { cleanLine } from '../text';
import { NOT_FOUND_PHRASES, PRIVATE_PHRASES, SELECTORS } from './selectors';

/**
 * Page states with no numbers: not found, private, login wall, empty app shell. Only headings
 * are read for phrases (a handful of elements), never the whole document text.
 */

function headings(doc: Document): string[] {
  return [...doc.querySelectorAll(SELECTORS.headings)].map((h) =>
    cleanLine(h.textContent ?? '').toLowerCase(),
  );
}

function says(texts: string[], phrases: readonly string[]): boolean {
  return texts.some((t) => phrases.some((p) => t.includes(p)));
}

export interface PageStates {
  notFound: boolean;
  privateNotice: boolean;
  loginForm: boolean;
  /** Nothing Instagram renders for a page: no meta, no data, no header, no article. */
  emptyShell: boolean;
}

export function pageStates(doc: Document): PageStates {
  const texts = headings(doc);
  const hasMeta = Boolean(
    doc.querySelector(
      `${SELECTORS.metaDescription}, ${SELECTORS.ogDescription}, ${SELECTORS.ogTitle}`,
    ),
  );
  const hasContent = Boolean(doc.querySelector(SELECTORS.renderedContent));
  return {
    notFound: says(texts, NOT_FOUND_PHRASES) || /page not found/i.test(doc.title ?? ''),
    privateNotice: says(texts, PRIVATE_PHRASES),
    loginForm: Boolean(doc.querySelector(SELECTORS.loginForm)),
    emptyShell: !hasMeta && !hasContent,
  };
}
