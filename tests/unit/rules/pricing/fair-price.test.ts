import { describe, expect, test } from 'vitest';
import { defaultRuleSettings, PricingSettings } from '../../../../lib/model/settings';
import {
  fairPrice,
  feeAgainstPrice,
  medianFollowerRate,
} from '../../../../lib/rules/pricing/fair-price';
import { priceInputOf } from '../../../../lib/rules/pricing/price-input';
import { priceFormula, usualText } from '../../../../lib/rules/pricing/price-text';

const { pricing, tiers } = defaultRuleSettings;

describe('fair price per post: followers ÷ 1,000 × rate × clamp(ER ÷ 2.5%, 0.6, 2.2) ± 15%', () => {
  test.each([
    // platform, followers, rate → low, high, multiplier, clamped, tier, against the usual range
    ['instagram', 24_480, 0.029, 338, 457, 1.16, null, 'micro', 'within'],
    ['instagram', 5_000, 0.1, 131, 177, 2.2, 'max', 'nano', 'within'],
    ['instagram', 50_000, 0.005, 357, 483, 0.6, 'min', 'micro', 'within'],
    ['instagram', 10_000, 0.025, 119, 161, 1, null, 'micro', 'below'],
    ['tiktok', 800_000, null, 6_800, 9_200, 1, null, 'macro', 'below'],
    ['tiktok', 2_000_000, 0.03, 20_400, 27_600, 1.2, null, 'mega', null],
    ['instagram', 150_000, 0.025, 1_785, 2_415, 1, null, 'mid', null],
    ['instagram', 500, 0.05, 12, 16, 2, null, null, null],
  ] as const)(
    '%s %d followers at %s → %d–%d',
    (platform, followers, followerRate, low, high, multiplier, clamped, tier, against) => {
      const price = fairPrice({ platform, followers, followerRate }, pricing, tiers);
      expect(price).toMatchObject({ status: 'ok', low, high, clamped, againstUsual: against });
      if (price.status !== 'ok') return;
      expect(price.multiplier).toBeCloseTo(multiplier, 10);
      expect(price.tier?.id ?? null).toBe(tier);
    },
  );

  test.each([null, 0, -5, Number.NaN])('%s followers: no estimate', (followers) => {
    expect(
      fairPrice({ platform: 'instagram', followers, followerRate: 0.03 }, pricing, tiers),
    ).toEqual({
      status: 'unknown',
      reason: 'no-followers',
    });
  });

  test('the settings change the estimate and the usual ranges', () => {
    const edited = PricingSettings.parse({
      perThousand: { instagram: 20, tiktok: 10 },
      spread: 0,
      tierRanges: { micro: { min: 1_000, max: 3_000 } },
    });
    const price = fairPrice(
      { platform: 'instagram', followers: 20_000, followerRate: 0.025 },
      edited,
      tiers,
    );
    expect(price).toMatchObject({
      low: 400,
      high: 400,
      usual: { min: 1_000, max: 3_000 },
      againstUsual: 'below',
    });
  });

  test('the usual ranges are the method’s: nano $100–500, micro $300–2,000, macro $10,000+, flat $500–1,500', () => {
    expect(pricing.tierRanges).toEqual({
      nano: { min: 100, max: 500 },
      micro: { min: 300, max: 2_000 },
      macro: { min: 10_000, max: null },
    });
    expect(pricing.flatFee).toEqual({ min: 500, max: 1_500 });
  });

  test('a fee against the estimate', () => {
    const price = fairPrice(
      { platform: 'instagram', followers: 24_480, followerRate: 0.029 },
      pricing,
      tiers,
    );
    if (price.status !== 'ok') throw new Error('no price');
    expect([300, 338, 400, 457, 500].map((fee) => feeAgainstPrice(fee, price))).toEqual([
      'below',
      'within',
      'within',
      'within',
      'above',
    ]);
  });

  test('the formula and the usual range are written out with the creator’s numbers', () => {
    const price = fairPrice(
      { platform: 'instagram', followers: 24_480, followerRate: 0.029 },
      pricing,
      tiers,
    );
    if (price.status !== 'ok') throw new Error('no price');
    expect(priceFormula(price, pricing)).toBe(
      '24,480 followers ÷ 1,000 × $14 × 1.16 (engagement 2.9% ÷ 2.5%) ± 15%',
    );
    expect(usualText(price, 'USD')).toBe(
      'Usual for Micro (10K–100K): $300–$2,000 per post; the estimate is within it.',
    );
  });
});

describe('the engagement by followers a price uses', () => {
  const post = (likes: number | null, comments: number | null, pinned = false) => ({
    id: String(Math.random()),
    url: null,
    takenAt: null,
    caption: null,
    likes,
    comments,
    views: null,
    shares: null,
    countsExact: true,
    format: null,
    pinned,
    paidPartnership: null,
    handlesAndTags: null,
    seenAt: '2026-03-01T00:00:00.000Z',
  });
  const snap = (followers: number | null, rate: number | null, basis: 'followers' | 'views') => ({
    at: '2026-03-01T00:00:00.000Z',
    followers,
    following: null,
    posts: null,
    likes: null,
    engagementRate: rate,
    engagementBasis: basis,
    spamRatio: null,
  });

  test('median over posts with both counts', () => {
    expect(
      medianFollowerRate([post(90, 10), post(null, 5), post(290, 10), post(190, 10)], 10_000),
    ).toBe(0.02);
    expect(medianFollowerRate([post(null, 1)], 10_000)).toBeNull();
    expect(medianFollowerRate([post(1, 1)], null)).toBeNull();
  });

  test.each([
    ['a follower-based snapshot rate is used as is', [snap(20_000, 0.03, 'followers')], [], 0.03],
    [
      'a views-based one (TikTok) is replaced by the kept posts’ median, pinned posts left out',
      [snap(20_000, 0.12, 'views')],
      [post(380, 20), post(9_000, 1_000, true)],
      0.02,
    ],
    ['no posts: not known', [snap(20_000, 0.12, 'views')], [], null],
  ])('%s', (_name, snapshots, recentPosts, rate) => {
    const input = priceInputOf({ platform: 'tiktok', snapshots, recentPosts });
    expect(input).toEqual({ platform: 'tiktok', followers: 20_000, followerRate: rate });
  });

  test('the latest snapshot with a follower count gives the followers', () => {
    expect(
      priceInputOf({
        platform: 'instagram',
        snapshots: [snap(10_000, 0.03, 'followers'), snap(null, null, 'followers')],
        recentPosts: [],
      }).followers,
    ).toBe(10_000);
  });
});
