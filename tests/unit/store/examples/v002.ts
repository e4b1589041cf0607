/**
 * Frozen: what schema version 2 stored (recentPosts, redFlags, resultsMappings), written out by hand. Never edit this file when the schema
 * changes; add vNNN.ts for the new version and a migration, and the all-migrations test runs the
 * chain from every example.
 */

const count = (value: number) => ({
  value,
  exact: true,
  source: 'embedded-json',
  detail: 'edge_followed_by.count',
});

export const creator = {
  schemaVersion: 2,
  platform: 'instagram',
  handle: 'jane.paints',
  displayName: 'Jane Paints',
  firstSeenAt: '2026-01-10T09:12:00.000Z',
  lastSeenAt: '2026-02-01T18:40:00.000Z',
  shortlistedAt: '2026-01-10T09:13:05.000Z',
  notes: 'Replied to DMs within a day last time.',
  tags: ['watercolour', 'tutorials'],
  campaigns: [
    {
      campaignId: 'spring-kit',
      status: 'negotiating',
      addedAt: '2026-01-10T09:13:05.000Z',
      discountCode: 'JANE15',
      trackingLink:
        'https://acme.example/kit?utm_source=influencer&utm_medium=micro&utm_campaign=spring-kit&utm_content=jane.paints',
      offerOverride: { model: 'hybrid', flatFee: 500, commissionPct: 5, currency: 'USD' },
      results: {
        impressions: 42000,
        clicks: 810,
        conversions: 37,
        revenue: 2960,
        paymentOverride: null,
        updatedAt: '2026-02-20T12:00:00.000Z',
      },
      redFlags: ['full-payment-upfront'],
      updatedAt: '2026-02-20T12:00:00.000Z',
    },
    {
      campaignId: null,
      status: 'shortlisted',
      addedAt: '2026-01-12T08:00:00.000Z',
      discountCode: null,
      trackingLink: null,
      offerOverride: null,
      results: null,
      redFlags: [],
      updatedAt: '2026-01-12T08:00:00.000Z',
    },
  ],
  snapshots: [
    {
      at: '2026-01-10T09:12:00.000Z',
      followers: 23100,
      following: 410,
      posts: 312,
      likes: null,
      engagementRate: 0.034,
      engagementBasis: 'followers',
      spamRatio: 0.05,
      postsSeen: 12,
      topPostViews: 51000,
    },
    {
      at: '2026-01-24T20:02:00.000Z',
      followers: 23950,
      following: 412,
      posts: 318,
      likes: null,
      engagementRate: 0.031,
      engagementBasis: 'followers',
      spamRatio: null,
    },
    {
      at: '2026-02-01T18:40:00.000Z',
      followers: 24480,
      following: 415,
      posts: 321,
      likes: null,
      engagementRate: 0.029,
      engagementBasis: 'followers',
      spamRatio: 0.1,
      postsSeen: 12,
      topPostViews: null,
    },
  ],
  lastReading: {
    at: '2026-02-01T18:40:00.000Z',
    url: 'https://www.instagram.com/jane.paints/',
    reading: {
      platform: 'instagram',
      page: 'profile',
      url: 'https://www.instagram.com/jane.paints/',
      handle: 'jane.paints',
      status: 'ok',
      profile: {
        handle: 'jane.paints',
        displayName: 'Jane Paints',
        bio: 'Travel watercolour • tutorials every Sunday',
        externalUrl: null,
        verified: false,
        private: false,
        category: 'Artist',
        followers: count(24480),
        following: count(415),
        posts: count(321),
        likes: {
          value: null,
          exact: false,
          source: null,
          reason: 'Instagram shows no total likes',
        },
      },
      posts: [
        {
          id: 'C3xYz12AbCd',
          url: 'https://www.instagram.com/p/C3xYz12AbCd/',
          author: 'jane.paints',
          takenAt: '2026-01-30T17:00:00.000Z',
          caption: 'Sunset over the harbour, 20 minutes #watercolor',
          hashtags: ['#watercolor'],
          mentions: [],
          likes: count(702),
          comments: count(41),
          views: { value: null, exact: false, source: null, reason: 'not a video' },
          shares: { value: null, exact: false, source: null, reason: 'not shown' },
          saves: { value: null, exact: false, source: null, reason: 'not shown' },
          likesHidden: false,
          isVideo: false,
          pinned: false,
          paidPartnership: false,
          source: 'network',
        },
      ],
      comments: [
        {
          id: '1790',
          postId: 'C3xYz12AbCd',
          author: 'sam_draws',
          text: 'Which paper is this?',
          likes: 2,
          createdAt: '2026-01-30T18:00:00.000Z',
          isCreatorReply: false,
          isReply: false,
          source: 'network',
        },
      ],
      missing: [{ field: 'profile.likes', reason: 'Instagram shows no total likes' }],
      readAt: '2026-02-01T18:40:00.000Z',
    },
    verdict: {
      verdict: 'review',
      scores: {
        engagementRate: 0.029,
        engagementBasis: 'followers',
        spamRatio: 0.1,
        audienceFit: 0.7,
      },
      flags: [],
      reasons: [{ weight: 1, direction: 'data', text: 'Only 12 posts seen' }],
    },
  },
  recentPosts: [
    {
      id: 'DAb9Sponsor1',
      url: 'https://www.instagram.com/p/DAb9Sponsor1/',
      takenAt: '2026-02-01T12:00:00.000Z',
      caption: 'Paid partnership with Acme: the new travel set',
      likes: 1200,
      comments: 80,
      views: null,
      countsExact: true,
      pinned: false,
      paidPartnership: true,
      seenAt: '2026-02-01T18:40:00.000Z',
    },
    {
      id: 'C3xYz12AbCd',
      url: 'https://www.instagram.com/p/C3xYz12AbCd/',
      takenAt: '2026-01-30T17:00:00.000Z',
      caption: 'Sunset over the harbour, 20 minutes #watercolor',
      likes: 702,
      comments: 41,
      views: null,
      countsExact: true,
      pinned: false,
      paidPartnership: false,
      seenAt: '2026-01-24T20:02:00.000Z',
    },
  ],
  updatedAt: '2026-02-20T12:00:00.000Z',
};

export const campaigns = {
  schemaVersion: 2,
  items: [
    {
      id: 'spring-kit',
      name: 'Spring watercolour kit',
      brief: {
        name: 'Spring watercolour kit',
        brand: 'Acme Paints',
        languages: ['en'],
        followers: { min: 10000, max: 100000 },
      },
      startsOn: '2026-03-01',
      endsOn: '2026-04-15',
      offer: { model: 'hybrid', flatFee: 400, commissionPct: 5, currency: 'USD' },
      templateIds: ['first-contact'],
      landingUrl: 'https://acme.example/kit',
      createdAt: '2026-01-09T08:00:00.000Z',
      updatedAt: '2026-01-09T08:00:00.000Z',
    },
  ],
};

export const templates = {
  schemaVersion: 2,
  items: [
    {
      id: 'first-contact',
      name: 'First contact',
      kind: 'first-contact',
      body: 'Hi {firstName}, loved {specificPost}.',
      builtIn: false,
    },
  ],
};

export const settings = {
  schemaVersion: 2,
  sender: {
    name: 'Alex',
    company: 'Acme Paints',
    email: 'alex@acme.example',
    website: 'https://acme.example',
  },
  activeCampaignId: 'spring-kit',
  rules: { version: 1, thresholds: { minComments: 30 } },
  resultsMappings: {
    'discount code|total sales|orders': {
      version: 1,
      columns: { code: 'Discount code', revenue: 'Total sales', conversions: 'Orders' },
      decimal: '.',
    },
  },
};
