import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Count, ObservedResponse, PageReading } from '../../../../lib/model/reading';
import { readInstagramPage } from '../../../../lib/sites/instagram/read-page';
import { parseHtmlDocument } from '../../../../scripts/lib/parse-html';

const dir = fileURLToPath(new URL('../../../fixtures/instagram/', import.meta.url));

export const fixtureText = (name: string): string => readFileSync(dir + name, 'utf8');

const docs = new Map<string, Document>();
/** The fixture as a Document; fragments are wrapped in a page body. */
export function fixtureDoc(name: string): Document {
  if (!docs.has(name)) {
    const html = fixtureText(name);
    docs.set(
      name,
      parseHtmlDocument(
        html.includes('<html') ? html : `<!doctype html><html><body>${html}</body></html>`,
      ),
    );
  }
  return docs.get(name)!;
}

export const NOW = new Date('2026-11-25T12:00:00Z');

export function readFixture(name: string, url: string): PageReading {
  return readInstagramPage({ document: fixtureDoc(name), url, now: NOW });
}

export function readResponse(
  name: string,
  url: string,
  responseUrl = 'https://www.instagram.com/graphql/query',
): PageReading {
  const response: ObservedResponse = { url: responseUrl, body: JSON.parse(fixtureText(name)) };
  return readInstagramPage({ document: null, url, responses: [response], now: NOW });
}

/** value, exact and source of a Count, for compact table rows. */
export const vs = (c: Count | undefined) => (c ? [c.value, c.exact, c.source] : undefined);
