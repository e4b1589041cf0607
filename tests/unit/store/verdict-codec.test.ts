import { describe, expect, test } from 'vitest';
import { decodeVerdict, encodeVerdict } from '../../../lib/store/verdict-codec';

/** A last reading's verdict as compactVerdict leaves it. */
const verdict = {
  verdict: 'review',
  scores: { engagementRate: 0.03258, engagementBasis: 'followers', spamRatio: 0.2333 },
  reasons: [
    { weight: 40, direction: 'for', said: { key: 'rsRated', args: [{ percent: 0.0326 }, 'Seed'] } },
    { weight: 30, direction: 'data', text: 'audience fit not measured: no brief' },
  ],
  flags: [
    {
      id: 'spam-comments',
      severity: 'low',
      said: { key: 'flSpam', args: [{ percent: 0.2333 }, { count: 30 }] },
      evidence: [
        { kind: 'comment', id: '1790', detail: '"Promote it on @page"' },
        { kind: 'post', id: 'C1', said: { key: 'evPostLikes', args: [{ count: 746 }] } },
      ],
    },
    { id: 'old-flag', severity: 'medium', message: 'written before messages', evidence: [] },
  ],
  spam: {
    ratio: 0.2333,
    genericRatio: 0.2667,
    spam: 7,
    generic: 8,
    genuine: 15,
    audienceComments: 30,
    creatorReplies: 0,
    enough: true,
  },
  comments: [
    { text: 'Promote it on @page', label: 'spam', reasons: ['names another account'] },
    { text: '😍😍😍', label: 'generic', reasons: [] },
  ],
};

describe('the stored verdict', () => {
  test('reads back exactly as it was written, and smaller', () => {
    const stored = encodeVerdict(verdict);
    expect(decodeVerdict(JSON.parse(JSON.stringify(stored)))).toEqual(verdict);
    expect(JSON.stringify(stored).length).toBeLessThan(JSON.stringify(verdict).length * 0.8);
  });

  test('a count in a sentence is stored as its bare number', () => {
    const stored = JSON.stringify(encodeVerdict(verdict));
    expect(stored).toContain('["flSpam",{"percent":0.2333},30]');
    expect(stored).toContain('["post","C1",["evPostLikes",746]]');
  });

  test('keeps the spam shares the counts do not give', () => {
    const odd = { ...verdict, spam: { ...verdict.spam, ratio: 0.5 } };
    const stored = encodeVerdict(odd) as { spam: Record<string, unknown> };
    expect(stored.spam.ratio).toBe(0.5);
    expect(stored.spam).not.toHaveProperty('genericRatio');
    expect(decodeVerdict(stored)).toEqual(odd);
    const none = { ...verdict, spam: { ...verdict.spam, ratio: null, audienceComments: 0 } };
    expect(decodeVerdict(encodeVerdict(none))).toEqual(none);
  });

  test('a verdict stored before (objects) reads as it is', () => {
    expect(decodeVerdict(verdict)).toEqual(verdict);
  });

  test.each([
    [
      'a reason with a field it does not know',
      { reasons: [{ weight: 1, direction: 'for', text: 'x', extra: 1 }] },
    ],
    ['a flag without evidence', { flags: [{ id: 'f', severity: 'low', message: 'm' }] }],
    [
      'a comment with an author',
      { comments: [{ text: 't', label: 'spam', reasons: [], author: 'a' }] },
    ],
    [
      'a sentence whose message is malformed',
      { reasons: [{ weight: 1, direction: 'for', said: { key: 1 } }] },
    ],
  ])('%s is kept as it is', (_, odd) => {
    expect(encodeVerdict(odd)).toEqual(odd);
    expect(decodeVerdict(encodeVerdict(odd))).toEqual(odd);
  });
});
