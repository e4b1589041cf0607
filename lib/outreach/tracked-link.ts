import { PLATFORMS } from '../model/platforms';
import type { Platform } from '../model/reading';
import type { LinkPlatformParam } from '../model/settings';
import { t } from '../i18n/messages';

/**
 * Tracked links: the campaign's landing URL with
 * utm_source=influencer&utm_medium=<tier>&utm_campaign=<campaign slug>&utm_content=<handle>, and
 * the platform as utm_term=<platform> (or as utm_source, or not at all: a setting).
 */
export interface TrackedLinkInput {
  landingUrl: string;
  /** The creator's tier id ("micro"), from the tier table in the settings. */
  tier: string;
  /** The campaign's name or slug; slugified. */
  campaign: string;
  handle: string;
  /** The platform the creator posts on; named in the link unless `platformParam` is 'none'. */
  platform?: Platform;
  platformParam?: LinkPlatformParam;
}

export type TrackedLink = { ok: true; url: string } | { ok: false; error: string };

const MAX_SLUG = 60;

/** "Spring Watercolour Kit — 2026!" → "spring-watercolour-kit-2026"; ASCII, lower-case, dashes. */
export function slugify(text: string, max = MAX_SLUG): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
}

/** A handle as platforms allow it (letters, digits, "." and "_"), lower-case, without "@". */
function handleValue(handle: string): string {
  return handle
    .trim()
    .replace(/^@/, '')
    .toLowerCase()
    .replace(/[^a-z0-9._]/g, '');
}

/**
 * Adds the UTM parameters to the landing URL. Other query parameters are kept byte for byte and
 * in order; any existing utm_* parameter (any case) is replaced; the fragment is kept. Only
 * absolute http(s) URLs without credentials are accepted (no javascript:, data:, relative paths).
 */
export function buildTrackedLink(input: TrackedLinkInput): TrackedLink {
  let url: URL;
  try {
    url = new URL(input.landingUrl.trim());
  } catch {
    return { ok: false, error: t('tlNotAbsolute') };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, error: t('tlProtocol', url.protocol) };
  }
  if (url.username || url.password) {
    return { ok: false, error: t('tlCredentials') };
  }
  const medium = slugify(input.tier);
  const campaign = slugify(input.campaign);
  const content = handleValue(input.handle);
  if (!medium) return { ok: false, error: t('tlNoTier') };
  if (!campaign) return { ok: false, error: t('tlNoCampaign') };
  if (!content) return { ok: false, error: t('tlNoHandle') };

  const kept = url.search
    .replace(/^\?/, '')
    .split('&')
    .filter((pair) => pair !== '' && !/^utm_/i.test(safeDecode(pair.split('=')[0] ?? '')));
  const where = input.platformParam ?? 'utm_term';
  const platform =
    input.platform && where !== 'none' ? slugify(PLATFORMS[input.platform].name) : null;
  const utm = [
    ['utm_source', platform && where === 'utm_source' ? platform : 'influencer'],
    ['utm_medium', medium],
    ['utm_campaign', campaign],
    ['utm_content', content],
    ...(platform && where === 'utm_term' ? [['utm_term', platform]] : []),
  ].map(([key, value]) => `${key}=${encodeURIComponent(value!)}`);
  url.search = `?${[...kept, ...utm].join('&')}`;
  return { ok: true, url: url.href };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}
