import { describe, expect, test } from 'vitest';
import { buildTrackedLink, slugify } from '../../../lib/outreach/tracked-link';

const base = { tier: 'micro', campaign: 'Spring Watercolour Kit', handle: '@Jane.Doe' };
const utm =
  'utm_source=influencer&utm_medium=micro&utm_campaign=spring-watercolour-kit&utm_content=jane.doe';

describe('buildTrackedLink', () => {
  test.each([
    ['https://acme.example/kit', `https://acme.example/kit?${utm}`],
    ['https://acme.example/', `https://acme.example/?${utm}`],
    ['http://acme.example', `http://acme.example/?${utm}`],
    ['  https://acme.example/kit  ', `https://acme.example/kit?${utm}`],
    ['https://acme.example/kit?', `https://acme.example/kit?${utm}`],
    [
      'https://acme.example/kit?ref=ig&color=blue',
      `https://acme.example/kit?ref=ig&color=blue&${utm}`,
    ],
    [
      'https://acme.example/kit?q=a%20b&x=1+2&flag',
      `https://acme.example/kit?q=a%20b&x=1+2&flag&${utm}`,
    ],
    [
      'https://acme.example/kit?utm_source=newsletter&ref=ig&UTM_MEDIUM=email&utm_term=brush',
      `https://acme.example/kit?ref=ig&${utm}`,
    ],
    ['https://acme.example/kit?utm%5Fsource=x&a=1', `https://acme.example/kit?a=1&${utm}`],
    ['https://acme.example/kit#reviews', `https://acme.example/kit?${utm}#reviews`],
    [
      'https://acme.example/kit?a=1#x?utm_source=y',
      `https://acme.example/kit?a=1&${utm}#x?utm_source=y`,
    ],
  ])('%s', (landingUrl, expected) => {
    expect(buildTrackedLink({ ...base, landingUrl })).toEqual({ ok: true, url: expected });
  });

  test.each([
    [
      'instagram',
      'utm_term',
      'utm_source=influencer&utm_medium=micro&utm_campaign=spring-watercolour-kit&utm_content=jane.doe&utm_term=instagram',
    ],
    [
      'tiktok',
      undefined,
      'utm_source=influencer&utm_medium=micro&utm_campaign=spring-watercolour-kit&utm_content=jane.doe&utm_term=tiktok',
    ],
    [
      'tiktok',
      'utm_source',
      'utm_source=tiktok&utm_medium=micro&utm_campaign=spring-watercolour-kit&utm_content=jane.doe',
    ],
    ['instagram', 'none', utm],
  ] as const)('the platform %s with %s', (platform, platformParam, query) => {
    expect(
      buildTrackedLink({
        ...base,
        landingUrl: 'https://acme.example/kit?utm_term=brush',
        platform,
        platformParam,
      }),
    ).toEqual({ ok: true, url: `https://acme.example/kit?${query}` });
  });

  test.each([
    ['javascript:alert(1)', 'http(s)'],
    ['JavaScript:alert(document.cookie)//https://acme.example', 'http(s)'],
    ['data:text/html,<script>alert(1)</script>', 'http(s)'],
    ['ftp://acme.example/kit', 'http(s)'],
    ['file:///etc/passwd', 'http(s)'],
    ['/kit', 'absolute'],
    ['acme.example/kit', 'absolute'],
    ['', 'absolute'],
    ['https://user:pass@acme.example/kit', 'password'],
  ])('rejects %j', (landingUrl, error) => {
    const result = buildTrackedLink({ ...base, landingUrl });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(error);
  });

  test.each([
    [{ tier: '' }, 'tier'],
    [{ campaign: '—!!—' }, 'campaign'],
    [{ handle: '@' }, 'handle'],
  ])('rejects empty parts %j', (override, error) => {
    const result = buildTrackedLink({ ...base, landingUrl: 'https://acme.example', ...override });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(error);
  });

  test('hostile handle and campaign text cannot add parameters', () => {
    const result = buildTrackedLink({
      landingUrl: 'https://acme.example',
      tier: 'micro&x=1',
      campaign: 'a&utm_source=evil#frag',
      handle: 'jane&utm_source=evil',
    });
    expect(result).toEqual({
      ok: true,
      url: 'https://acme.example/?utm_source=influencer&utm_medium=micro-x-1&utm_campaign=a-utm-source-evil-frag&utm_content=janeutm_sourceevil',
    });
  });
});

describe('slugify', () => {
  test.each([
    ['Spring Watercolour Kit', 'spring-watercolour-kit'],
    ['  Été 2026: Crème & Co!  ', 'ete-2026-creme-co'],
    ['ÜBER_cool__launch', 'uber-cool-launch'],
    ['春のキャンペーン', ''],
    ['a'.repeat(100), 'a'.repeat(60)],
    [`${'a'.repeat(59)} b`, 'a'.repeat(59)],
  ])('%j → %j', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });
});
