import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHtmlDocument } from '../../../../scripts/lib/parse-html';
import type { ObservedResponse, PageReading } from '../../../../lib/model/reading';
import { readTikTokPage } from '../../../../lib/sites/tiktok/read-page';

const dir = fileURLToPath(new URL('../../../fixtures/tiktok/', import.meta.url));

export const fixtureText = (name: string): string => readFileSync(dir + name, 'utf8');
export const fixtureJson = (name: string): unknown => JSON.parse(fixtureText(name));

const docs = new Map<string, Document>();
export function fixtureDoc(name: string): Document {
  let doc = docs.get(name);
  if (!doc) {
    doc = parseHtmlDocument(fixtureText(name));
    docs.set(name, doc);
  }
  return doc;
}

export const NOW = new Date('2026-08-01T00:00:00Z');

export function readFixture(
  name: string | null,
  url: string,
  responses?: ObservedResponse[],
): PageReading {
  return readTikTokPage({ document: name ? fixtureDoc(name) : null, url, responses, now: NOW });
}

export const HTML_FIXTURES = [
  'profile-rendered-2025-12.html',
  'video-rendered-2025-12.html',
  'video-logged-out-2026-07.html',
  'sigi-profile-synthetic.html',
  'profile-overflow-synthetic.html',
  'private-synthetic.html',
  'not-found-synthetic.html',
  'login-wall-synthetic.html',
  'captcha-synthetic.html',
  'empty-shell-synthetic.html',
  'video-comments-synthetic.html',
] as const;
