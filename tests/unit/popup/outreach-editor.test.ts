import { describe, expect, test } from 'vitest';
import { draftSegments } from '../../../components/outreach/segments';
import { lengthText } from '../../../components/outreach/length-text';
import { dmLength, findPlaceholders, type PlaceholderGap } from '../../../lib/outreach';

const gap = (start: number, end: number, name = 'x'): PlaceholderGap => ({
  name,
  kind: 'missing',
  start,
  end,
});

describe('draftSegments', () => {
  test.each([
    'Hi {firstName}, I loved {postUrl}!',
    '{firstName}',
    'no gaps',
    '',
    '{a}{b}',
    'emoji 🎨 {topic} 👩‍🎨 end {sender}',
    '<b>{firstName}</b> &amp;',
  ])('joins back into the text: %j', (text) => {
    const segments = draftSegments(text, findPlaceholders(text));
    expect(segments.map((s) => s.text).join('')).toBe(text);
    const marked = segments.filter((s) => s.kind === 'gap').map((s) => s.text);
    expect(marked).toEqual(findPlaceholders(text).map((g) => text.slice(g.start, g.end)));
  });

  test('overlapping, reversed or out-of-range gaps are ignored, the text stays whole', () => {
    const text = 'abcdefgh';
    const segments = draftSegments(text, [gap(2, 4), gap(3, 5), gap(6, 20), gap(5, 5), gap(0, 1)]);
    expect(segments.map((s) => [s.kind, s.text])).toEqual([
      ['gap', 'a'],
      ['text', 'b'],
      ['gap', 'cd'],
      ['text', 'efgh'],
    ]);
  });
});

describe('lengthText', () => {
  test.each([
    ['instagram', 'a'.repeat(1000), '1,000 of 1,000 bytes (Instagram DM limit)', null],
    ['instagram', 'a'.repeat(1001), '1,001 of 1,000 bytes (Instagram DM limit)', /^1 byte over/],
    ['instagram', 'é'.repeat(501), '1,002 of 1,000 bytes (Instagram DM limit)', /^2 bytes over/],
    ['tiktok', 'a'.repeat(6000), '6,000 of 6,000 characters (TikTok DM limit)', null],
    [
      'tiktok',
      'a'.repeat(6001),
      '6,001 of 6,000 characters (TikTok DM limit)',
      /^1 character over/,
    ],
  ] as const)('%s, %i', (platform, text, expected, over) => {
    const result = lengthText(dmLength(text, platform));
    expect(result.text).toBe(expected);
    if (over === null) expect(result.over).toBeNull();
    else expect(result.over).toMatch(over);
  });
});
