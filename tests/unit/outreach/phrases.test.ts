import { describe, expect, test } from 'vitest';
import { describeCampaignDates, describeFollowingFor } from '../../../lib/outreach/phrases';

const now = new Date('2026-05-20T12:00:00Z');

describe('describeFollowingFor', () => {
  test.each([
    ['2026-05-20', 'for a few days'],
    ['2026-05-07', 'for a few days'],
    ['2026-05-06', 'for a few weeks'],
    ['2026-03-22', 'for a few weeks'],
    ['2026-03-20', 'for about 2 months'],
    ['2025-06-01', 'for about 11 months'],
    ['2025-05-20', 'for over a year'],
    ['2024-05-21', 'for over a year'],
    ['2024-05-20', 'for about 2 years'],
    ['2019-01-01', 'for about 7 years'],
  ])('since %s → %s', (since, phrase) => {
    expect(describeFollowingFor(since, now)).toBe(phrase);
  });

  test.each(['2026-06-01', 'not a date', ''])('%j → null', (since) => {
    expect(describeFollowingFor(since, now)).toBeNull();
  });
});

describe('describeCampaignDates', () => {
  test.each([
    ['2026-05-01', '2026-05-15', /^May 1\s–\s15, 2026$/u],
    ['2026-05-01', '2026-06-15', /^May 1\s–\sJune 15, 2026$/u],
    ['2026-12-20', '2027-01-05', /^December 20, 2026\s–\sJanuary 5, 2027$/u],
    ['2026-05-01', '2026-05-01', /^May 1, 2026$/u],
    ['2026-05-01', null, /^from May 1, 2026$/u],
    [null, '2026-05-15', /^until May 15, 2026$/u],
  ])('%s .. %s', (start, end, expected) => {
    expect(describeCampaignDates(start, end)).toMatch(expected);
  });

  test('a date is a calendar day whatever the time zone', () => {
    expect(describeCampaignDates('2026-01-01', null)).toBe('from January 1, 2026');
  });

  test.each([
    [null, null],
    ['2026-05-15', '2026-05-01'],
    ['2026-02-30', null],
    ['May 1', null],
    ['2026-05-01T10:00:00Z', null],
  ])('%j .. %j → null', (start, end) => {
    expect(describeCampaignDates(start, end)).toBeNull();
  });

  test('uses the locale', () => {
    expect(describeCampaignDates('2026-05-01', '2026-05-15', 'de-DE')).toMatch(
      /^1\.\s*–\s*15\. Mai 2026$/u,
    );
  });
});
