import { describe, expect, test } from 'vitest';
import { explain } from '../../../../lib/rules/comments/explain';
import {
  abstractText,
  BUCKETS,
  CLASSES,
  packWeights,
  wordGrams,
} from '../../../../lib/rules/comments/features';
import { DENSE_SIZE } from '../../../../lib/rules/comments/dense-inputs';
import type { Model } from '../../../../lib/rules/comments/model';

const words = (text: string) =>
  wordGrams(abstractText(text))
    .filter((g) => !g.text.includes(' '))
    .map((g) => g.text);

describe('a mentioned handle is read as the words of its name', () => {
  test('split on dots, underscores and digits, each word marked as a handle word', () => {
    expect(words('send it to @promo.boost_page1 now')).toEqual([
      'send',
      'it',
      'to',
      '@',
      '@promo',
      '@boost',
      '@page',
      'now',
    ]);
    // One-letter pieces say nothing.
    expect(words('omg @sarah.k')).toEqual(['omg', '@', '@sarah']);
  });

  test('a word of a handle is a feature apart from the same word in the text', () => {
    const bucket = (text: string, word: string) =>
      wordGrams(abstractText(text)).find((g) => g.text === word)!.bucket;
    expect(bucket('@promo.page', '@promo')).not.toBe(bucket('promo page', 'promo'));
  });
});

describe('reasons quote a handle word as the word', () => {
  /** A model in which only the given words weigh (in tenths), towards spam (+) or genuine (−). */
  function modelWith(weights: Record<string, number>): Model {
    const bytes = new Int8Array(BUCKETS * CLASSES.length);
    for (const [text, w] of Object.entries(weights)) {
      const g = wordGrams(abstractText(text)).find((x) => x.text === text)!;
      bytes[g.bucket * 3] = w * 10;
      bytes[g.bucket * 3 + 2] = -w * 10;
    }
    return {
      bias: new Float64Array(3),
      dense: CLASSES.map(() => new Float64Array(DENSE_SIZE)),
      bytes,
      packed: packWeights(bytes),
      scale: Float64Array.of(0.1, 0.1, 0.1),
      common: new Set(),
      commonBucket: new Uint8Array(BUCKETS),
      spamAtLeast: 0.6,
    };
  }
  const dense = Array.from({ length: DENSE_SIZE }, () => 0);

  test('towards spam: "promo", not "@promo"', () => {
    const model = modelWith({ '@promo': 2 });
    expect(
      explain(model, abstractText('send it to @promo.page'), dense, 'spam', 'genuine'),
    ).toEqual(["words typical of spam: 'promo'"]);
  });

  test('towards genuine a handle word is mostly a name, and is not quoted', () => {
    const model = modelWith({ '@anna': -2, lovely: -1 });
    expect(
      explain(model, abstractText('@anna.k lovely colours'), dense, 'genuine', 'spam'),
    ).toEqual(["words specific to the post or a real exchange: 'lovely'"]);
  });
});
