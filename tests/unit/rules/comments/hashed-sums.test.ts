import { describe, expect, test } from 'vitest';
import {
  abstractText,
  BUCKETS,
  CLASSES,
  hashedBuckets,
  hashedSums,
  packWeights,
  wordGrams,
} from '../../../../lib/rules/comments/features';
import { prepare } from '../../../../lib/rules/comments/classify';
import { shippedModel } from '../../../../lib/rules/comments/model';
import { loadLabelled } from '../../../../scripts/data/comments/load';

/** The sums as the model defines them: each feature's weight byte, added one by one, scaled. */
function plainSums(text: string): number[] {
  const m = shippedModel();
  const bytes = hashedBuckets(text);
  return CLASSES.map((_, c) => bytes.reduce((s, b) => s + m.bytes[b * 3 + c]!, 0) * m.scale[c]!);
}

describe('the hashed weights summed three classes at a time', () => {
  const texts = [
    '',
    'ok',
    'nice video',
    'follow @promo.boost_page1 for 10k followers, link in bio',
    // Many words: more features than one packed sum can hold before it is unpacked.
    Array.from({ length: 400 }, (_, i) => String.fromCharCode(97 + (i % 26))).join(' '),
    Array.from({ length: 150 }, (_, i) => `@user${i}.page_${i}`).join(' '),
    // Long enough for every character gram (200 characters and beyond).
    'the brushwork on the left side is so careful, '.repeat(12),
    'フォロワーを増やす 安い 🔥🔥 '.repeat(20),
  ];

  test.each(texts.map((t) => [t.slice(0, 40), t]))('%s', (_, raw) => {
    const text = abstractText(raw);
    const m = shippedModel();
    const sums = new Float64Array(3);
    const n = hashedSums(text, m.packed, m.scale, sums);
    expect(n).toBe(hashedBuckets(text).length);
    expect(Array.from(sums)).toEqual(plainSums(text));
  });

  test('on every labelled comment, the sums are those of the features training reads', () => {
    const m = shippedModel();
    const sums = new Float64Array(3);
    let differ = 0;
    for (const row of loadLabelled()) {
      const text = prepare(row.text).abstract;
      const n = hashedSums(text, m.packed, m.scale, sums);
      const plain = plainSums(text);
      if (n !== hashedBuckets(text).length || plain.some((v, c) => v !== sums[c])) differ++;
    }
    expect(differ).toBe(0);
  });

  test('the word grams summed are the buckets the reasons quote', () => {
    for (const raw of texts) {
      const text = abstractText(raw);
      const grams = wordGrams(text).map((g) => g.bucket);
      expect(hashedBuckets(text).slice(0, grams.length)).toEqual(grams);
    }
  });

  test('the largest weights stay exact in a text of the most features', () => {
    // Every byte at its largest: without unpacking on the way, a field would overflow into the next.
    const top = packWeights(new Int8Array(BUCKETS * 3).fill(127));
    const bottom = packWeights(new Int8Array(BUCKETS * 3).fill(-128));
    const text = abstractText(texts[4]!);
    const sums = new Float64Array(3);
    const n = hashedSums(text, top, Float64Array.of(1, 2, 3), sums);
    expect(n).toBeGreaterThan(900);
    expect(Array.from(sums)).toEqual([127 * n, 254 * n, 381 * n]);
    hashedSums(text, bottom, Float64Array.of(1, 1, 1), sums);
    expect(Array.from(sums)).toEqual([-128 * n, -128 * n, -128 * n]);
  });
});
