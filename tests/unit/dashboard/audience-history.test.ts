import { expect, test } from 'vitest';
import { audienceVisits, lastAudience } from '../../../lib/dashboard/audience-history';
import { AudienceThresholds, type AudienceAggregate } from '../../../lib/model/audience';
import type { Snapshot } from '../../../lib/model/snapshot';
import { storedAudienceView } from '../../../lib/panel/audience';

const visit = (
  at: string,
  audienceSample?: number | null,
  audienceFakeShare?: number | null,
): Snapshot => ({
  at,
  followers: 1000,
  following: 10,
  posts: 5,
  likes: null,
  engagementRate: 0.03,
  engagementBasis: 'followers',
  spamRatio: null,
  audienceSample,
  audienceFakeShare,
});

test('only visits that read a followers list, oldest first', () => {
  const snapshots = [
    visit('2026-03-10T10:00:00Z', 40, 0.3),
    visit('2026-03-01T10:00:00Z', 24, 0.125),
    visit('2026-03-05T10:00:00Z'),
    visit('2026-03-06T10:00:00Z', null, null),
    visit('2026-03-07T10:00:00Z', 0, null),
    visit('not a time', 10, 0.1),
  ];
  expect(audienceVisits({ snapshots })).toEqual([
    { at: '2026-03-01T10:00:00Z', sample: 24, share: 0.125 },
    { at: '2026-03-10T10:00:00Z', sample: 40, share: 0.3 },
  ]);
});

const aggregate: AudienceAggregate = {
  kind: 'followers',
  sample: 12,
  suspicious: 6,
  suspiciousShare: 0.5,
  low: 0.25,
  high: 0.75,
  matching: 3,
  matchingShare: 0.25,
  examples: [{ handle: 'a_b', suspicious: true, reasons: ['no name', 'no videos'] }],
};

test('the last reading keeps its sample; anything else there is not taken for one', () => {
  expect(lastAudience({ lastReading: null })).toBeNull();
  const lastReading = (audience: unknown) => ({
    at: '2026-03-10T10:00:00.000Z',
    url: 'https://www.tiktok.com/@a',
    reading: {} as never,
    verdict: { audience },
  });
  expect(lastAudience({ lastReading: lastReading(aggregate) })?.sample).toBe(12);
  expect(lastAudience({ lastReading: lastReading({ sample: 'many' }) })).toBeNull();
  expect(lastAudience({ lastReading: lastReading(null) })).toBeNull();
});

test('a kept sample reads as the panel said it, "too few" under the minimum, links on its platform', () => {
  const t = AudienceThresholds.parse({});
  const view = storedAudienceView(
    lastAudience({ lastReading: { verdict: { audience: aggregate } } as never })!,
    'tiktok',
    t,
  )!;
  expect(view.summary).toBe(
    '50.0% look fake or inactive: 6 of 12 followers read (95% range 25.0%–75.0%)',
  );
  expect(view.match).toBe('3 of 12 match the brief (25.0%)');
  expect(view.tooFew).toBe(true);
  expect(view.note).toBe('too few: scroll the followers list');
  expect(view.level).toBe('bad');
  expect(view.examples[0]).toMatchObject({
    href: 'https://www.tiktok.com/@a_b',
    text: 'likely fake or inactive · no name · no videos',
  });
  expect(storedAudienceView({ ...aggregate, sample: 30 }, 'tiktok', t)!.tooFew).toBe(false);
});
