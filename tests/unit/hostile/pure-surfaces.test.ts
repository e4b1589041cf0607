import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { shortlistToCsv, type ShortlistCsvRow } from '../../../lib/export/shortlist-csv';
import { buildDraft, buildTrackedLink, builtinTemplate } from '../../../lib/outreach';
import { readInstagramPage } from '../../../lib/sites/instagram/read-page';
import { readTikTokPage } from '../../../lib/sites/tiktok/read-page';
import { scoreReading } from '../../../lib/rules/score';
import { parseHtmlDocument } from '../../../scripts/lib/parse-html';
import { formulaCells, hostileCorpus, hostileLinks } from '../../fixtures/hostile/corpus';

const row = (text: string): ShortlistCsvRow => ({
  platform: 'instagram',
  handle: 'jane',
  displayName: text,
  profileUrl: 'https://www.instagram.com/jane/',
  followers: 12000,
  tier: 'micro',
  engagementRate: 0.04,
  engagementBasis: 'followers',
  spamRatio: 0.1,
  spamTooFew: false,
  audienceFit: 0.6,
  verdict: 'strong',
  status: 'shortlisted',
  campaign: text,
  tags: [text],
  log: text.trim() === '' ? [] : [{ at: '2026-03-01T10:00:00.000Z', channel: 'other', text }],
  emails: [text],
  contactLinks: [text],
  discountCode: 'JANE15',
  trackedLink: null,
  affiliateLink: text,
  publishAt: null,
  firstSeen: null,
  lastVisited: null,
  impressions: null,
  clicks: null,
  conversions: null,
  revenue: null,
  resultsBasis: null,
  payment: null,
  roas: null,
  deliverables: 1,
  deliverableLinks: [text],
  deliverableFormats: ['video'],
  deliverableEngagements: null,
});

const formulaStart = /^[=+\-@\t\r＝＋－＠]/;
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const bidiOrControl = /[\u202a-\u202e\u2066-\u2069\u0000-\u0008\u000b\u000c\u000e-\u001f]/;

describe('hostile text through the CSV export', () => {
  test.each(hostileCorpus.map((t) => [t.slice(0, 40), t]))(
    '%s: no cell a spreadsheet would run',
    (_name, text) => {
      const csv = shortlistToCsv([row(text)]);
      const parsed = Papa.parse<string[]>(csv.replace(/^\ufeff/, ''), { skipEmptyLines: true });
      for (const cell of parsed.data.flat()) expect(cell).not.toMatch(formulaStart);
    },
  );

  test.each(formulaCells)('%s is written with a leading quote and reads back unchanged', (cell) => {
    const csv = shortlistToCsv([row(cell)]);
    const [header, values] = Papa.parse<string[]>(csv.replace(/^\ufeff/, ''), {
      skipEmptyLines: true,
    }).data;
    const written = values![header!.indexOf('display_name')]!;
    expect(written.startsWith("'")).toBe(true);
    expect(written.slice(1)).toBe(cell.replace(/\r/g, '\n').slice(0, written.length - 1));
  });
});

describe('hostile text through outreach drafts', () => {
  test.each(hostileCorpus.map((t) => [t.slice(0, 40), t]))(
    '%s: plain text, no bidi override or control character',
    (_name, text) => {
      const draft = buildDraft(builtinTemplate('first-contact')!, {
        creator: { platform: 'instagram', handle: 'jane', displayName: text, topic: text },
        recentPost: {
          url: 'https://www.instagram.com/p/CPeC-Eenc8l/',
          excerpt: text,
          standout: text,
        },
        campaign: { brand: text, product: text },
        sender: text,
      });
      expect(draft.text).not.toMatch(bidiOrControl);
      expect(draft.text.length).toBeLessThan(20_000);
    },
  );

  test.each(hostileLinks)('a tracked link on %s is refused', (landingUrl) => {
    expect(
      buildTrackedLink({ landingUrl, tier: 'micro', campaign: 'spring', handle: 'jane' }).ok,
    ).toBe(false);
  });
});

describe('hostile text on pages', () => {
  const escape = (t: string) =>
    t.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  test.each(hostileCorpus.map((t) => [t.slice(0, 40), t]))(
    '%s in a bio and a caption is read as text',
    (_name, text) => {
      const ig = parseHtmlDocument(
        `<html><head><meta name="description" content="${escape(`1,234 Followers, 56 Following, 78 Posts - See Instagram photos and videos from ${text} (@jane)`)}"></head><body></body></html>`,
      );
      const reading = readInstagramPage({ document: ig, url: 'https://www.instagram.com/jane/' });
      expect(reading.profile?.followers.value).toBe(1234);
      expect(() => scoreReading(reading)).not.toThrow();

      const universal = {
        __DEFAULT_SCOPE__: {
          'webapp.user-detail': {
            statusCode: 0,
            userInfo: {
              user: { uniqueId: 'jane', nickname: text, signature: text, bioLink: { link: text } },
              stats: { followerCount: 1234, followingCount: 56, heartCount: 7890, videoCount: 12 },
              statsV2: {
                followerCount: '1234',
                followingCount: '56',
                heartCount: '7890',
                videoCount: '12',
              },
            },
          },
        },
      };
      const json = JSON.stringify(universal).replace(/</g, '\\u003c');
      const tt = parseHtmlDocument(
        `<html><head></head><body><script id="__UNIVERSAL_DATA_FOR_REHYDRATION__" type="application/json">${json}</script></body></html>`,
      );
      const tiktok = readTikTokPage({ document: tt, url: 'https://www.tiktok.com/@jane' });
      expect(tiktok.profile?.followers.value).toBe(1234);
      expect(tiktok.profile?.bio ?? '').not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
      expect(() => scoreReading(tiktok)).not.toThrow();
    },
  );
});
