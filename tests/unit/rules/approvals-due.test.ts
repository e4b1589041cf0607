import { describe, expect, test } from 'vitest';
import type { CampaignEntry, PipelineStatus } from '../../../lib/model/creator';
import { approvalsDue, approvalState } from '../../../lib/rules/caption/approvals-due';
import { entry as campaignEntry } from '../dashboard/build';

const PUBLISH = '2026-03-10T18:00:00.000Z';
// Due 24 h before: 2026-03-09T18:00Z.

describe('approvalState: listed from 72 h before the due time to 24 h after publishing', () => {
  test.each([
    ['a week before publishing', '2026-03-03T18:00:00.000Z', null],
    ['one minute before the 72 h ahead start', '2026-03-06T17:59:00.000Z', null],
    ['72 h before the due time', '2026-03-06T18:00:00.000Z', 'upcoming'],
    ['one minute before the due time', '2026-03-09T17:59:00.000Z', 'upcoming'],
    ['at the due time (24 h before publishing)', '2026-03-09T18:00:00.000Z', 'due'],
    ['one minute before publishing', '2026-03-10T17:59:00.000Z', 'due'],
    ['at publishing', '2026-03-10T18:00:00.000Z', 'late'],
    ['23 h after publishing', '2026-03-11T17:00:00.000Z', 'late'],
    ['24 h after publishing', '2026-03-11T18:00:00.000Z', null],
  ])('%s → %s', (_name, now, state) => {
    expect(approvalState(PUBLISH, Date.parse(now))).toBe(state);
  });
});

const entry = (
  campaignId: string,
  status: PipelineStatus,
  publishAt: string | null,
): CampaignEntry => campaignEntry(campaignId, { status, publishAt });
const creator = (handle: string, campaigns: CampaignEntry[]) => ({
  platform: 'instagram' as const,
  handle,
  displayName: null,
  campaigns,
});

describe('approvalsDue', () => {
  const now = '2026-03-09T20:00:00.000Z';

  test.each([
    ['signed', true],
    ['content-approval', true],
    ['negotiating', false],
    ['shortlisted', false],
    ['live', false],
    ['reporting', false],
    ['ambassador', false],
    ['declined', false],
    ['paused', false],
  ] as const)('status %s: listed %s', (status, shown) => {
    expect(approvalsDue([creator('ann', [entry('c1', status, PUBLISH)])], now)).toHaveLength(
      shown ? 1 : 0,
    );
  });

  test('no planned time: not listed; several campaigns: each entry, soonest due first', () => {
    const list = approvalsDue(
      [
        creator('ann', [
          entry('c1', 'signed', null),
          entry('c2', 'signed', '2026-03-11T09:00:00.000Z'),
        ]),
        creator('bob', [entry('c1', 'content-approval', PUBLISH)]),
      ],
      now,
    );
    expect(list.map((d) => [d.handle, d.campaignId, d.state, d.dueAt])).toEqual([
      ['bob', 'c1', 'due', '2026-03-09T18:00:00.000Z'],
      ['ann', 'c2', 'upcoming', '2026-03-10T09:00:00.000Z'],
    ]);
  });
});
