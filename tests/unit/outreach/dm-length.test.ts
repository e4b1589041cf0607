import { describe, expect, test } from 'vitest';
import { DM_LIMITS, dmLength, measure } from '../../../lib/outreach/dm-length';

describe('measure', () => {
  test.each([
    // text, UTF-8 bytes, UTF-16 units, graphemes
    ['', 0, 0, 0],
    ['hello', 5, 5, 5],
    ['Zoë', 4, 3, 3],
    ['Zoe\u0308', 5, 4, 3],
    ['€', 3, 1, 1],
    ['😀', 4, 2, 1],
    ['👍🏽', 8, 4, 1],
    ['👩🏽‍🎨', 15, 7, 1],
    ['🇫🇷', 8, 4, 1],
    ['1️⃣', 7, 3, 1],
    ['山田', 6, 2, 2],
    ['a\r\nb', 4, 4, 3],
  ])('%j: %i bytes, %i UTF-16 units, %i graphemes', (text, bytes, units, graphemes) => {
    expect(measure(text, 'utf8-bytes')).toBe(bytes);
    expect(measure(text, 'utf16-units')).toBe(units);
    expect(measure(text, 'graphemes')).toBe(graphemes);
  });
});

describe('dmLength', () => {
  test('the limits and their units', () => {
    expect(DM_LIMITS.instagram).toMatchObject({ limit: 1000, unit: 'utf8-bytes' });
    expect(DM_LIMITS.tiktok).toMatchObject({ limit: 6000, unit: 'utf16-units' });
  });

  test.each([
    ['instagram', 'a'.repeat(1000), 1000, false],
    ['instagram', 'a'.repeat(1001), 1001, true],
    ['instagram', '😀'.repeat(250), 1000, false],
    ['instagram', `${'😀'.repeat(250)}a`, 1001, true],
    ['instagram', 'é'.repeat(501), 1002, true],
    ['tiktok', 'a'.repeat(6000), 6000, false],
    ['tiktok', '😀'.repeat(3000), 6000, false],
    ['tiktok', `${'😀'.repeat(3000)}a`, 6001, true],
  ] as const)('%s, %i units → over=%s', (platform, text, length, over) => {
    const result = dmLength(text, platform);
    expect(result.length).toBe(length);
    expect(result.over).toBe(over);
    expect(result.remaining).toBe(result.limit - length);
  });

  test('reports what the user sees as characters too', () => {
    expect(dmLength('Hi 👩🏽‍🎨!', 'instagram')).toEqual({
      platform: 'instagram',
      unit: 'utf8-bytes',
      length: 19,
      limit: 1000,
      remaining: 981,
      over: false,
      graphemes: 5,
    });
  });
});
