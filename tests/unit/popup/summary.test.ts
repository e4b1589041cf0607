import { describe, expect, test } from 'vitest';
import { CreatorRecord } from '../../../lib/model/creator';
import { defaultRuleSettings } from '../../../lib/model/settings';
import { summarize } from '../../../lib/popup';
import { formatSpam } from '../../../components/common/format';
import { creator, entry, snapshot } from './records';

const tiers = defaultRuleSettings.tiers;

test('the fixtures are valid stored records', () => {
  expect(CreatorRecord.safeParse(creator()).success).toBe(true);
});

describe('summarize', () => {
  test('a creator in the campaign: numbers of the last visit, tier from the settings', () => {
    const s = summarize(creator(), 'c1', tiers)!;
    expect(s).toMatchObject({
      id: 'instagram:jane.paints',
      displayName: 'Jane Doe 🎨',
      followers: 24_000,
      followersExact: true,
      tier: { id: 'micro' },
      engagementRate: 0.042,
      engagementBasis: 'followers',
      spamRatio: 0.1,
      spamComments: 40,
      verdict: 'strong',
      status: 'shortlisted',
    });
  });

  test('comments behind the spam ratio: unknown when the stored verdict lacks them', () => {
    const base = creator();
    const record = {
      ...base,
      lastReading: {
        ...base.lastReading!,
        verdict: { verdict: 'strong', spam: { audienceComments: '40' } },
      },
    };
    expect(summarize(record, 'c1', tiers)?.spamComments).toBeNull();
  });

  test('15 comments where 20 are needed: no spam share, "not enough comments" in the list', () => {
    const base = creator();
    const tooFew = {
      verdict: 'review',
      scores: { spamRatio: 0 },
      spam: { ratio: 0, audienceComments: 15, minimum: 20, enough: false },
    };
    for (const snapshots of [[], base.snapshots.map((s) => ({ ...s, spamRatio: null }))]) {
      const record = creator({ snapshots, lastReading: { ...base.lastReading!, verdict: tooFew } });
      const s = summarize(record, 'c1', tiers)!;
      expect(s).toMatchObject({ spamRatio: null, spamTooFew: true });
      expect(formatSpam(s.spamRatio, s.spamTooFew)).toBe('not enough comments');
    }
    expect(summarize(creator(), 'c1', tiers)?.spamTooFew).toBe(false);
  });

  test('not in the campaign: null', () => {
    expect(summarize(creator(), 'other', tiers)).toBeNull();
    expect(summarize(creator(), null, tiers)).toBeNull();
  });

  test('the shortlist without a campaign', () => {
    const record = creator({ campaigns: [entry({ campaignId: null, status: 'contacted' })] });
    expect(summarize(record, null, tiers)?.status).toBe('contacted');
  });

  test.each([
    [999, null],
    [1_000, 'nano'],
    [9_999, 'nano'],
    [10_000, 'micro'],
    [1_000_000, 'mega'],
    [null, null],
  ])('%s followers → tier %s', (followers, tier) => {
    const record = creator({ snapshots: [snapshot({ followers })], lastReading: null });
    expect(summarize(record, 'c1', tiers)?.tier?.id ?? null).toBe(tier);
  });

  test('a tier table edited by the user is followed', () => {
    const custom = [{ id: 'small', label: 'Small', min: 0, max: 50_000 }];
    expect(summarize(creator(), 'c1', custom)?.tier).toEqual({ id: 'small', label: 'Small' });
  });

  test('a rounded follower count is marked as such', () => {
    const base = creator();
    const record = creator({
      snapshots: [snapshot({ followers: 1_200_000 })],
      lastReading: {
        ...base.lastReading!,
        reading: {
          ...base.lastReading!.reading,
          profile: {
            ...base.lastReading!.reading.profile!,
            followers: { value: 1_200_000, exact: false, source: 'meta' },
          },
        },
      },
    });
    expect(summarize(record, 'c1', tiers)).toMatchObject({
      followers: 1_200_000,
      followersExact: false,
    });
  });

  test('no snapshot: the stored verdict scores, read defensively', () => {
    const base = creator();
    const withScores = (scores: unknown, verdict: unknown) =>
      creator({
        snapshots: [],
        lastReading: { ...base.lastReading!, verdict: { verdict, scores } },
      });
    expect(
      summarize(
        withScores({ engagementRate: 0.1, engagementBasis: 'views', spamRatio: 0.3 }, 'skip'),
        'c1',
        tiers,
      ),
    ).toMatchObject({
      engagementRate: 0.1,
      engagementBasis: 'views',
      spamRatio: 0.3,
      verdict: 'skip',
    });
    expect(
      summarize(
        withScores({ engagementRate: '0.1', engagementBasis: 'likes', spamRatio: 7 }, 'great'),
        'c1',
        tiers,
      ),
    ).toMatchObject({
      engagementRate: null,
      engagementBasis: null,
      spamRatio: null,
      verdict: null,
    });
  });

  test('shortlisted by handle without a visit: everything unknown, nothing invented', () => {
    const record = creator({ displayName: null, snapshots: [], lastReading: null });
    expect(summarize(record, 'c1', tiers)).toMatchObject({
      displayName: null,
      followers: null,
      tier: null,
      engagementRate: null,
      spamRatio: null,
      verdict: null,
    });
  });
});
