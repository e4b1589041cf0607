import { describe, expect, it } from 'vitest';
import type { CampaignEntry, PipelineStatus } from '../../../lib/model/creator';
import type { Deliverable } from '../../../lib/model/deliverable';
import { monthsBack, recentActivity } from '../../../lib/dashboard/recent-activity';

const NOW = '2026-09-15T12:00:00.000Z';

const deliverable = (
  takenAt: string | null,
  addedAt = '2026-09-01T00:00:00.000Z',
): Deliverable => ({
  postId: `p${Math.random().toString(36).slice(2)}`,
  url: null,
  format: null,
  takenAt,
  addedAt,
  how: 'found',
  carries: ['code'],
  visits: [],
});

const entry = (
  campaignId: string | null,
  status: PipelineStatus,
  addedAt: string,
  deliverables: Deliverable[] = [],
  updatedAt = addedAt,
): CampaignEntry => ({
  campaignId,
  status,
  addedAt,
  discountCode: null,
  trackingLink: null,
  offerOverride: null,
  results: null,
  redFlags: [],
  deliverables,
  removedDeliverables: [],
  publishAt: null,
  updatedAt,
});

describe('monthsBack: the window starts the same day six months earlier', () => {
  it.each([
    ['2026-09-15T12:00:00.000Z', '2026-03-15'],
    ['2026-08-31T23:59:00.000Z', '2026-02-28'],
    ['2028-08-31T00:00:00.000Z', '2028-02-29'],
    ['2026-03-01T00:00:00.000Z', '2025-09-01'],
    ['2026-01-10T08:00:00.000Z', '2025-07-10'],
  ])('from %s → %s', (now, since) => {
    expect(monthsBack(now, 6)).toBe(since);
  });
});

const dated = new Map([
  ['winter', { startsOn: '2025-12-01', endsOn: '2026-01-31' }],
  ['spring', { startsOn: '2026-03-01', endsOn: '2026-03-14' }],
  ['edge', { startsOn: '2026-03-01', endsOn: '2026-03-15' }],
  ['summer', { startsOn: '2026-07-01', endsOn: null }],
  ['later', { startsOn: '2026-10-01', endsOn: null }],
]);

describe('recentActivity: campaigns worked on and deliverables published in the last six months', () => {
  it.each<[string, CampaignEntry[], number, number]>([
    ['nothing', [], 0, 0],
    [
      'signed in a campaign running now',
      [entry('summer', 'signed', '2026-07-02T00:00:00.000Z')],
      1,
      0,
    ],
    [
      'only shortlisted: not worked on',
      [entry('summer', 'shortlisted', '2026-07-02T00:00:00.000Z')],
      0,
      0,
    ],
    ['declined', [entry('summer', 'declined', '2026-07-02T00:00:00.000Z')], 0, 0],
    [
      'contacted but with a deliverable',
      [
        entry('summer', 'contacted', '2026-07-02T00:00:00.000Z', [
          deliverable('2026-08-01T00:00:00.000Z'),
        ]),
      ],
      1,
      1,
    ],
    [
      'a campaign that ended the day before the window',
      [entry('spring', 'reporting', '2026-03-01T00:00:00.000Z')],
      0,
      0,
    ],
    [
      "a campaign that ended on the window's first day",
      [entry('edge', 'reporting', '2026-03-01T00:00:00.000Z')],
      1,
      0,
    ],
    [
      'a campaign that starts after today',
      [entry('later', 'signed', '2026-09-01T00:00:00.000Z')],
      0,
      0,
    ],
    [
      'a campaign without dates, shortlisted 8 months ago, last changed 2 months ago',
      [entry('undated', 'live', '2026-01-10T00:00:00.000Z', [], '2026-07-10T00:00:00.000Z')],
      1,
      0,
    ],
    [
      'a campaign without dates, untouched for 8 months',
      [entry('undated', 'live', '2026-01-10T00:00:00.000Z')],
      0,
      0,
    ],
    [
      'old campaign, one old and one recent deliverable',
      [
        entry('winter', 'ambassador', '2025-12-01T00:00:00.000Z', [
          deliverable('2026-01-05T00:00:00.000Z'),
          deliverable('2026-04-01T00:00:00.000Z'),
        ]),
      ],
      1,
      1,
    ],
    [
      'a deliverable with no publish date counts by the day it was added',
      [
        entry('summer', 'live', '2026-07-02T00:00:00.000Z', [
          deliverable(null, '2026-07-20T00:00:00.000Z'),
          deliverable(null, '2026-02-20T00:00:00.000Z'),
        ]),
      ],
      1,
      1,
    ],
    [
      'the no-campaign shortlist is no campaign; its deliverables still count',
      [
        entry(null, 'signed', '2026-07-02T00:00:00.000Z', [
          deliverable('2026-08-01T00:00:00.000Z'),
        ]),
      ],
      0,
      1,
    ],
    [
      'two campaigns, three deliverables',
      [
        entry('summer', 'live', '2026-07-02T00:00:00.000Z', [
          deliverable('2026-07-10T00:00:00.000Z'),
          deliverable('2026-08-10T00:00:00.000Z'),
        ]),
        entry('winter', 'reporting', '2025-12-02T00:00:00.000Z', [
          deliverable('2026-03-20T00:00:00.000Z'),
        ]),
      ],
      2,
      3,
    ],
  ])('%s', (_, campaigns, nCampaigns, nDeliverables) => {
    expect(recentActivity({ campaigns }, dated, NOW)).toEqual({
      since: '2026-03-15',
      campaigns: nCampaigns,
      deliverables: nDeliverables,
    });
  });
});
