import { describe, expect, test } from 'vitest';
import {
  formatAge,
  formatCount,
  formatDelta,
  formatPoints,
  formatRate,
  formatShare,
  provenance,
} from '../../../lib/panel/format';
import type { Count } from '../../../lib/model/reading';

describe('numbers', () => {
  test.each([
    [783427, true, '783,427'],
    [0, true, '0'],
    [12300, false, '≈12.3K'],
    [1_200_000, false, '≈1.2M'],
    [null, true, '—'],
    [Number.NaN, true, '—'],
  ])('formatCount(%s, exact %s) = %s', (value, exact, text) => {
    expect(formatCount(value, exact)).toBe(text);
  });

  test.each([
    [0.042, '4.2%'],
    [0.0062, '0.62%'],
    [0.01, '1.0%'],
    [0.00999, '1.00%'],
    [0, '0.0%'],
    [1, '100.0%'],
    [null, '—'],
  ])('formatRate(%s) = %s', (value, text) => {
    expect(formatRate(value)).toBe(text);
  });

  test.each([
    [0.004, '+0.40 pt'],
    [-0.012, '−1.2 pt'],
    [0, '±0 pt'],
    [0.00001, '±0 pt'],
    [null, '—'],
  ])('formatPoints(%s) = %s', (value, text) => {
    expect(formatPoints(value)).toBe(text);
  });

  test.each([
    [1204, '+1,204'],
    [-37, '−37'],
    [0, '±0'],
    [null, '—'],
  ])('formatDelta(%s) = %s', (value, text) => {
    expect(formatDelta(value)).toBe(text);
  });

  test.each([
    [0.005, '+0.50%'],
    [-0.12, '−12.0%'],
    [0, '±0%'],
  ])('formatShare(%s) = %s', (value, text) => {
    expect(formatShare(value)).toBe(text);
  });

  test.each([
    [0, 'less than an hour ago'],
    [0.99, 'less than an hour ago'],
    [1, '1 hour ago'],
    [47.4, '47 hours ago'],
    [48, '2 days ago'],
    [24 * 30, '30 days ago'],
  ])('formatAge(%s h) = %s', (hours, text) => {
    expect(formatAge(hours)).toBe(text);
  });
});

describe('provenance', () => {
  test('an exact count names its source in plain words, and lists disagreeing sources', () => {
    const count: Count = {
      value: 783427,
      exact: true,
      source: 'embedded-json',
      detail: 'webapp.user-detail.userInfo.statsV2.followerCount',
      conflicts: [
        {
          value: 783400,
          exact: false,
          source: 'dom',
          detail: '[data-e2e=followers-count] "783.4K"',
        },
      ],
    };
    expect(provenance(count, 'followers')).toEqual([
      '783,427 exact, from data embedded in the page',
      'Disagrees: ≈783.4K rounded from text shown on the page (the page shows “783.4K”)',
    ]);
  });

  test('a rounded meta-description count says so', () => {
    const count: Count = {
      value: 12300,
      exact: false,
      source: 'meta',
      detail: '"12.3K Followers"',
    };
    expect(provenance(count, 'followers')[0]).toBe(
      '≈12.3K rounded display value, from the page description (meta tag) (the page shows “12.3K Followers”)',
    );
  });

  test('a missing count says "couldn\'t read" with the reason', () => {
    const count: Count = {
      value: null,
      exact: false,
      source: null,
      reason: 'hidden by the creator',
    };
    expect(provenance(count, 'likes')).toEqual(["Couldn't read likes: hidden by the creator"]);
  });

  test('a reason in developer words keeps only its plain part', () => {
    const count: Count = {
      value: null,
      exact: false,
      source: null,
      reason: 'no follower count; stats.followerCount=abc discarded (not a count)',
    };
    expect(provenance(count, 'followers')).toEqual(["Couldn't read followers: no follower count"]);
    expect(provenance({ ...count, reason: 'userInfo.stats missing' }, 'followers')).toEqual([
      "Couldn't read followers: not on this page",
    ]);
  });

  test('hostile detail text is cleaned and capped', () => {
    const count: Count = {
      value: 1,
      exact: true,
      source: 'dom',
      detail: `"\u202E${'x'.repeat(5000)}"`,
    };
    const [line] = provenance(count, 'followers');
    expect(line).not.toContain('\u202E');
    expect(line!.length).toBeLessThan(400);
  });
});
