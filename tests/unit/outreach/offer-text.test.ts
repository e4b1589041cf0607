import { describe, expect, test } from 'vitest';
import { Offer } from '../../../lib/model/offer';
import { describeOffer, formatMoney, formatPercent } from '../../../lib/outreach/offer-text';

describe('describeOffer', () => {
  test.each([
    [{ model: 'hybrid', flatFee: 500, commissionPct: 5 }, '$500 flat + 5% commission'],
    [{ model: 'hybrid', flatFee: 499.5, commissionPct: 7.5 }, '$499.50 flat + 7.5% commission'],
    [{ model: 'flat', flatFee: 1500 }, '$1,500 flat'],
    [{ model: 'flat', flatFee: 1500, commissionPct: 5 }, '$1,500 flat'],
    [{ model: 'flat', flatFee: 800, postsCount: 2 }, '$800 flat for 2 posts'],
    [{ model: 'flat', flatFee: 800, postsCount: 1 }, '$800 flat for 1 post'],
    [{ model: 'affiliate', commissionPct: 10 }, '10% commission on sales'],
    [
      { model: 'bonus', flatFee: 500, bonusAmount: 300, bonusTarget: 5000 },
      '$500 flat + a $300 bonus when your sales reach $5,000',
    ],
    [
      { model: 'product', productValue: 60, commissionPct: 8 },
      'the product (worth $60) + 8% commission',
    ],
    [{ model: 'product', commissionPct: 5 }, 'the product + 5% commission'],
    [{ model: 'product', productValue: 60 }, 'the product (worth $60)'],
    [
      { model: 'hybrid', flatFee: 300, commissionPct: 3, currency: 'EUR' },
      '€300 flat + 3% commission',
    ],
    [{ model: 'flat', flatFee: 50000, currency: 'JPY' }, '¥50,000 flat'],
  ])('%j → %s', (offer, text) => {
    expect(describeOffer(Offer.parse(offer))).toEqual({ text, missing: [] });
  });

  test('formats in the given locale', () => {
    const { text } = describeOffer(
      Offer.parse({ model: 'hybrid', flatFee: 1500, commissionPct: 5, currency: 'EUR' }),
      'de-DE',
    );
    expect(text).toBe(
      `${formatMoney(1500, 'EUR', 'de-DE')} flat + ${formatPercent(5, 'de-DE')} commission`,
    );
    expect(text).toMatch(/^1\.500\s€ flat \+ 5\s% commission$/u);
  });

  test.each([
    [{ model: 'flat' }, ['flatFee']],
    [{ model: 'affiliate' }, ['commissionPct']],
    [{ model: 'hybrid', flatFee: 500 }, ['commissionPct']],
    [{ model: 'hybrid' }, ['flatFee', 'commissionPct']],
    [{ model: 'bonus', flatFee: 500 }, ['bonusAmount', 'bonusTarget']],
  ])('%j lacks %j', (offer, missing) => {
    expect(describeOffer(Offer.parse(offer))).toEqual({ text: null, missing });
  });
});
