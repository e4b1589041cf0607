import { describe, expect, test } from 'vitest';
import { parseCssColor, pickScheme, schemeOfColor } from '../../../lib/panel/scheme';

describe('colours as computed styles give them', () => {
  test.each([
    ['rgb(255, 255, 255)', { r: 255, g: 255, b: 255, a: 1 }],
    ['rgba(0, 0, 0, 0)', { r: 0, g: 0, b: 0, a: 0 }],
    ['rgb(18 18 18 / 50%)', { r: 18, g: 18, b: 18, a: 0.5 }],
    ['transparent', { r: 0, g: 0, b: 0, a: 0 }],
    ['#fff', { r: 255, g: 255, b: 255, a: 1 }],
    ['#00000080', { r: 0, g: 0, b: 0, a: 128 / 255 }],
    ['color(srgb 1 1 1)', null],
    ['', null],
    [null, null],
  ])('%j', (text, rgba) => {
    expect(parseCssColor(text)).toEqual(rgba);
  });

  test.each([
    ['rgb(255, 255, 255)', 'light'],
    ['rgb(250, 250, 250)', 'light'],
    ['rgb(0, 0, 0)', 'dark'],
    // Instagram dark and TikTok dark backgrounds.
    ['rgb(0, 0, 0)', 'dark'],
    ['rgb(18, 18, 18)', 'dark'],
    ['rgb(37, 37, 37)', 'dark'],
    ['rgb(128, 128, 128)', 'light'],
    ['rgba(0, 0, 0, 0.4)', null],
    ['rgba(0, 0, 0, 0)', null],
  ])('%s → %s', (text, scheme) => {
    expect(schemeOfColor(text)).toBe(scheme);
  });
});

describe('the page scheme', () => {
  test.each([
    [['rgba(0, 0, 0, 0)', 'rgb(0, 0, 0)'], 'normal', false, 'dark'],
    [['rgb(255, 255, 255)', 'rgb(0, 0, 0)'], 'dark', true, 'light'],
    [['rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)'], 'dark', false, 'dark'],
    [['rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)'], 'light', true, 'light'],
    [['rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)'], 'light dark', true, 'dark'],
    [['rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)'], 'normal', false, 'light'],
    [[undefined, null], undefined, true, 'dark'],
  ] as const)('backgrounds %j, color-scheme %j, OS dark %s → %s', (bgs, cs, dark, scheme) => {
    expect(pickScheme({ backgrounds: [...bgs], colorScheme: cs, prefersDark: dark })).toBe(scheme);
  });
});
