import { describe, expect, test } from 'vitest';
import { AudienceThresholds, type AudienceAggregate } from '../../../../lib/model/audience';
import { Verdict } from '../../../../lib/model/verdict';
import { audienceFlag } from '../../../../lib/rules/audience/verdict';
import { scoreReading, toSnapshot } from '../../../../lib/rules/score';
import { genuineComments, NOW, posts, reading } from '../build';

const t = AudienceThresholds.parse({});
const aggregate = (
  suspicious: number,
  sample: number,
  kind: AudienceAggregate['kind'] = 'followers',
): AudienceAggregate => ({
  kind,
  sample,
  suspicious,
  suspiciousShare: sample ? suspicious / sample : null,
  low: null,
  high: null,
  matching: null,
  matchingShare: null,
  examples: [
    { handle: 'user84736291', suspicious: true, reasons: ['default profile picture', 'no name'] },
    { handle: 'jane_doe_1990', suspicious: false, reasons: [] },
  ],
});
// A creator the rules call strong without the followers sample.
const strong = reading({
  followers: 20_000,
  following: 300,
  posts: posts([900, 1300, 700, 1000, 1100, 800]),
  comments: genuineComments(25),
});

describe('the followers sample in the verdict', () => {
  test('at or under 30% nothing is flagged', () => {
    expect(audienceFlag(aggregate(12, 40), t)).toBeNull();
    expect(audienceFlag(null, t)).toBeNull();
  });
  test('above 30%: a flag naming the accounts, medium (review)', () => {
    const f = audienceFlag(aggregate(14, 40), t)!;
    expect(f).toMatchObject({ id: 'fake-followers', severity: 'medium' });
    expect(f.message).toContain('35.0% of the followers read look fake or inactive: 14 of 40');
    expect(f.evidence.map((e) => e.id)).toEqual(['user84736291']);
  });
  test('above 50% with enough accounts: high (skip); with too few: medium and says so', () => {
    expect(audienceFlag(aggregate(25, 40), t)!.severity).toBe('high');
    const few = audienceFlag(aggregate(12, 20), t)!;
    expect(few.severity).toBe('medium');
    expect(few.message).toContain('only 20 read');
  });
  test('a likers sample never flags the creator', () => {
    expect(audienceFlag(aggregate(30, 40, 'likers'), t)).toBeNull();
  });

  test('scoreReading: strong without a sample, review above 30%, skip above 50%', () => {
    expect(scoreReading(strong, { now: NOW }).verdict).toBe('strong');
    const review = scoreReading(strong, { now: NOW, audience: aggregate(14, 40) });
    expect(review.verdict).toBe('review');
    expect(review.flags.map((f) => f.id)).toContain('fake-followers');
    const skip = scoreReading(strong, { now: NOW, audience: aggregate(25, 40) });
    expect(skip.verdict).toBe('skip');
    expect(Verdict.safeParse(skip).success).toBe(true);
    expect(skip.audience?.suspiciousShare).toBeCloseTo(25 / 40, 10);
  });

  test('the snapshot keeps the sample size and share, the thresholds come from the settings', () => {
    const v = scoreReading(strong, { now: NOW, audience: aggregate(14, 40) });
    expect(toSnapshot(strong, v, NOW.toISOString())).toMatchObject({
      audienceSample: 40,
      audienceFakeShare: 0.35,
    });
    expect(audienceFlag(aggregate(14, 40), { ...t, flagShare: 0.4 })).toBeNull();
  });
});
