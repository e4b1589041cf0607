import { expect, test } from 'vitest';
import { compactVerdict } from '../../../lib/store/compact';
import { decodeVerdict, encodeVerdict } from '../../../lib/store/verdict-codec';
import { cutAtWord } from '../../../lib/panel/text';
import { readingEvidence } from '../../../lib/dashboard/creator-view';
import { setMessageSource } from '../../../lib/i18n/messages';
import { reading } from '../rules/build';

// The reasons the comment rules give (lib/rules/comments) run past 60 characters once a handle is
// in them; the record used to keep 60 ("an account named like a promot…").
const LONG_REASON =
  'posted by @watercolour.deals.official, an account named like a promotion service';
const LONG_FLAG =
  'Engagement is 0.4% by followers, well below the 1.0%–3.0% band for accounts of 10,000–100,000 followers on Instagram: most followers never see or react to the posts, which is what bought or inactive followers look like';

test('a record keeps our own sentences whole: reasons, flags, the fit and why a comment is spam', () => {
  const kept = compactVerdict({
    verdict: 'review',
    reasons: [{ weight: 1, direction: 'against', text: `${LONG_FLAG} (reason)` }],
    flags: [
      {
        id: 'engagement-below-band',
        severity: 'medium',
        message: LONG_FLAG,
        evidence: [{ kind: 'post', id: 'p1', detail: 'a '.repeat(100) }],
      },
    ],
    fit: { score: 0.2, message: LONG_FLAG },
    comments: [
      {
        id: 'c1',
        postId: null,
        author: 'x',
        text: 'DM @watercolour.deals.official to grow',
        label: 'spam',
        reasons: [LONG_REASON],
        isCreatorReply: false,
      },
    ],
  })!;
  expect((kept.reasons as { text: string }[])[0]!.text).toBe(`${LONG_FLAG} (reason)`);
  expect((kept.flags as { message: string }[])[0]!.message).toBe(LONG_FLAG);
  expect((kept.fit as { message: string }).message).toBe(LONG_FLAG);
  expect((kept.comments as { reasons: string[] }[])[0]!.reasons).toEqual([LONG_REASON]);
  // Page text quoted as evidence is still bounded, cut between words.
  const detail = (kept.flags as { evidence: { detail: string }[] }[])[0]!.evidence[0]!.detail;
  expect(detail.length).toBeLessThanOrEqual(60);
  expect(detail).toMatch(/a…$/);
});

test.each([
  ['an account named like a promotion service', 30, 'an account named like a…'],
  ['abcdefghijklmnopqrstuvwxyz', 10, 'abcdefghij…'],
  ['short', 10, 'short'],
  ['two words', 8, 'two word…'],
  ['one two three', 12, 'one two…'],
])('cutAtWord(%j, %i) → %j: between words when that keeps most of the text', (text, max, out) => {
  expect(cutAtWord(text, max)).toBe(out);
});

test('the panel shows why a comment looks like spam whole, not cut at 60 characters', async () => {
  const { spamMetric } = await import('../../../lib/panel/metrics');
  const { defaultRuleSettings } = await import('../../../lib/model/settings');
  const verdict = {
    spam: {
      audienceComments: 25,
      enough: true,
      minimum: 20,
      ratio: 0.04,
      spam: 1,
      generic: 0,
      genuine: 24,
      creatorReplies: 0,
      message: '1 of 25 audience comments look like spam',
    },
    comments: [
      {
        id: 'c1',
        postId: null,
        author: 'watercolour.deals.official',
        text: 'Nice!',
        label: 'generic',
        reasons: [LONG_REASON],
        isCreatorReply: false,
      },
    ],
  } as unknown as Parameters<typeof spamMetric>[0];
  const lines = spamMetric(verdict, defaultRuleSettings.thresholds).evidence;
  expect(lines.some((l) => l.includes(`(${LONG_REASON})`))).toBe(true);
  expect(lines.join('\n')).not.toContain('…');
});

test('a sentence with its message is stored as the message and read back in the UI language', () => {
  const said = { key: 'flMassFollowing', args: [{ count: 2400 }, { count: 1500 }] };
  const message = 'Follows 2,400 accounts (more than 1,500): mass-follow behaviour.';
  const kept = compactVerdict({
    verdict: 'review',
    reasons: [
      {
        weight: 60,
        direction: 'against',
        // The flag said again as a reason: kept once, as the flag.
        text: message,
        said,
      },
      {
        weight: 40,
        direction: 'for',
        text: 'audience fit 80.0%',
        said: { key: 'rsFit', args: [{ percent: 0.8 }] },
      },
      { weight: 5, direction: 'data', text: 'a sentence without a message' },
    ],
    flags: [{ id: 'mass-following', severity: 'medium', message, said, evidence: [] }],
  })!;
  // References and numbers, not words: the English text is not stored twice.
  expect(kept.flags).toEqual([{ id: 'mass-following', severity: 'medium', said, evidence: [] }]);
  expect(kept.reasons).toContainEqual({
    weight: 40,
    direction: 'for',
    said: { key: 'rsFit', args: [{ percent: 0.8 }] },
  });
  expect(kept.reasons).toHaveLength(2);
  expect(kept.reasons).toContainEqual({
    weight: 5,
    direction: 'data',
    text: 'a sentence without a message',
  });

  const evidence = (verdict: Record<string, unknown>) =>
    readingEvidence({
      lastReading: {
        at: '2026-03-01T00:00:00.000Z',
        url: null,
        reading: reading(),
        verdict,
        postIds: [],
      } as never,
      recentPosts: [],
    })!;
  const english = evidence(kept);
  expect(english.flags[0]!.message).toBe(message);
  expect(english.reasons).toContain('audience fit 80.0%');
  expect(english.reasons).toContain('a sentence without a message');

  setMessageSource({
    message: (key, args) => (key === 'flMassFollowing' ? `Suit ${args[0]} comptes` : ''),
    locale: 'fr-FR',
  });
  try {
    expect(evidence(kept).flags[0]!.message).toMatch(/^Suit 2\s400 comptes$/);
  } finally {
    setMessageSource(null);
  }
});

test('a flag’s evidence is stored as its message and a comment as who wrote what, read back in the UI language', () => {
  const following = {
    kind: 'profile',
    id: 'following',
    detail: '9,000 following',
    said: { key: 'evFollowingCount', args: [{ count: 9000 }] },
  };
  const spamComment = {
    kind: 'comment',
    id: 'c1',
    detail:
      'promo_page: "Buy followers cheap" (words typical of follower-selling spam: \'followers\')',
    said: {
      key: 'evCommentReasons',
      args: [
        'promo_page',
        'Buy followers cheap',
        {
          each: [{ reason: "words typical of follower-selling spam: 'followers'" }],
          sep: '; ',
        },
      ],
    },
  };
  const long = {
    kind: 'post',
    id: 'p1',
    detail: `no disclosure; ${'link in bio, '.repeat(20)}`,
    said: { key: 'evNoDisclosure', args: ['link in bio, '.repeat(20)] },
  };
  const kept = compactVerdict({
    verdict: 'review',
    flags: [
      { id: 'mass-following', severity: 'medium', message: 'm', evidence: [following] },
      { id: 'spam-comments', severity: 'low', message: 'm', evidence: [spamComment] },
      { id: 'sponsored-without-disclosure', severity: 'low', message: 'm', evidence: [long] },
    ],
  })!;
  const [count, comment, cutShort] = (kept.flags as { evidence: unknown[] }[]).map(
    (f) => f.evidence[0],
  );
  expect(count).toEqual({ kind: 'profile', id: 'following', said: following.said });
  // Who and what, not the reasons (the kept comments have them) nor the English around them.
  expect(comment).toEqual({
    kind: 'comment',
    id: 'c1',
    detail: 'promo_page: "Buy followers cheap"',
  });
  // A message too long to keep is kept as its words, cut short.
  expect(cutShort).toMatchObject({ kind: 'post', id: 'p1' });
  expect((cutShort as { detail: string }).detail.length).toBeLessThanOrEqual(60);

  const stored = JSON.parse(JSON.stringify(encodeVerdict(kept))) as Record<string, unknown>;
  const view = () =>
    readingEvidence({
      lastReading: {
        at: '2026-03-01T00:00:00.000Z',
        url: null,
        reading: reading(),
        verdict: decodeVerdict(stored) as Record<string, unknown>,
        postIds: [],
      } as never,
      recentPosts: [],
    })!;
  expect(view().flags.map((f) => f.evidence[0])).toEqual([
    'Profile following: 9,000 following',
    'Comment: promo_page: "Buy followers cheap"',
    expect.stringMatching(/^Post p1: no disclosure; link in bio/),
  ]);
  setMessageSource({
    message: (key, args) => (key === 'evFollowingCount' ? `${args[0]} abonnements` : ''),
    locale: 'fr-FR',
  });
  try {
    expect(view().flags[0]!.evidence[0]).toMatch(/9\s000 abonnements/);
  } finally {
    setMessageSource(null);
  }
});
