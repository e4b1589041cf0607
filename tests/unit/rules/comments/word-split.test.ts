import { describe, expect, test } from 'vitest';
import { abstractText, wordGrams } from '../../../../lib/rules/comments/features';
import { normalizeComment } from '../../../../lib/rules/comments/normalize';
import { wordsIn } from '../../../../lib/rules/comments/scan';
import { conceptMask } from '../../../../lib/rules/comments/dense-inputs';
import { CONCEPT_NAMES } from '../../../../lib/rules/comments/concept-index';

const norm = (text: string) => normalizeComment(text);
/** The words the model's hashed features read (unigrams only). */
const featureWords = (text: string) =>
  wordGrams(abstractText(norm(text)))
    .map((g) => g.text)
    .filter((w) => !w.includes(' '));

describe('punctuation of every script ends a word', () => {
  test.each([
    ['¿Cuánto cuesta?', ['cuanto', 'cuesta']],
    ['«Magnifique» ❤️', ['magnifique', '❤']],
    ['تبي متابعين؟ كلمني', ['تبي', 'متابعين', 'كلمني']],
    ['बहुत सुंदर।', ['बहुत', 'सुंदर']],
    ['すごい！かわいい', ['すごい', 'かわいい']],
    ['好看，真的', ['好看', '真的']],
  ])('%s', (text, words) => {
    expect(featureWords(text)).toEqual(words);
  });

  test('a word of a concept followed by a mark of its script is still that concept', () => {
    const followers = 1 << CONCEPT_NAMES.indexOf('followers');
    expect(conceptMask(abstractText(norm('تبي متابعين؟')))).toBe(followers);
  });
});

describe('vowel signs are part of their word', () => {
  test.each([
    ['बहुत सुंदर', ['बहुत', 'सुंदर']],
    ['สวยมาก ค่ะ', ['สวย', 'มาก', 'ค่ะ']],
  ])('%s', (text, words) => {
    expect(wordsIn(norm(text))).toEqual(words);
  });

  test('the marks emoji are drawn with are no word', () => {
    expect(wordsIn(norm('❤️ 1️⃣'))).toEqual(['1']);
  });
});
