import { describe, expect, test } from 'vitest';
import { CampaignResult } from '../../../lib/model/results';
import { readResultForm } from '../../../lib/results/hand-entry';

const at = '2026-03-20T12:00:00Z';

describe('readResultForm', () => {
  test('reads every field; the result passes the stored schema', () => {
    const read = readResultForm(
      {
        impressions: '40,000',
        clicks: '1200',
        conversions: '60',
        revenue: '$6,000.00',
        paymentOverride: '',
      },
      at,
    );
    expect(read).toEqual({
      ok: true,
      result: {
        impressions: 40000,
        clicks: 1200,
        conversions: 60,
        revenue: 6000,
        paymentOverride: null,
        updatedAt: at,
      },
    });
    if (read.ok) expect(CampaignResult.safeParse(read.result).success).toBe(true);
  });

  test('an empty form is all null, not zero', () => {
    expect(readResultForm({}, at)).toMatchObject({
      ok: true,
      result: {
        impressions: null,
        clicks: null,
        conversions: null,
        revenue: null,
        paymentOverride: null,
      },
    });
  });

  test('a zero is a zero', () => {
    expect(readResultForm({ conversions: '0' }, at)).toMatchObject({
      ok: true,
      result: { conversions: 0 },
    });
  });

  test('decimal commas when the user writes them', () => {
    expect(readResultForm({ revenue: '4.398,50' }, at, ',')).toMatchObject({
      ok: true,
      result: { revenue: 4398.5 },
    });
  });

  test('names each bad field', () => {
    expect(readResultForm({ clicks: 'many', revenue: '-5', paymentOverride: '800' }, at)).toEqual({
      ok: false,
      errors: [
        { field: 'clicks', message: 'not a number "many"' },
        { field: 'revenue', message: 'negative amount "-5"' },
      ],
    });
  });
});
