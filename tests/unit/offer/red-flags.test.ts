import { describe, expect, test } from 'vitest';
import { OfferModel } from '../../../lib/model/offer';
import { compensationRanges } from '../../../lib/offer/compensation-models';
import { negotiationRedFlags, tickedRedFlags } from '../../../lib/offer/red-flags';

describe('negotiation red flags checklist', () => {
  test('holds the four red flags of domain.md, each once', () => {
    expect(negotiationRedFlags.map((flag) => flag.id)).toEqual([
      'full-payment-upfront',
      'brand-only-after-nda',
      'twenty-plus-posts-a-month',
      'refuses-tracking',
    ]);
  });

  test.each(negotiationRedFlags)('$id is a question with a reason and an alternative', (flag) => {
    expect(flag.question).toMatch(/\?$/);
    expect(flag.why.length).toBeGreaterThan(10);
    expect(flag.fairAlternative.length).toBeGreaterThan(10);
  });

  test('the 50/50 split is the fair alternative to full payment upfront', () => {
    expect(negotiationRedFlags[0]!.fairAlternative).toContain('50%');
  });

  test('tickedRedFlags keeps checklist order and ignores unknown ids', () => {
    expect(
      tickedRedFlags(['refuses-tracking', 'nope', 'full-payment-upfront']).map((f) => f.id),
    ).toEqual(['full-payment-upfront', 'refuses-tracking']);
    expect(tickedRedFlags([])).toEqual([]);
  });
});

describe('compensation ranges', () => {
  test('one range per offer model, in the order of the schema', () => {
    expect(compensationRanges.map((range) => range.model)).toEqual(OfferModel.options);
  });

  test.each(compensationRanges)('$model ranges are ordered and within bounds', (range) => {
    for (const r of [range.flatFee, range.commissionPct]) {
      if (!r) continue;
      expect(r.min).toBeGreaterThanOrEqual(0);
      expect(r.min).toBeLessThanOrEqual(r.max);
    }
    if (range.commissionPct) expect(range.commissionPct.max).toBeLessThanOrEqual(100);
  });

  test('the hybrid note carries the worked example', () => {
    expect(compensationRanges.find((r) => r.model === 'hybrid')!.note).toContain('$800');
  });
});
