import { describe, expect, test } from 'vitest';
import { readInstagramPage } from '../../../lib/sites/instagram/read-page';
import { readTikTokPage } from '../../../lib/sites/tiktok/read-page';
import { scoreReading } from '../../../lib/rules/score';
import { parseHtmlDocument } from '../../../scripts/lib/parse-html';
import { savedPages } from '../../../scripts/lib/saved-pages';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const fixtures = resolve(import.meta.dirname, '..', '..', 'fixtures');
const text = (file: string) => readFileSync(resolve(fixtures, file), 'utf8');
const now = new Date('2026-08-01T00:00:00Z');
const VIDEO = 'tiktok/video-logged-out-2026-07.html';
const VIDEO_URL = 'https://www.tiktok.com/@mysticaquariumct/video/7660566211100511518';

function vetTikTok(html: string, url: string) {
  const reading = readTikTokPage({ document: parseHtmlDocument(html), url, now });
  return scoreReading(reading, { now });
}

describe('implausible counts on saved pages', () => {
  test.each(Object.entries(savedPages))(
    'the real or saved page %s raises no such flag',
    (_k, page) => {
      const html = text(page.file);
      const doc = parseHtmlDocument(html);
      const reading = page.url.includes('tiktok.com')
        ? readTikTokPage({ document: doc, url: page.url, now })
        : readInstagramPage({ document: doc, url: page.url, now });
      expect(scoreReading(reading, { now }).flags.map((f) => f.id)).not.toContain(
        'implausible-counts',
      );
    },
  );

  test('the real video page with its plays cut to 760 (21,000 likes) is flagged, no rate', () => {
    const original = vetTikTok(text(VIDEO), VIDEO_URL);
    expect(original.engagement.viewRate).toBeCloseTo((21_000 + 82 + 4060) / 76_000);
    const cut = text(VIDEO)
      .replaceAll('"playCount":76000', '"playCount":760')
      .replaceAll('"playCount":"76000"', '"playCount":"760"');
    const v = vetTikTok(cut, VIDEO_URL);
    expect(v.engagement.posts[0]!.views).toBe(760);
    expect(v.scores.engagementRate).toBeNull();
    expect(v.flags.find((f) => f.id === 'implausible-counts')?.message).toBe(
      'Counts that cannot all be right — video 7660566211100511518: 21,000 likes but only 760 views; 4,060 shares but only 760 views. That post is left out of the engagement rate. Check the page by hand.',
    );
  });
});
