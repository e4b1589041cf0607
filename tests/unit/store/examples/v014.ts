/**
 * Frozen: what schema version 14 stored: as version 13, and the settings' thresholds hold the days
 * without a conversation after which an ambassador is due for a check-in (`checkInDays`). Never edit
 * this file when the schema changes; add vNNN.ts for the new version and a migration, and the
 * all-migrations test runs the chain.
 */

export const creator = {
  schemaVersion: 14,
  platform: 'instagram',
  handle: 'jane.paints',
  displayName: 'Jane Paints',
  firstSeenAt: '2026-01-10T09:12:00.000Z',
  lastSeenAt: '2026-02-01T18:40:00.000Z',
  shortlistedAt: '2026-01-10T09:13:05.000Z',
  log: [
    {
      at: '2026-02-18T15:30:00.000Z',
      channel: 'call',
      text: 'Agreed on two reels in March.\nWants the kit by Feb 25.',
    },
    {
      at: '2026-01-11T10:00:00.000Z',
      channel: 'dm',
      text: 'Replied to DMs within a day last time.',
    },
  ],
  tags: ['watercolour', 'tutorials'],
  affiliateLink: 'https://shop.acme.example/ref/jane-paints',
  campaigns: [
    {
      campaignId: 'spring-kit',
      status: 'negotiating',
      addedAt: '2026-01-10T09:13:05.000Z',
      discountCode: 'JANE15',
      trackingLink:
        'https://acme.example/kit?utm_source=influencer&utm_medium=micro&utm_campaign=spring-kit&utm_content=jane.paints',
      offerOverride: {
        model: 'bonus',
        flatFee: 500,
        bonusAmount: 300,
        bonusTarget: 5000,
        currency: 'USD',
      },
      results: {
        impressions: 42000,
        clicks: 810,
        conversions: 37,
        revenue: 2960,
        paymentOverride: null,
        basis: 'link',
        byBasis: [
          {
            basis: 'code',
            clicks: null,
            conversions: 52,
            revenue: 4160,
            from: 'shopify-discounts.csv',
            at: '2026-02-19T09:00:00.000Z',
          },
          {
            basis: 'link',
            clicks: 810,
            conversions: 37,
            revenue: 2960,
            from: 'ga4-utm-content.csv',
            at: '2026-02-20T12:00:00.000Z',
          },
        ],
        updatedAt: '2026-02-20T12:00:00.000Z',
      },
      redFlags: ['full-payment-upfront'],
      deliverables: [
        {
          postId: 'DAb9Sponsor1',
          url: 'https://www.instagram.com/p/DAb9Sponsor1/',
          format: 'carousel',
          takenAt: '2026-03-02T10:00:00.000Z',
          addedAt: '2026-03-02T18:00:00.000Z',
          how: 'found',
          carries: ['code', 'brand'],
          visits: [
            { at: '2026-03-02T18:00:00.000Z', likes: 640, comments: 31, views: null, shares: null },
            {
              at: '2026-03-05T09:00:00.000Z',
              likes: 1200,
              comments: 80,
              views: null,
              shares: null,
            },
          ],
        },
      ],
      removedDeliverables: ['C0ldPost999'],
      publishAt: '2026-03-05T17:00:00.000Z',
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
      deliverables: [],
      removedDeliverables: [],
      publishAt: null,
      updatedAt: '2026-01-12T08:00:00.000Z',
    },
  ],
  snapshots: {
    packed: 1,
    n: 3,
    cols: {
      at: {
        t: [29467272, 20810, 11438],
      },
      followers: {
        d: [23100, 850, 530],
      },
      following: {
        d: [410, 2, 3],
      },
      posts: {
        d: [312, 6, 3],
      },
      likes: {
        c: null,
      },
      engagementRate: {
        f: [340, -30, -20],
      },
      engagementBasis: {
        c: 'followers',
      },
      spamRatio: {
        f: [500, null, 500],
      },
      postsSeen: {
        d: [12, null, 0],
        u: [1],
      },
      topPostViews: {
        d: [51000, null, null],
        u: [1],
      },
      audienceSample: {
        d: [null, null, 48],
        u: [0],
      },
      audienceFakeShare: {
        f: [null, null, 3125],
        u: [0],
      },
    },
  },
  lastReading: {
    at: '2026-02-01T18:40:00.000Z',
    url: 'https://www.instagram.com/jane.paints/',
    reading: {
      platform: 'instagram',
      page: 'profile',
      handle: 'jane.paints',
      status: 'ok',
      profile: {
        displayName: 'Jane Paints',
        bio: 'Travel watercolour • tutorials every Sunday • jane [at] janepaints.com',
        externalUrl: 'https://linktr.ee/jane.paints',
        verified: false,
        private: false,
        category: 'Artist',
        followers: [24480, 1, 'embedded-json'],
        following: [415, 1, 'embedded-json'],
        posts: [321, 1, 'embedded-json'],
        likes: [null, 0, null],
        contact: {
          emails: [{ address: 'jane@janepaints.com', where: 'bio' }],
          links: [
            { url: 'https://linktr.ee/jane.paints', where: 'profile-link', linkInBio: 'Linktree' },
          ],
        },
      },
      missing: [
        {
          field: 'profile.likes',
          reason: 'Instagram shows no total likes',
        },
      ],
    },
    verdict: {
      verdict: 'review',
      scores: {
        engagementRate: 0.029,
        engagementBasis: 'followers',
        spamRatio: 0.1,
        audienceFit: 0.7,
      },
      reasons: [
        {
          weight: 1,
          direction: 'data',
          text: 'Only 12 posts seen',
        },
      ],
      flags: [],
      audience: {
        kind: 'followers',
        sample: 48,
        suspicious: 15,
        suspiciousShare: 0.3125,
        low: 0.2,
        high: 0.45,
        matching: null,
        matchingShare: null,
        examples: [
          {
            handle: 'user84736291',
            suspicious: true,
            reasons: [
              'default profile picture',
              'handle is the default "user" + digits',
              'no name',
            ],
          },
        ],
      },
    },
    postIds: [1],
  },
  recentPosts: {
    packed: 1,
    n: 2,
    cols: {
      id: {
        s: ['DAb9Sponsor1', 'C3xYz12AbCd'],
      },
      url: {
        c: 'https://www.instagram.com/p/\u0001/',
        r: 'id',
      },
      takenAt: {
        t: [29499120, -2580],
      },
      caption: {
        s: [
          'Paid partnership with Acme: the new travel set',
          'Sunset over the harbour, 20 minutes #watercolor',
        ],
      },
      likes: {
        d: [1200, -498],
      },
      comments: {
        d: [80, -39],
      },
      views: {
        c: null,
      },
      shares: {
        c: null,
      },
      countsExact: {
        c: true,
      },
      format: {
        s: ['carousel', 'image'],
      },
      pinned: {
        c: false,
      },
      paidPartnership: {
        b: '10',
      },
      handlesAndTags: {
        s: ['@acme.paints #ad #travelset', null],
      },
      seenAt: {
        t: [29499520, -11438],
      },
    },
  },
  updatedAt: '2026-02-20T12:00:00.000Z',
};

export const campaigns = {
  schemaVersion: 14,
  items: [
    {
      id: 'spring-kit',
      name: 'Spring watercolour kit',
      brief: {
        name: 'Spring watercolour kit',
        brand: 'Acme Paints',
        languages: ['en'],
        competitors: ['Winsor & Newton', 'Arteza'],
        followers: {
          min: 10000,
          max: 100000,
        },
      },
      startsOn: '2026-03-01',
      endsOn: '2026-04-15',
      offer: {
        model: 'hybrid',
        flatFee: 400,
        commissionPct: 5,
        currency: 'USD',
      },
      templateIds: ['first-contact'],
      landingUrl: 'https://acme.example/kit',
      discountPct: 15,
      plan: {
        objective: 'sales',
        objectiveNote: 'Launch the travel kit',
        kpis: [
          { metric: 'conversions', target: 400 },
          { metric: 'cpa', target: 30 },
          { metric: 'ctr', target: 0.015 },
        ],
        budget: {
          total: 20000,
          currency: 'USD',
          lines: [
            { part: 'creator-payments', amount: 12000 },
            { part: 'commission-pool', amount: 3000 },
            { part: 'content-licensing', amount: 2000 },
            { part: 'tools', amount: 1000 },
            { part: 'buffer', amount: 2000 },
          ],
        },
        creators: { min: 10, max: 20 },
      },
      createdAt: '2026-01-09T08:00:00.000Z',
      updatedAt: '2026-01-09T08:00:00.000Z',
    },
  ],
};

export const templates = {
  schemaVersion: 14,
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
  schemaVersion: 14,
  sender: {
    name: 'Alex',
    company: 'Acme Paints',
    email: 'alex@acme.example',
    website: 'https://acme.example',
  },
  activeCampaignId: 'spring-kit',
  rules: {
    version: 1,
    thresholds: {
      minComments: 30,
      competitorWindowDays: 45,
      checkInDays: 21,
    },
  },
  resultsMappings: {
    'discount code|total sales|orders': {
      version: 1,
      columns: {
        code: 'Discount code',
        revenue: 'Total sales',
        conversions: 'Orders',
      },
      decimal: '.',
    },
  },
};
