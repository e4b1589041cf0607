import type { Campaign } from '../../../lib/model/campaign';
import { STORE_VERSION, type CampaignEntry, type CreatorRecord } from '../../../lib/model/creator';
import type { Snapshot } from '../../../lib/model/snapshot';
import { keptPostsOf } from '../../../lib/store/recent-posts';
import { count, post, reading } from '../outreach/reading-builder';

/** Stored records for popup tests, valid against the store's schemas. */
const AT = '2026-05-20T12:00:00.000Z';

export function entry(fields: Partial<CampaignEntry> = {}): CampaignEntry {
  return {
    campaignId: 'c1',
    status: 'shortlisted',
    addedAt: AT,
    discountCode: null,
    trackingLink: null,
    offerOverride: null,
    results: null,
    redFlags: [],
    deliverables: [],
    removedDeliverables: [],
    publishAt: null,
    updatedAt: AT,
    ...fields,
  };
}

export function snapshot(fields: Partial<Snapshot> = {}): Snapshot {
  return {
    at: AT,
    followers: 24_000,
    following: 300,
    posts: 120,
    likes: null,
    engagementRate: 0.042,
    engagementBasis: 'followers',
    spamRatio: 0.1,
    ...fields,
  };
}

/** A record as the store keeps it: `recentPosts` follow the last reading unless given. */
export function creator(fields: Partial<CreatorRecord> = {}): CreatorRecord {
  const base = baseCreator(fields);
  const last = base.lastReading;
  return {
    ...base,
    recentPosts:
      fields.recentPosts ?? (last ? keptPostsOf(last.reading, base.handle, last.at) : []),
  };
}

function baseCreator(fields: Partial<CreatorRecord>): CreatorRecord {
  return {
    schemaVersion: STORE_VERSION,
    platform: 'instagram',
    handle: 'jane.paints',
    displayName: 'Jane Doe 🎨',
    firstSeenAt: AT,
    lastSeenAt: AT,
    shortlistedAt: AT,
    log: [],
    tags: [],
    affiliateLink: null,
    campaigns: [entry()],
    snapshots: [snapshot()],
    lastReading: {
      at: AT,
      url: 'https://www.instagram.com/jane.paints/',
      reading: reading(
        [
          post('A1', {
            caption: 'Spring swatches in the park',
            likes: count(900),
            comments: count(40),
            takenAt: '2026-05-18T10:00:00Z',
          }),
          post('A2', { likes: count(300), comments: count(10), takenAt: '2026-05-10T10:00:00Z' }),
          post('A3', { likes: count(310), comments: count(12), takenAt: '2026-05-01T10:00:00Z' }),
        ],
        {
          profile: {
            handle: 'jane.paints',
            displayName: 'Jane Doe 🎨',
            bio: null,
            externalUrl: null,
            verified: null,
            private: false,
            category: null,
            followers: count(24_000),
            following: count(300),
            posts: count(120),
            likes: count(null),
          },
        },
      ),
      verdict: {
        verdict: 'strong',
        scores: { engagementRate: 0.042, engagementBasis: 'followers', spamRatio: 0.1 },
        spam: { ratio: 0.1, audienceComments: 40 },
      },
    },
    recentPosts: [],
    updatedAt: AT,
    ...fields,
  };
}

export function campaign(fields: Partial<Campaign> = {}): Campaign {
  return {
    id: 'c1',
    name: 'Spring Kit 2026',
    discountPct: null,
    plan: null,
    brief: { name: 'Spring Kit 2026', brand: 'Acme Paints', product: 'travel watercolour sets' },
    startsOn: '2026-06-01',
    endsOn: '2026-06-15',
    offer: { model: 'hybrid', flatFee: 500, commissionPct: 5, currency: 'USD' },
    templateIds: [],
    landingUrl: 'https://acme.example/kit?ref=x',
    createdAt: AT,
    updatedAt: AT,
    ...fields,
  };
}

export const NOW = new Date('2026-05-21T12:00:00Z');
