import { afterEach, describe, expect, test } from 'vitest';
import de from '../../../public/_locales/de/messages.json';
import { setMessageSource, substitute, type MessageKey } from '../../../lib/i18n/messages';
import { saidText } from '../../../lib/i18n/said';
import { commentReasonText } from '../../../lib/panel/comment-reasons';
import type { CommentReading } from '../../../lib/model/reading';
import { scoreReading } from '../../../lib/rules/score';
import { comment, genuineComments, NOW, post, posts, reading } from '../rules/build';
import { saidMismatches } from './said-check';

afterEach(() => setMessageSource(null));

const spam = (n: number, from = 0): CommentReading[] =>
  Array.from({ length: n }, (_, i) =>
    comment(`Buy followers cheap at growfast dot com ${i}`, { author: `promo${i}` }, from + i),
  );
const generic = (n: number, from = 0): CommentReading[] =>
  Array.from({ length: n }, (_, i) => comment('🔥🔥🔥', { author: `g${i}` }, from + i));

/** Pages that give every reason and flag the rules turned into messages. */
const CASES = {
  'a healthy profile': reading({
    posts: posts([900, 1200, 700, 1500]),
    comments: genuineComments(40),
  }),
  'engagement below 1% (red flag) and below the band': reading({
    followers: 200_000,
    posts: posts([300, 500, 400, 350]),
    comments: genuineComments(40),
  }),
  'one post page, red flag from one post': reading({
    page: 'post',
    followers: 200_000,
    posts: [post({ likes: 300 })],
  }),
  'a mega creator below the open-ended band': reading({
    followers: 5_000_000,
    posts: posts([4000, 5000, 4500]),
  }),
  'too even likes and mass following': reading({
    following: 9_000,
    followers: 3_000,
    posts: posts([1000, 1001, 1002, 1003, 1000, 1001]),
  }),
  'a disclosure only after the caption cut-off': reading({
    posts: [
      post({ caption: `${'A long morning in the studio with new paints. '.repeat(4)}#ad` }, 0),
      ...posts([900, 1000, 1100]).map((p, i) => ({ ...p, id: `q${i}` })),
    ],
  }),
  'sponsored posts without disclosure': reading({
    posts: Array.from({ length: 5 }, (_, i) =>
      post({ caption: 'Use my code ANNA20 for 20% off at the link in bio @brand' }, i),
    ),
  }),
  'one undisclosed sponsored post': reading({
    posts: [
      post({ caption: 'Use my code ANNA20 for 20% off at the link in bio' }, 0),
      ...posts([900, 1000, 1100]).map((p, i) => ({ ...p, id: `q${i}` })),
    ],
  }),
  'half the comments spam': reading({
    posts: posts([900, 1000, 1100]),
    comments: [...spam(25), ...genuineComments(20)],
  }),
  'spam among too few comments': reading({
    posts: posts([900, 1000, 1100]),
    comments: [...spam(4), ...genuineComments(2)],
  }),
  'some spam, below the skip line': reading({
    posts: posts([900, 1000, 1100]),
    comments: [...spam(12), ...genuineComments(40)],
  }),
  'generic comments': reading({
    posts: posts([900, 1000, 1100]),
    comments: [...generic(30), ...genuineComments(15)],
  }),
  'no followers, few posts, no comments': reading({ followers: null, posts: posts([900]) }),
  'two posts only': reading({ posts: posts([900, 1000]) }),
  'a macro creator above the red flag (no healthy range named)': reading({
    followers: 200_000,
    posts: posts([4000, 5000, 4500]),
  }),
  'an account under 1,000 followers (no row of the seed)': reading({
    followers: 800,
    posts: posts([90, 100, 110]),
  }),
  'a micro creator under the band, above 1%': reading({
    followers: 50_000,
    posts: posts([1000, 1100, 900, 1050]),
  }),
  'not a creator page': reading({ page: 'other' }),
  'an unreadable page': reading({ status: 'login-wall' as never }),
  'counts with nothing to divide by': reading({ page: 'post', followers: null, posts: [post()] }),
  'no counts at all': reading({ posts: [post({ likes: null, comments: null })] }),
};

const FIT_PAGES = [
  CASES['a healthy profile'],
  CASES['no followers, few posts, no comments'],
  CASES['sponsored posts without disclosure'],
];

/** Briefs that reach every part of the audience fit, checked and not. */
const BRIEFS = {
  'a brief with every part': {
    name: 'Spring',
    keywords: ['watercolour'],
    hashtags: ['#paint'],
    languages: ['en'],
    countries: ['ES'],
    followers: { min: 1000, max: 50_000 },
  },
  'a brief the creator falls foul of': {
    name: 'Winter',
    competitors: ['brand'],
    excludedTopics: ['code'],
    followers: { max: 100 },
  },
  'a brief just out of reach': { name: 'Late', followers: { min: 21_000 } },
  'a brief the page cannot answer': {
    name: 'Autumn',
    keywords: ['ceramics'],
    languages: ['fr'],
    countries: ['PT'],
    followers: { min: 1000 },
  },
};

describe('every audience fit part that has a message says the same thing in English', () => {
  test.each(Object.entries(BRIEFS))('%s', (_, brief) => {
    for (const page of FIT_PAGES) {
      const verdict = scoreReading(page, { now: NOW, brief, detectLanguage: () => 'en' });
      expect(verdict.fit.components.length).toBeGreaterThan(0);
      expect(saidMismatches(verdict)).toEqual([]);
    }
  });

  test('the briefs reach the messages they are meant to test', () => {
    const keys = new Set(
      Object.values(BRIEFS).flatMap((brief) =>
        FIT_PAGES.flatMap((page) => [
          ...scoreReading(page, { now: NOW, brief }).fit.components.map((c) => c.said?.key),
          ...scoreReading(page, { now: NOW, brief }).flags.map((f) => f.said?.key),
        ]),
      ),
    );
    for (const key of [
      'fcTopic',
      'fcHashtags',
      'fcNoDetector',
      'fcNoCountry',
      'fcFollowersWithin',
      'fcNoFollowers',
      'flCompetitorMany',
      'flExcludedMany',
      'flAboveRangeFar',
      'flBelowRangeNear',
    ])
      expect(keys, key).toContain(key);
  });
});

describe('every rules sentence that has a message says the same thing in English', () => {
  test.each(Object.entries(CASES))('%s', (_, page) => {
    const verdict = scoreReading(page, { now: NOW });
    expect(saidMismatches(verdict)).toEqual([]);
  });

  test('the cases reach the messages they are meant to test', () => {
    const keys = new Set(
      Object.values(CASES).flatMap((page) => {
        const v = scoreReading(page, { now: NOW });
        return [
          ...v.reasons.map((r) => r.said?.key),
          ...v.flags.map((f) => f.said?.key),
          ...v.engagement.notes.map((n) => n.said?.key),
          ...v.engagement.posts.map((p) => p.excludedSaid?.key),
        ];
      }),
    );
    for (const key of [
      'rsRated',
      'rsCommentsReal',
      'rsNoFollowers',
      'rsFewPosts',
      'rsNoComments',
      'rsFewComments',
      'rsOnePost',
      'rsNotProfile',
      'rsNoRatePost',
      'flRedFlag',
      'flBelowBand',
      'flBelowBandOpen',
      'flLikesEven',
      'flMassFollowing',
      'flFollowingExceedsCounts',
      'flTooManySponsored',
      'flUndisclosedMany',
      'flUndisclosedOne',
      'flSpamSkip',
      'flSpamSkipFew',
      'flSpam',
      'flGeneric',
      'enNoFollowers',
      'enOnePost',
      'enFewPosts',
      'exLikesUnread',
    ])
      expect(keys, key).toContain(key);
  });
});

test('the evidence under the flags and fit parts carries its message wherever the rules wrote words', () => {
  const evidence = [
    ...Object.values(CASES).flatMap((page) =>
      scoreReading(page, { now: NOW }).flags.flatMap((f) => f.evidence),
    ),
    ...Object.values(BRIEFS).flatMap((brief) =>
      FIT_PAGES.flatMap((page) => {
        const v = scoreReading(page, { now: NOW, brief, detectLanguage: () => 'en' });
        return [...v.flags, ...v.fit.components].flatMap((f) => f.evidence);
      }),
    ),
  ];
  const keys = new Set(evidence.map((e) => e.said?.key));
  for (const key of [
    'evRate',
    'evPostLikes',
    'evSponsored',
    'evDisclosureLate',
    'evNoDisclosure',
    'evFollowingCount',
    'evFollowersCount',
    'evCommentReasons',
    'evCount',
    'evLanguageQuote',
  ])
    expect(keys, key).toContain(key);
  // Without a message only page text is left: a matched word or a quote, a visit's time.
  const bare = evidence.filter((e) => !e.said).map((e) => e.detail);
  for (const detail of bare)
    expect(detail).not.toMatch(/\b(likes|comments|followers|following|sponsored)\b/);
});

test('in German a spam comment under the flag is quoted as written, its reasons in German', () => {
  const verdict = scoreReading(CASES['half the comments spam'], { now: NOW });
  const e = verdict.flags.find((f) => f.id === 'spam-comments')!.evidence[0]!;
  setMessageSource({
    message: (key: MessageKey, args) =>
      Object.hasOwn(de, key) ? substitute(de[key as keyof typeof de], args) : '',
    locale: 'de-DE',
  });
  const line = saidText(e.said, e.detail);
  expect(line).toMatch(/^promo0: „Buy followers cheap at growfast dot com 0“ \(/);
  expect(line).not.toBe(e.detail);
  const reasons = line.slice(line.indexOf('“ (') + 3, -1);
  const english = e.detail.slice(e.detail.indexOf('" (') + 3, -1).split('; ');
  expect(reasons).toBe(english.map(commentReasonText).join('; '));
  expect(reasons).not.toBe(english.join('; '));
});

test('in French the verdict reasons and flags are French, numbers the French way', () => {
  const verdict = scoreReading(CASES['engagement below 1% (red flag) and below the band'], {
    now: NOW,
  });
  const red = verdict.flags.find((f) => f.id === 'engagement-red-flag')!;
  setMessageSource({
    message: (key, args) => (key === 'flRedFlag' ? `FR ${args.join('|')}` : ''),
    locale: 'fr-FR',
  });
  // Each argument in the UI's number style: "0,2 %" is not "0.2%".
  expect(saidText(red.said, red.message)).toMatch(/^FR 0,\d+\s%\|1,0\s%\|$/);
});

test('a sentence without a message, or with a key this version does not know, stays as written', () => {
  expect(saidText(undefined, 'as written')).toBe('as written');
  expect(saidText({ key: 'noSuchKeyYet', args: [] }, 'as written')).toBe('as written');
});
