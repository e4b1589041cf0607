import { describe, expect, test } from 'vitest';
import { labelComments, summarizeSpam } from '../../../lib/rules/comments/label-reading';
import { computeFit } from '../../../lib/rules/fit/fit';
import { countriesIn } from '../../../lib/rules/fit/countries';
import { detectFrancLanguage } from '../../../lib/rules/fit/language';
import { comment, genuineComments, post, reading } from './build';

const spam = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    comment(`Check my bio for a collab number ${i}`, { author: `bot${i}` }, 100 + i),
  );

describe('spam ratio', () => {
  test.each([
    // [spam, genuine, ratio, enough]
    [0, 20, 0, true],
    [10, 10, 0.5, true],
    [3, 17, 0.15, true],
    [5, 14, 5 / 19, false],
    [0, 0, null, false],
  ])('%s spam + %s genuine → ratio %s, enough %s', (s, g, ratio, enough) => {
    const labelled = labelComments([...spam(s), ...genuineComments(g)], 'creator');
    const summary = summarizeSpam(labelled, 20);
    if (ratio === null) expect(summary.ratio).toBeNull();
    else expect(summary.ratio).toBeCloseTo(ratio);
    expect(summary.enough).toBe(enough);
    expect(summary.audienceComments).toBe(s + g);
  });

  test("the creator's own replies are labelled but left out of the ratio", () => {
    const replies = [
      comment('Thank you so much!', { author: 'creator' }, 50),
      comment(
        'Check my bio for the full tutorial',
        { isCreatorReply: true, author: 'Creator' },
        51,
      ),
    ];
    const labelled = labelComments([...genuineComments(20), ...replies], 'creator');
    expect(labelled.filter((c) => c.isCreatorReply)).toHaveLength(2);
    const summary = summarizeSpam(labelled, 20);
    expect(summary.creatorReplies).toBe(2);
    expect(summary.spam).toBe(0);
    expect(summary.audienceComments).toBe(20);
  });

  test('too few comments says how many it rests on', () => {
    const summary = summarizeSpam(labelComments(genuineComments(4), null), 20);
    expect(summary.message).toContain('only 4');
  });
});

describe('audience fit', () => {
  const brief = {
    name: 'Spring kit',
    brand: 'Acme Paints',
    keywords: ['watercolor', 'painting'],
    hashtags: ['#watercolor'],
    languages: ['en'],
    countries: ['US'],
    followers: { min: 10_000, max: 100_000 },
  };
  const fitting = reading({
    bio: 'Watercolor painter in Austin, Texas 🇺🇸',
    posts: [
      post({ caption: 'Loose watercolor florals #watercolor', hashtags: ['#watercolor'] }, 0),
      post({ caption: 'Painting the bay at dusk' }, 1),
    ],
  });
  const englishDetector = (text: string) => (/[a-z]/i.test(text) ? 'en' : null);

  test('no brief → null with "no campaign brief"', () => {
    const fit = computeFit(fitting, null, []);
    expect(fit.score).toBeNull();
    expect(fit.message).toBe('no campaign brief');
  });

  test('a fitting creator scores high, with the matched evidence', () => {
    const labelled = labelComments(genuineComments(6), 'creator');
    const fit = computeFit(fitting, brief, labelled, englishDetector);
    expect(fit.score).toBeGreaterThan(0.8);
    expect(fit.components.map((c) => c.id)).toEqual([
      'topic',
      'hashtags',
      'language',
      'location',
      'followers',
    ]);
    expect(fit.evidence.some((e) => e.detail.includes('watercolor'))).toBe(true);
    expect(fit.components.find((c) => c.id === 'location')?.message).toContain('US');
  });

  test('without a language detector the score still comes from the rest, and says so', () => {
    const fit = computeFit(fitting, brief, [], undefined);
    const language = fit.components.find((c) => c.id === 'language')!;
    expect(language.score).toBeNull();
    expect(language.message).toContain('language not checked');
    expect(fit.score).not.toBeNull();
  });

  test('an off-topic creator scores low', () => {
    const off = reading({
      bio: 'Car reviews from Berlin, Germany',
      posts: [post({ caption: 'New V8 test drive' })],
      followers: 500_000,
    });
    const fit = computeFit(off, brief, [], undefined);
    expect(fit.score).toBeLessThan(0.2);
  });

  test('comments in another language lower the language share', () => {
    const labelled = labelComments(genuineComments(6), 'creator');
    const fit = computeFit(fitting, brief, labelled, () => 'es');
    expect(fit.components.find((c) => c.id === 'language')?.score).toBe(0);
  });

  test('nothing to compare → null with the reasons', () => {
    const fit = computeFit(
      reading({ bio: null, posts: [], followers: null }),
      { name: 'x', keywords: ['tea'] },
      [],
    );
    expect(fit.score).toBeNull();
  });
});

describe('countries mentioned', () => {
  test.each([
    ['Based in México 🌮', ['MX']],
    ['🇧🇷 São Paulo', ['BR']],
    ['Vivo en España y viajo a Francia', ['ES', 'FR']],
    ['Made in the United States', ['US']],
    ['Turkey sandwich and Chad the cat', []],
  ])('%j → %j', (text, codes) => {
    expect(countriesIn(text).map((c) => c.code)).toEqual(codes);
  });
});

describe('franc language detector', () => {
  test.each([
    ['This painting of the harbour at sunset is my favourite one so far', 'en'],
    ['Me encanta este cuadro del puerto al atardecer, es precioso de verdad', 'es'],
    ['abc', null],
  ])('%j → %s', (text, lang) => {
    expect(detectFrancLanguage(text)).toBe(lang);
  });
});

describe('the language part names languages in words', () => {
  const texts = (lang: string, n: number) =>
    Array.from({ length: n }, (_, i) =>
      comment(`${lang} text number ${i} with enough words to tell the language`, {}, i),
    );
  // A stand-in detector: the text says its language.
  const detector = (t: string) => t.split(' ')[0]!;

  test('wanted and seen languages by name; one-off readings among many counted as other', () => {
    const comments = [...texts('es', 8), ...texts('en', 3), ...texts('ff', 1), ...texts('za', 1)];
    const labelled = labelComments(comments, null);
    const fit = computeFit(
      reading({ comments }),
      { name: 'b', languages: ['es'] },
      labelled,
      detector,
    );
    const message = fit.components.find((c) => c.id === 'language')!.message;
    expect(message).toBe(
      '8 of 13 comments and captions in Spanish (Spanish 8, English 3, other 2)',
    );
    expect(fit.evidence.some((e) => e.detail.startsWith('Spanish: "es text'))).toBe(true);
  });
});
