import { describe, expect, test } from 'vitest';
import { scoreReading } from '../../../lib/rules/score';
import { readFixture } from '../sites/instagram/fixtures';

// Issue #21: a logged-out post page showing "298K likes, 553 comments" is a usable post reading;
// the rate is missing because the page has no follower count, and the verdict must say that.
describe('a logged-out Instagram post page (real capture, meta counts only)', () => {
  const reading = readFixture(
    'post-photo-logged-out-2024-12.html',
    'https://www.instagram.com/p/CPeC-Eenc8l/',
  );
  const verdict = scoreReading(reading, { now: new Date('2024-12-01T00:00:00Z') });

  test('the post is read with its rounded likes and exact comments', () => {
    expect(reading.status).toBe('ok');
    const post = reading.posts[0]!;
    expect([post.likes.value, post.likes.exact, post.comments.value, post.comments.exact]).toEqual([
      298_000,
      false,
      553,
      true,
    ]);
  });

  test('the verdict says the counts were read and what is missing, not "no usable post"', () => {
    const texts = verdict.reasons.map((r) => r.text);
    expect(texts.join('\n')).not.toContain('no usable post');
    expect(texts).toContain(
      "no engagement rate: the post's likes and comments were read, but this page shows no follower or view count to divide them by (open the creator's profile)",
    );
  });
});
