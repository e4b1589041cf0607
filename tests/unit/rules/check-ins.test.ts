import { describe, expect, test } from 'vitest';
import type { LogEntry } from '../../../lib/model/conversation-log';
import { PipelineStatus, type CampaignEntry } from '../../../lib/model/creator';
import { CHECK_IN_DAYS, checkInDue, checkInsDue } from '../../../lib/rules/ambassador/check-ins';
import { entry } from '../dashboard/build';

const NOW = '2026-03-31T12:00:00.000Z';
const DAY = 86_400_000;
/** The time `days` days (and `minutes` minutes) before NOW. */
const ago = (days: number, minutes = 0) =>
  new Date(Date.parse(NOW) - days * DAY - minutes * 60_000).toISOString();
const said = (at: string, text = 'hi'): LogEntry => ({ at, channel: 'dm', text });
const creator = (handle: string, campaigns: CampaignEntry[], log: LogEntry[] = []) => ({
  platform: 'instagram' as const,
  handle,
  displayName: null,
  campaigns,
  log,
});
const ambassador = (since: string) => entry('c1', { status: 'ambassador', updatedAt: since });

describe('checkInDue: an ambassador whose last contact is 30 days old or more', () => {
  test.each([
    ['last conversation 29 days ago', [said(ago(29))], null],
    ['29 days and 23 hours ago', [said(ago(29, 23 * 60))], null],
    ['exactly 30 days ago', [said(ago(30))], 30],
    ['31 days ago', [said(ago(31))], 31],
    ['40 days ago', [said(ago(40))], 40],
    [
      'the newest of several counts, whatever the order',
      [said(ago(90)), said(ago(3)), said(ago(60))],
      null,
    ],
    ['several, all old: the newest one', [said(ago(90)), said(ago(45))], 45],
    ['a conversation dated in the future', [said(ago(-2))], null],
  ])('%s → %s days', (_name, log, days) => {
    const due = checkInDue(creator('ann', [ambassador(ago(400))], log), Date.parse(NOW));
    expect(due?.days ?? null).toBe(days);
    if (due) expect(due.basis).toBe('log');
  });

  test.each([
    ['ambassador for 29 days', ago(29), null],
    ['ambassador for exactly 30 days', ago(30), 30],
    ['ambassador for 31 days', ago(31), 31],
  ])('no conversation logged: %s → %s days since the ambassador entry', (_name, since, days) => {
    const due = checkInDue(creator('ann', [ambassador(since)]), Date.parse(NOW));
    expect(due?.days ?? null).toBe(days);
    if (due) expect(due).toMatchObject({ basis: 'ambassador-since', lastContact: since });
  });

  const others = PipelineStatus.options
    .filter((status) => status !== 'ambassador')
    .map((status) => [status]);
  test.each(others)('a creator %s (no ambassador entry) is never listed', (status) => {
    const record = creator('ann', [entry('c1', { status, updatedAt: ago(300) })], [said(ago(200))]);
    expect(checkInDue(record, Date.parse(NOW))).toBeNull();
  });

  test('an ambassador in one campaign and live in another is listed; the newest ambassador entry counts', () => {
    const record = creator('ann', [
      entry('c1', { status: 'live', updatedAt: ago(1) }),
      entry('c2', { status: 'ambassador', updatedAt: ago(50) }),
      entry('c3', { status: 'ambassador', updatedAt: ago(35) }),
    ]);
    expect(checkInDue(record, Date.parse(NOW))).toMatchObject({ days: 35, lastContact: ago(35) });
  });

  test('another number of days', () => {
    const record = creator('ann', [ambassador(ago(400))], [said(ago(10))]);
    expect(checkInDue(record, Date.parse(NOW), 7)?.days).toBe(10);
    expect(checkInDue(record, Date.parse(NOW), 14)).toBeNull();
    expect(CHECK_IN_DAYS).toBe(30);
  });
});

describe('checkInsDue', () => {
  test('longest without contact first, ties by handle; recent and non-ambassadors left out', () => {
    const due = checkInsDue(
      [
        creator('recent', [ambassador(ago(400))], [said(ago(5))]),
        creator('bea', [ambassador(ago(400))], [said(ago(40))]),
        creator('never', [ambassador(ago(70))]),
        creator('abe', [ambassador(ago(400))], [said(ago(40))]),
        creator('live', [entry('c1', { status: 'live', updatedAt: ago(100) })]),
      ],
      NOW,
    );
    expect(due.map((d) => [d.handle, d.days, d.basis])).toEqual([
      ['never', 70, 'ambassador-since'],
      ['abe', 40, 'log'],
      ['bea', 40, 'log'],
    ]);
  });

  test('logging a conversation clears the reminder', () => {
    const before = creator('ann', [ambassador(ago(400))], [said(ago(40))]);
    expect(checkInsDue([before], NOW)).toHaveLength(1);
    const after = { ...before, log: [said(ago(0)), ...before.log] };
    expect(checkInsDue([after], NOW)).toEqual([]);
  });
});
