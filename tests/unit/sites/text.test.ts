import { describe, expect, test } from 'vitest';
import {
  cleanLine,
  cleanText,
  decodeEntities,
  extractHashtags,
  extractMentions,
} from '../../../lib/sites/text';

describe('decodeEntities', () => {
  test.each([
    ['plain', 'plain'],
    ['&quot;hi&quot;', '"hi"'],
    ['&amp;quot;twice&amp;quot;', '"twice"'],
    ['Tom &amp; Jerry', 'Tom & Jerry'],
    ['&#x27;x&#39;', "'x'"],
    ['&lt;script&gt;', '<script>'],
    ['&unknown; &#xD800; &#99999999;', '&unknown; &#xD800; &#99999999;'],
    ['a&b', 'a&b'],
    ['', ''],
  ])('%j -> %j', (input, output) => {
    expect(decodeEntities(input)).toBe(output);
  });
});

describe('cleanText / cleanLine', () => {
  test.each([
    ['\u200f 12\u00a0k ', '12 k'],
    ['a\u202fb', 'a b'],
    ['👩\u200d💻', '👩\u200d💻'],
    ['\ufeffhi', 'hi'],
  ])('cleanText %j', (input, output) => {
    expect(cleanText(input)).toBe(output);
  });
  test('cleanLine folds line breaks', () => {
    expect(cleanLine(' a\n\n b\t c ')).toBe('a b c');
  });
});

describe('extractHashtags', () => {
  test.each([
    ['no tags', []],
    ['#one #Two #one #TWO', ['one', 'Two']],
    ['café#notatag #écolo #水彩 #हिंदी', ['écolo', '水彩', 'हिंदी']],
    ['#123 #2024goals', ['2024goals']],
    ['&#39; http://x/#anchor', []],
    ['end#', []],
    ['(#inparens) #under_score', ['inparens', 'under_score']],
  ])('%j', (text, tags) => {
    expect(extractHashtags(text)).toEqual(tags);
  });
});

describe('extractMentions', () => {
  test.each([
    ['no mentions', []],
    ['hi @Nina.Mukhar and @nina.mukhar.', ['nina.mukhar']],
    ['mail me: me@example.com', []],
    ['@a_b @c.d @e', ['a_b', 'c.d', 'e']],
    ['(@paren) @@double', ['paren']],
    ['@...', []],
  ])('%j', (text, handles) => {
    expect(extractMentions(text)).toEqual(handles);
  });
});
