import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { setMessageSource } from '../../../lib/i18n/messages';
import { readingEvidence } from '../../../lib/dashboard/creator-view';
import { defaultRuleSettings } from '../../../lib/model/settings';
import {
  fieldWords,
  isTechnical,
  plainDetail,
  plainReason,
  plainSource,
} from '../../../lib/panel/evidence-words';
import { panelView } from '../../../lib/panel/view';
import { platformOf, readers } from '../../../lib/sites/read-page';
import { scoreReading } from '../../../lib/rules/score';
import { parseHtmlDocument } from '../../../scripts/lib/parse-html';
import { savedPages } from '../../../scripts/lib/saved-pages';

/**
 * Every line of evidence the panel and the dashboard show for the saved pages is in a marketer's
 * words: no JSON path (`user.edge_followed_by.count`), field id (`posts.likes`, `statsV2`) or
 * selector. Comment texts and captions are the page's own words and are left out of the check.
 */

/** A JSON path, a snake_case or camelCase field name, a key=value, a selector. */
const DEVELOPER_WORDS =
  /\b[A-Za-z_$][\w$-]*(?:\.[A-Za-z_$][\w$-]*)+\b|\b[a-z]+_[a-z_]+\b|\b[a-z]+[A-Z]\w*\b|\w=\w|\[[\w-]+[$^*]?=|\bdata-e2e\b/;
/** Left out of the check: the page's own text quoted in a line ("the page shows “12.3K”"), links, handles. */
const quotedOrUrl = (line: string) =>
  line.replace(
    /“[^”]*”|"[^"]*"|https?:\/\/\S+|\b[\w-]+\.(?:com|net|org|es|co)\b\S*|@[\w.]+|\be\.g\./g,
    '',
  );
/** Brackets inside brackets ("(source: X (Y))") and a repository file named on screen. */
const CLUMSY = /\([^()]*\(|\)\)|docs\/\w+\.md/;

const pages = Object.entries(savedPages).filter(([, p]) => p.file.endsWith('.html'));
const thresholds = defaultRuleSettings.thresholds;
const brief = { name: 'Spring kit', keywords: ['watercolor'], followers: { min: 10_000 } };

describe.each(pages)('%s', (_name, saved) => {
  const html = readFileSync(resolve(import.meta.dirname, '../../fixtures', saved.file), 'utf8');
  const platform = platformOf(saved.url)!;
  const reading = readers[platform]({ document: parseHtmlDocument(html), url: saved.url });
  const verdict = scoreReading(reading, { brief, now: new Date(reading.readAt) });

  test('the panel’s evidence names no JSON path or field id', () => {
    const view = panelView({ reading, verdict, brief, thresholds });
    const lines = [
      view.status.detail ?? '',
      ...view.metrics.flatMap((m) => [m.note, ...m.evidence]),
      ...view.flags.flatMap((f) => [f.message]),
    ];
    expect(lines.filter((l) => DEVELOPER_WORDS.test(quotedOrUrl(l)) || CLUMSY.test(l))).toEqual([]);
  });

  test('the dashboard’s evidence names no JSON path or field id', () => {
    const evidence = readingEvidence({
      lastReading: {
        at: reading.readAt,
        url: saved.url,
        reading,
        verdict: JSON.parse(JSON.stringify(verdict)),
        postIds: [],
      } as never,
      recentPosts: [],
    });
    const lines = [
      ...(evidence?.numbers.flatMap((n) => n.lines) ?? []),
      ...(evidence?.missing ?? []),
    ];
    expect(lines.filter((l) => DEVELOPER_WORDS.test(quotedOrUrl(l)) || CLUMSY.test(l))).toEqual([]);
  });
});

describe('plain words', () => {
  test.each([
    ['user.edge_followed_by.count', null],
    ['webapp.user-detail.userInfo.statsV2.followerCount', null],
    ['a[href$="/followers/"] text: "12.3K"', 'the page shows “12.3K”'],
    [
      'meta description: "534K likes, 5,064 comments"',
      'the page shows “534K likes, 5,064 comments”',
    ],
    ['statsV2.followerCount; stats.followerCount=783400 is the rounded form', null],
  ])('plainDetail(%s) = %s', (detail, plain) => {
    expect(plainDetail(detail)).toBe(plain);
  });

  test('a reason keeps its plain parts only', () => {
    expect(plainReason('hidden by the creator', 'x')).toBe('hidden by the creator');
    expect(plainReason('not shown; statsV2.diggCount missing', 'x')).toBe('not shown');
    expect(plainReason('userInfo.stats.followerCount=abc', 'not on this page')).toBe(
      'not on this page',
    );
  });

  test.each(['user.edge_followed_by.count', 'posts.likes', 'spamSkipRatio', 'like_count'])(
    '%s is developer words',
    (text) => expect(isTechnical(text)).toBe(true),
  );
  test.each(['hidden by the creator', 'no posts read on this profile', '12.3K followers'])(
    '%s is plain',
    (text) => expect(isTechnical(text)).toBe(false),
  );
});

describe('sources and fields', () => {
  test.each([
    [
      'The seed method (docs/methodology.md, "Engagement rate")',
      'The seed method, "Engagement rate"',
    ],
    ['Modash, Nov 2025 (docs/methodology.md)', 'Modash, Nov 2025'],
    ['My agency’s own figures', 'My agency’s own figures'],
  ])('plainSource(%s) = %s', (source, plain) => expect(plainSource(source)).toBe(plain));

  test.each([
    ['posts.likes', 'likes on the posts'],
    ['recentPosts', 'recent posts'],
    ['profile.followers', 'followers'],
    ['posts.playCount', 'play count'],
  ])('fieldWords(%s) = %s', (field, words) => expect(fieldWords(field)).toBe(words));
});

test("in another UI language a reader's English reason gives way to the fallback, in that language", () => {
  const reason = 'a post page does not always state the author’s followers';
  expect(plainReason(reason, 'not on this page')).toBe(reason);
  setMessageSource({ message: () => '', locale: 'es-ES' });
  try {
    expect(plainReason(reason, 'no está en esta página')).toBe('no está en esta página');
  } finally {
    setMessageSource(null);
  }
});
