import { describe, expect, test } from 'vitest';
import type { BasisFigures } from '../../../lib/model/results';
import { attributionGap, attributionTotals, bothBases } from '../../../lib/results/attribution-gap';

const at = '2026-04-01T09:00:00Z';
const fig = (
  basis: 'code' | 'link',
  conversions: number | null,
  revenue: number | null,
): BasisFigures => ({ basis, clicks: null, conversions, revenue, from: `${basis}.csv`, at });

describe('attributionGap: which basis counts more', () => {
  test.each([
    // name, code [conv, rev], link [conv, rev], direction, conversions gap, share of the lower
    ['code well above link', [52, 4160], [37, 2960], 'code-higher', 15, 15 / 37],
    ['link well above code', [30, 2400], [42, 3360], 'link-higher', -12, 12 / 30],
    ['equal', [40, 3200], [40, 3150], 'agree', 0, 0],
    ['within 10% of the lower', [44, 3500], [40, 3200], 'agree', 4, 0.1],
    ['just over 10%', [45, 3500], [40, 3200], 'code-higher', 5, 5 / 40],
    ['link counted none', [12, 960], [0, 0], 'code-higher', 12, null],
    ['both none', [0, 0], [0, 0], 'too-few', 0, null],
    ['too few on both sides', [4, 320], [1, 80], 'too-few', 3, 3],
    ['five is enough', [5, 400], [1, 80], 'code-higher', 4, 4],
    ['fractional GA4 conversions', [10, 800], [12.5, 1000], 'link-higher', -2.5, 0.25],
  ] as const)('%s', (_, [cc, cr], [lc, lr], direction, gap, share) => {
    const result = attributionGap(fig('code', cc, cr), fig('link', lc, lr), 800);
    expect(result.direction).toBe(direction);
    expect(result.measure).toBe('conversions');
    expect(result.conversions?.gap).toBeCloseTo(gap, 10);
    if (share === null) expect(result.conversions?.share).toBeNull();
    else expect(result.conversions?.share).toBeCloseTo(share, 10);
  });

  test.each([
    ['revenue decides when a side has no conversions', [null, 5000], [30, 3000], 'code-higher'],
    ['revenue within 10%', [null, 3100], [null, 3000], 'agree'],
    ['neither measure on both sides', [20, null], [null, 3000], 'not-comparable'],
  ] as const)('%s', (_, [cc, cr], [lc, lr], direction) => {
    expect(attributionGap(fig('code', cc, cr), fig('link', lc, lr), 800).direction).toBe(direction);
  });

  test('ROAS of each side on the one payment; unknown without a payment, never Infinity', () => {
    const gap = attributionGap(fig('code', 52, 4160), fig('link', 37, 2960), 800);
    expect([gap.code.roas, gap.link.roas]).toEqual([5.2, 3.7]);
    expect(gap.revenue).toMatchObject({ gap: 1200 });
    const unpaid = attributionGap(fig('code', 52, 4160), fig('link', 37, 2960), null);
    expect([unpaid.code.roas, unpaid.link.roas]).toEqual([null, null]);
    const zero = attributionGap(fig('code', 52, 4160), fig('link', 37, 2960), 0);
    expect([zero.code.roas, zero.link.roas]).toEqual([null, null]);
  });
});

describe('bothBases and the totals', () => {
  test('only a result with a code and a link import is compared', () => {
    expect(bothBases([fig('code', 1, 1)])).toBeNull();
    expect(bothBases(undefined)).toBeNull();
    expect(bothBases([fig('link', 1, 1), fig('code', 2, 2)])).toMatchObject({
      code: { conversions: 2 },
      link: { conversions: 1 },
    });
  });

  test('totals sum both sides and the payments (gaps of opposite sign can agree overall)', () => {
    const totals = attributionTotals([
      { code: fig('code', 52, 4160), link: fig('link', 37, 2960), spend: 800 },
      { code: fig('code', 10, 800), link: fig('link', 30, 2400), spend: 400 },
    ]);
    expect(totals).toMatchObject({
      direction: 'agree',
      conversions: { code: 62, link: 67, gap: -5 },
      code: { revenue: 4960 },
      link: { revenue: 5360 },
    });
    expect(totals?.code.roas).toBeCloseTo(4960 / 1200, 10);
    expect(attributionTotals([])).toBeNull();
  });
});
