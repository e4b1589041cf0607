import { describe, expect, test } from 'vitest';
import {
  campaignGlance,
  campaignPhase,
  defaultCampaignGroup,
  localDay,
  setupSteps,
} from '../../../lib/dashboard/campaign-glance';
import { planProgress } from '../../../lib/dashboard/plan-view';
import { campaignResults } from '../../../lib/dashboard/results-view';
import type { Campaign } from '../../../lib/model/campaign';
import type { CreatorRecord } from '../../../lib/model/creator';
import type { Deliverable } from '../../../lib/model/deliverable';
import { T, camp, entry, record, result, thresholds } from './build';

const glanceOf = (records: CreatorRecord[], campaign: Campaign) => {
  const totals = campaignResults(records, campaign, thresholds).report.totals;
  return campaignGlance(records, campaign, totals, planProgress(records, campaign, totals));
};

const deliverable = (postId: string): Deliverable => ({
  postId,
  url: `https://www.instagram.com/p/${postId}/`,
  format: null,
  takenAt: T,
  addedAt: T,
  how: 'by-hand',
  carries: [],
  visits: [],
});

describe('a campaign at a glance', () => {
  test('a new campaign: nothing in it, it opens on its set-up', () => {
    const glance = glanceOf([record('eve', { campaigns: [entry('other')] })], camp('c1'));
    expect(glance).toEqual({
      members: 0,
      creators: 0,
      signed: 0,
      deliverables: 0,
      conversions: null,
      revenue: null,
      budget: null,
    });
    expect(defaultCampaignGroup(glance)).toBe('setup');
  });

  test('a running campaign: its creators, deliverables and results; it opens on its progress', () => {
    const campaign: Campaign = {
      ...camp('c1'),
      plan: {
        objective: 'sales',
        objectiveNote: null,
        kpis: [],
        budget: { total: 5000, currency: 'USD', lines: [] },
        creators: null,
      },
    };
    const records = [
      record('ann', {
        campaigns: [
          entry('c1', {
            status: 'live',
            results: result(10, 2000),
            deliverables: [deliverable('A1'), deliverable('A2')],
          }),
        ],
      }),
      record('bob', { campaigns: [entry('c1', { status: 'signed' })] }),
      record('cat', { campaigns: [entry('c1', { status: 'shortlisted' })] }),
      record('dan', { campaigns: [entry('c1', { status: 'declined' })] }),
    ];
    const glance = glanceOf(records, campaign);
    // $500 + 5% of $2,000 owed to ann: spent.
    expect(glance).toEqual({
      members: 4,
      creators: 3,
      signed: 2,
      deliverables: 2,
      conversions: 10,
      revenue: 2000,
      budget: { spent: 600, total: 5000 },
    });
    expect(defaultCampaignGroup(glance)).toBe('progress');
  });

  test('only declined creators: something happened, it opens on its progress', () => {
    const glance = glanceOf(
      [record('dan', { campaigns: [entry('c1', { status: 'declined' })] })],
      camp('c1'),
    );
    expect(glance.creators).toBe(0);
    expect(defaultCampaignGroup(glance)).toBe('progress');
  });

  test('the set-up steps: each part done once it is filled in', () => {
    const fresh: Campaign = { ...camp('c1', null) };
    expect(setupSteps(fresh).filter((s) => s.done)).toEqual([]);
    expect(setupSteps(fresh).map((s) => s.part)).toEqual([
      'dates',
      'plan',
      'brief',
      'offer',
      'templates',
    ]);
    const halfDated = setupSteps({ ...fresh, startsOn: '2026-03-01' });
    expect(halfDated.find((s) => s.part === 'dates')!.done).toBe(false);
    const filled = setupSteps({
      ...camp('c1'),
      startsOn: '2026-03-01',
      endsOn: '2026-03-31',
      templateIds: ['first-dm'],
    });
    expect(filled.filter((s) => s.done).map((s) => s.part)).toEqual([
      'dates',
      'offer',
      'templates',
    ]);
  });
});

describe('where a campaign stands in its dates', () => {
  const dated = (startsOn: string | null, endsOn: string | null): Campaign => ({
    ...camp('c1'),
    startsOn,
    endsOn,
  });

  test.each([
    [null, null, '2026-03-15', null],
    [null, '2026-03-31', '2026-03-15', null],
    ['2026-03-01', '2026-03-31', '2026-02-28', 'upcoming'],
    ['2026-03-01', '2026-03-31', '2026-03-01', 'running'],
    ['2026-03-01', '2026-03-31', '2026-03-31', 'running'],
    ['2026-03-01', '2026-03-31', '2026-04-01', 'ended'],
    ['2026-03-01', null, '2027-01-01', 'running'],
  ] as const)('from %s to %s, on %s: %s', (startsOn, endsOn, today, phase) => {
    expect(campaignPhase(dated(startsOn, endsOn), today)).toBe(phase);
  });

  test('the local day is the calendar day where the marketer is', () => {
    expect(localDay(new Date(2026, 2, 5, 23, 59))).toBe('2026-03-05');
    expect(localDay(new Date(2026, 11, 31, 0, 0))).toBe('2026-12-31');
  });
});
