import { describe, expect, test } from 'vitest';
import type { Offer } from '../../../lib/model/offer';
import { feePerPost, fixedPart } from '../../../lib/offer/fixed-part';

describe('what an offer costs whatever the sales, and its fee per post', () => {
  test.each([
    [{ model: 'flat', flatFee: 750, currency: 'USD' }, 750, 750],
    [{ model: 'flat', flatFee: 1500, postsCount: 3, currency: 'USD' }, 1500, 500],
    [{ model: 'hybrid', flatFee: 500, commissionPct: 5, currency: 'USD' }, 500, 500],
    [{ model: 'hybrid', commissionPct: 5, currency: 'USD' }, null, null],
    [{ model: 'affiliate', commissionPct: 10, currency: 'USD' }, 0, null],
    [{ model: 'product', productValue: 60, commissionPct: 5, currency: 'USD' }, 60, null],
    [{ model: 'product', commissionPct: 5, currency: 'USD' }, null, null],
    [
      {
        model: 'bonus',
        flatFee: 600,
        bonusAmount: 300,
        bonusTarget: 5000,
        postsCount: 2,
        currency: 'USD',
      },
      600,
      300,
    ],
  ] as [Offer, number | null, number | null][])(
    '%o → %s fixed, %s per post',
    (offer, fixed, perPost) => {
      expect(fixedPart(offer)).toBe(fixed);
      expect(feePerPost(offer)).toBe(perPost);
    },
  );
});
