import { describe, expect, test } from 'vitest';
import { classifyComments } from '../../../../lib/rules/comments/classify';
import { scan, wordKey } from '../../../../lib/rules/comments/scan';

const twice = (text: string) =>
  classifyComments([
    { text, postId: 'a', author: 'x' },
    { text, postId: 'b', author: 'y' },
  ]).map((c) => c.reasons.some((r) => r.startsWith('copy-pasted')));

describe('copy-paste needs five words beyond generic praise', () => {
  test.each([
    // written independently by many fans: not a template
    ['I love this song so much', false],
    ['Best song ever!', false],
    ['wow this is so beautiful i love it', false],
    // four words beyond generic ones: still below the boundary
    ['who else was watching', false],
    // five distinct words
    ['who else was watching tonight', true],
    ['Amazing content, keep going and check the new wave of creators', true],
  ])('%j repeated by two accounts → copy-paste: %s', (text, copy) => {
    expect(twice(text)).toEqual([copy, copy]);
  });
});

describe('copy-paste is found among many comments of different shapes', () => {
  test('the repeated one is marked, each time, whatever comes between', () => {
    const template = 'Grow your page fast, real followers daily, message us today';
    const comments = [
      { text: template, postId: 'a', author: 'p' },
      { text: '🔥🔥', postId: 'a', author: 'q' },
      { text: 'Where did you buy that lamp? I need one for my studio', postId: 'a', author: 'r' },
      { text: `${template} \uFEFF`, postId: 'b', author: 's' },
      { text: '@friend look at this', postId: 'b', author: 't' },
      { text: template.toUpperCase(), postId: 'c', author: 'u' },
    ];
    const copied = classifyComments(comments).map((c) =>
      c.reasons.some((r) => r.startsWith('copy-pasted: the same text appears 3 times')),
    );
    expect(copied).toEqual([true, false, false, true, false, true]);
  });
});

test('a text is keyed by its own words, whichever text was scanned last', () => {
  scan('one two three four');
  expect(wordKey('five,  six!')).toBe('five six');
  expect(wordKey('one two three four')).toBe('one two three four');
});
