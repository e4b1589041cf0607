import { describe, expect, test } from 'vitest';
import { defaultRuleSettings } from '../../../lib/model/settings';
import { existingCodes, planTracking, trackingNeeds, UNKNOWN_TIER } from '../../../lib/popup';
import { campaign, creator, entry, snapshot } from './records';

const tiers = defaultRuleSettings.tiers;
const both = { code: true, link: true };

const plan = (fields: Partial<Parameters<typeof planTracking>[0]> = {}) => {
  const record = fields.record ?? creator();
  return planTracking({
    record,
    campaign: campaign(),
    entry: record.campaigns[0] ?? null,
    allCreators: [record],
    tiers,
    needs: both,
    ...fields,
  });
};

test.each([
  ['Hi {firstName}', { code: false, link: false }],
  ['Use {code}', { code: true, link: false }],
  ['{link} and {code}', { code: true, link: true }],
  ['{ code } {Code}', { code: false, link: false }],
])('trackingNeeds(%j)', (body, needs) => {
  expect(trackingNeeds(body)).toEqual(needs);
});

test('existingCodes: every campaign of every creator, upper-cased', () => {
  const a = creator({
    campaigns: [
      entry({ discountCode: 'jane' }),
      entry({ campaignId: 'c2', discountCode: 'JANE5' }),
    ],
  });
  const b = creator({ handle: 'b', campaigns: [entry({ discountCode: null })] });
  expect([...existingCodes([a, b])].sort()).toEqual(['JANE', 'JANE5']);
});

describe('planTracking', () => {
  test('a code from the first name and a link with the tier, campaign and handle', () => {
    expect(plan()).toEqual({
      patch: {
        discountCode: 'JANE',
        trackingLink:
          'https://acme.example/kit?ref=x&utm_source=influencer&utm_medium=micro&utm_campaign=spring-kit-2026&utm_content=jane.paints&utm_term=instagram',
      },
      problems: [],
    });
  });

  test('a code taken by another creator, in any campaign, is not reused', () => {
    const other = creator({
      handle: 'jane.bakes',
      campaigns: [entry({ campaignId: 'c9', discountCode: 'jane' })],
    });
    const third = creator({ handle: 'jane.x', campaigns: [entry({ discountCode: 'JANEA' })] });
    const record = creator();
    expect(plan({ record, allCreators: [record, other, third] }).patch.discountCode).toBe('JANEC');
  });

  test('stored values are kept, never replaced', () => {
    const record = creator({
      campaigns: [entry({ discountCode: 'OLD', trackingLink: 'https://x.example/' })],
    });
    expect(plan({ record })).toEqual({ patch: {}, problems: [] });
  });

  test('only what the template needs is made', () => {
    expect(Object.keys(plan({ needs: { code: true, link: false } }).patch)).toEqual([
      'discountCode',
    ]);
    expect(plan({ needs: { code: false, link: false } })).toEqual({ patch: {}, problems: [] });
  });

  test('no landing page: a code, no link, and why', () => {
    const result = plan({ campaign: campaign({ landingUrl: null }) });
    expect(result.patch).toEqual({ discountCode: 'JANE' });
    expect(result.problems).toEqual([expect.stringMatching(/landing page/)]);
  });

  test('no campaign: nothing, and why', () => {
    const record = creator({ campaigns: [entry({ campaignId: null })] });
    const result = plan({ record, campaign: null, entry: record.campaigns[0]! });
    expect(result.patch).toEqual({});
    expect(result.problems).toEqual([expect.stringMatching(/campaign/)]);
  });

  test('unknown followers: the medium says the tier is unknown', () => {
    const record = creator({ snapshots: [snapshot({ followers: null })], lastReading: null });
    expect(plan({ record }).patch.trackingLink).toContain(`utm_medium=${UNKNOWN_TIER}`);
  });

  test('a display name without Latin letters falls back to the handle', () => {
    const record = creator({ displayName: '山田 太郎', handle: 'yamada_t' });
    expect(plan({ record }).patch.discountCode).toBe('YAMADAT');
  });
});
