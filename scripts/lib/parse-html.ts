import { parseHTML } from 'linkedom';

/** A DOM Document for saved HTML outside the browser (CLI, tests, benchmarks). */
export function parseHtmlDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}
