import { describe, expect, test } from 'vitest';
import { readOfferForm, emptyOfferForm } from '../../../lib/dashboard/offer-form';
import type { Offer } from '../../../lib/model/offer';
import { offerWarnings } from '../../../lib/offer/offer-warnings';

describe('offerWarnings: an offer with nothing tied to results is flagged', () => {
  test.each<[string, Pick<Offer, 'model' | 'commissionPct'>, string[]]>([
    ['flat fee only', { model: 'flat' }, ['flatOnly']],
    ['hybrid with 0% commission', { model: 'hybrid', commissionPct: 0 }, ['flatOnly']],
    ['product sent, 0% commission', { model: 'product', commissionPct: 0 }, ['flatOnly']],
    ['hybrid $500 + 5%', { model: 'hybrid', commissionPct: 5 }, []],
    ['affiliate 8%', { model: 'affiliate', commissionPct: 8 }, []],
    ['product + 6%', { model: 'product', commissionPct: 6 }, []],
    ['flat + bonus on a sales target', { model: 'bonus' }, []],
  ])('%s', (_, offer, expected) => {
    expect(offerWarnings(offer)).toEqual(expected);
  });

  test('as the offer builder reads its fields', () => {
    const read = readOfferForm({ ...emptyOfferForm('hybrid'), flatFee: '800', commissionPct: '0' });
    expect(read.ok && offerWarnings(read.offer)).toEqual(['flatOnly']);
  });
});
