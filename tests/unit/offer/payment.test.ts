import { describe, expect, test } from 'vitest';
import { Offer } from '../../../lib/model/offer';
import { computePayment, effectivePayment, roundMoney } from '../../../lib/offer/payment';

const offer = (fields: Record<string, unknown>) => Offer.parse(fields);

describe('computePayment', () => {
  test('the worked example of domain.md: $500 + 5% of $6,000 = $800', () => {
    expect(
      computePayment(offer({ model: 'hybrid', flatFee: 500, commissionPct: 5 }), 6000),
    ).toEqual({ status: 'ok', amount: 800, flat: 500, commission: 300, product: 0, bonus: 0 });
  });

  test.each([
    // model, offer fields, revenue, amount
    ['flat', { flatFee: 750 }, 10_000, 750],
    ['flat', { flatFee: 750 }, null, 750],
    ['flat', { flatFee: 0 }, 0, 0],
    ['flat', { flatFee: 750, commissionPct: 10 }, 1000, 750],
    ['affiliate', { commissionPct: 10 }, 1234.56, 123.46],
    ['affiliate', { commissionPct: 10 }, 0, 0],
    ['affiliate', { commissionPct: 0 }, 5000, 0],
    ['affiliate', { commissionPct: 100 }, 99.99, 99.99],
    ['affiliate', { commissionPct: 7, flatFee: 500 }, 1000, 70],
    ['hybrid', { flatFee: 300, commissionPct: 3 }, 0, 300],
    ['hybrid', { flatFee: 0, commissionPct: 5 }, 6000, 300],
    ['hybrid', { flatFee: 800, commissionPct: 5 }, 0.1, 800.01],
    ['product', { productValue: 120, commissionPct: 8 }, 2500, 320],
    ['product', { productValue: 0, commissionPct: 5 }, 100, 5],
    ['product', { productValue: 49.9, commissionPct: 5 }, 0, 49.9],
    // flat fee + bonus on a sales target: the bonus from the target on, not below it
    ['bonus', { flatFee: 500, bonusAmount: 300, bonusTarget: 5000 }, 6000, 800],
    ['bonus', { flatFee: 500, bonusAmount: 300, bonusTarget: 5000 }, 5000, 800],
    ['bonus', { flatFee: 500, bonusAmount: 300, bonusTarget: 5000 }, 4999.99, 500],
    ['bonus', { flatFee: 500, bonusAmount: 300, bonusTarget: 5000 }, 0, 500],
    ['bonus', { flatFee: 0, bonusAmount: 250.5, bonusTarget: 1 }, 1, 250.5],
    ['bonus', { flatFee: 500, bonusAmount: 300, bonusTarget: 5000, commissionPct: 9 }, 6000, 800],
  ] as const)('%s %o on revenue %s pays %s', (model, fields, revenue, amount) => {
    const payment = computePayment(offer({ model, ...fields }), revenue);
    expect(payment.status).toBe('ok');
    expect(payment.amount).toBe(amount);
  });

  test.each([
    ['flat', {}, 100, 'no-flat-fee'],
    ['affiliate', {}, 100, 'no-commission'],
    ['affiliate', { commissionPct: 5 }, null, 'revenue-unknown'],
    ['affiliate', { commissionPct: 5 }, Number.NaN, 'revenue-unknown'],
    ['affiliate', { commissionPct: 5 }, -10, 'revenue-unknown'],
    ['hybrid', { commissionPct: 5 }, 100, 'no-flat-fee'],
    ['hybrid', { flatFee: 500 }, 100, 'no-commission'],
    ['hybrid', { flatFee: 500, commissionPct: 5 }, null, 'revenue-unknown'],
    ['product', { commissionPct: 5 }, 100, 'no-product-value'],
    ['product', { productValue: 40 }, 100, 'no-commission'],
    ['bonus', { bonusAmount: 300, bonusTarget: 5000 }, 100, 'no-flat-fee'],
    ['bonus', { flatFee: 500, bonusTarget: 5000 }, 100, 'no-bonus'],
    ['bonus', { flatFee: 500, bonusAmount: 300 }, 100, 'no-bonus'],
    ['bonus', { flatFee: 500, bonusAmount: 300, bonusTarget: 5000 }, null, 'revenue-unknown'],
  ] as const)('%s %o on revenue %s is unknown: %s', (model, fields, revenue, reason) => {
    expect(computePayment(offer({ model, ...fields }), revenue)).toEqual({
      status: 'unknown',
      amount: null,
      reason,
    });
  });
});

describe('effectivePayment', () => {
  const hybrid = offer({ model: 'hybrid', flatFee: 500, commissionPct: 5 });

  test.each([
    [
      'override wins over the offer',
      650,
      6000,
      hybrid,
      { amount: 650, source: 'override', from: null },
    ],
    ['an override of 0 still wins', 0, 6000, hybrid, { amount: 0, source: 'override', from: null }],
    ['override without an offer', 400, null, null, { amount: 400, source: 'override', from: null }],
    ['offer when no override', null, 6000, hybrid, { amount: 800, source: 'offer' }],
    [
      'no offer, no override',
      null,
      6000,
      null,
      { amount: null, source: 'none', reason: 'no-offer' },
    ],
    [
      'offer that needs revenue, revenue unknown',
      null,
      null,
      hybrid,
      { amount: null, source: 'none', reason: 'revenue-unknown' },
    ],
  ] as const)('%s', (_name, paymentOverride, revenue, theOffer, expected) => {
    expect(effectivePayment({ paymentOverride, revenue }, theOffer)).toEqual(expected);
  });
});

describe('roundMoney', () => {
  test.each([
    [0.1 + 0.2, 0.3],
    [1.005, 1.01],
    [800.0000001, 800],
    [0, 0],
  ])('%s -> %s', (value, rounded) => {
    expect(roundMoney(value)).toBe(rounded);
  });
});
