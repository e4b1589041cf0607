import { describe, expect, test } from 'vitest';
import { resultsUpdates } from '../../../lib/dashboard/results-updates';
import { CreatorRecord, STORE_VERSION, type CampaignEntry } from '../../../lib/model/creator';

const NOW = '2026-03-20T10:00:00.000Z';

describe('resultsUpdates', () => {
  const imported = (key: string, values: Record<string, number | null>) => ({
    key,
    values,
    lines: [2],
    via: ['code' as const],
  });

  test('only matched members of the campaign, only their results, mapped columns replacing', () => {
    const ann = creator('ann', 'c1', {
      impressions: 100,
      clicks: 10,
      conversions: 1,
      revenue: 40,
      paymentOverride: null,
      basis: 'hand',
      byBasis: [],
      updatedAt: NOW,
    });
    const bob = creator('bob', 'other', null);
    const updates = resultsUpdates(
      [ann, bob],
      [
        imported('instagram:ann', { conversions: 3, revenue: null }),
        imported('instagram:bob', { conversions: 9 }),
        imported('instagram:nobody', { conversions: 9 }),
      ],
      'c1',
      NOW,
    );
    expect(updates).toEqual([
      {
        key: { platform: 'instagram', handle: 'ann' },
        campaignId: 'c1',
        patch: {
          results: {
            impressions: 100,
            clicks: 10,
            conversions: 3,
            revenue: 40,
            paymentOverride: null,
            paymentFrom: null,
            // The file brought conversions matched by code: they now count by code, and the
            // code-based figures are kept apart for the comparison with a link-based file.
            basis: 'code',
            byBasis: [
              {
                basis: 'code',
                clicks: null,
                conversions: 3,
                revenue: null,
                from: 'an imported file',
                at: NOW,
              },
            ],
            updatedAt: NOW,
          },
        },
      },
    ]);
  });
});

function creator(
  handle: string,
  campaignId: string,
  results: CampaignEntry['results'],
): CreatorRecord {
  return CreatorRecord.parse({
    schemaVersion: STORE_VERSION,
    platform: 'instagram',
    handle,
    displayName: null,
    firstSeenAt: null,
    lastSeenAt: null,
    shortlistedAt: NOW,
    log: [],
    tags: [],
    affiliateLink: null,
    snapshots: [],
    lastReading: null,
    recentPosts: [],
    updatedAt: NOW,
    campaigns: [
      {
        campaignId,
        status: 'live',
        addedAt: NOW,
        discountCode: null,
        trackingLink: null,
        offerOverride: null,
        results,
        redFlags: [],
        deliverables: [],
        removedDeliverables: [],
        publishAt: null,
        updatedAt: NOW,
      },
    ],
  });
}
