import { describe, expect, test } from 'vitest';
import { classifyComments } from '../../../../lib/rules/comments/classify';

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
