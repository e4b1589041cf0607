import { describe, expect, test } from 'vitest';
import { classifyComments } from '../../../../lib/rules/comments/classify';
import { cloneOfCreator, promoNamed } from '../../../../lib/rules/comments/commenter';

describe("accounts named like the creator's", () => {
  test.each([
    ['anna.smith_official', true],
    ['annasmith.backup', true],
    ['anna_smith', true], // same letters, other separators
    ['annasmlth', true], // one letter changed
    ['annasimth', true], // two letters swapped
    ['anna.smith', false], // the creator
    ['annasmithfan_club', true],
    ['anna_lopez', false],
    ['smith.family', false],
    ['annasmithson', false],
  ])('creator anna.smith, commenter %s → clone: %s', (author, clone) => {
    expect(cloneOfCreator({ author, creator: 'anna.smith' })).toBe(clone);
  });

  test('short creator handles match exactly only', () => {
    expect(cloneOfCreator({ author: 'bob_1', creator: 'bob' })).toBe(false);
    expect(cloneOfCreator({ author: 'lina', creator: 'lena' })).toBe(false);
  });
});

describe('promotion-named accounts', () => {
  test.each([
    ['glowup.promo', true],
    ['feature_hub_', true],
    ['viral.boost.agency', true],
    ['get.followers.now', true],
    ['insta_likes4u', true],
    ['maria.gomez', false],
    ['likesbooks', false],
    ['chef_ana', false],
  ])('%s → %s', (author, promo) => {
    expect(promoNamed(author)).toBe(promo);
  });
});

const at = (iso: string, seconds: number) =>
  new Date(Date.parse(iso) + seconds * 1000).toISOString();
const posted = '2026-11-20T18:00:00.000Z';

describe('who commented and when turns a comment into spam', () => {
  test('generic praise seconds after the post is bot speed; minutes later it is a fan', () => {
    const out = classifyComments([
      { text: 'nice 🔥', postId: 'p', author: 'a', createdAt: at(posted, 8), postedAt: posted },
      { text: 'nice 🔥', postId: 'p', author: 'b', createdAt: at(posted, 600), postedAt: posted },
    ]);
    expect(out[0]!.label).toBe('spam');
    expect(out[0]!.reasons[0]).toMatch(/^generic comment 8 s after the post went up/);
    expect(out[1]!.label).toBe('generic');
  });

  test('a specific comment fast after the post stays genuine', () => {
    const [c] = classifyComments([
      {
        text: 'Where did you get that jacket? I have been looking for one like it',
        postId: 'p',
        author: 'a',
        createdAt: at(posted, 10),
        postedAt: posted,
      },
    ]);
    expect(c!.label).toBe('genuine');
  });

  test('the same account with the same words on three posts is spam; on two it is not', () => {
    const three = classifyComments(
      ['p1', 'p2', 'p3'].map((postId) => ({ text: 'so pretty 😍', postId, author: 'pod.member' })),
    );
    expect(three.map((c) => c.label)).toEqual(['spam', 'spam', 'spam']);
    expect(three[0]!.reasons[0]).toBe('the same account left near-identical comments on 3 posts');
    const two = classifyComments(
      ['p1', 'p2'].map((postId) => ({ text: 'so pretty 😍', postId, author: 'pod.member' })),
    );
    expect(two.map((c) => c.label)).not.toContain('spam');
  });

  test("a look-alike of the creator's account is spam whatever it says", () => {
    const [c] = classifyComments(
      [{ text: 'love you all ❤️', postId: 'p', author: 'anna.smith.official' }],
      { creatorHandle: 'anna.smith' },
    );
    expect(c!.label).toBe('spam');
    expect(c!.reasons[0]).toContain("look-alike of the creator's account");
  });

  test('generic praise from a promotion-named account is spam; a real question from it is not', () => {
    const out = classifyComments([
      { text: 'amazing 😍', postId: 'p', author: 'glowup.promo' },
      {
        text: 'What brush did you use for the sky? The gradient is so smooth',
        postId: 'p',
        author: 'artfeature_hub',
      },
    ]);
    expect(out[0]!.label).toBe('spam');
    expect(out[0]!.reasons[0]).toContain('named like a promotion service');
    expect(out[1]!.label).toBe('genuine');
  });
});
