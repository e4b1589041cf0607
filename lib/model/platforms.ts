import type { Platform } from './reading';

/**
 * Everything the extension knows about a platform outside its readers (lib/sites/<platform>/).
 * Adding a platform is one folder under lib/sites plus one entry here: every `Record<Platform, …>`
 * then fails to compile until it handles the new one. Code outside lib/sites asks these facts
 * instead of comparing `platform` with a name (tests/unit/model/platforms.test.ts checks that).
 */
export interface PlatformFacts {
  /** How the platform writes its own name. */
  name: string;
  /** What the platform calls one post, in running text. */
  postNoun: string;
  /** The registrable domain: the platform's pages are on it and its subdomains. */
  domain: string;
  /** Hosts a post link may point to: links kept in the store and quoted in drafts are limited to these. */
  postHosts: readonly string[];
  /** Match patterns of the pages the extension reads (content scripts and host permissions). */
  matches: readonly string[];
  /** The creator's profile page; the handle is encoded, never trusted as a path. */
  profileUrl: (handle: string) => string;
  /** Where to write to a creator, opened by the user as a plain link (no request of ours). */
  dm: {
    url: (handle: string) => string;
    /** True when the DM link is only the profile (the platform has no public DM link). */
    isProfile: boolean;
  };
  /**
   * Characters of a caption shown before the "more" link in the feed. Neither platform publishes
   * the figure; both are the commonly measured values (sources in docs/methodology.md): Instagram
   * ~125 (Meta's ads guide, "primary text" shown before "See more"); TikTok ~100 for the in-feed
   * description clamp (other guides say up to 150: the lower value is the safe one).
   */
  captionCutoff: number;
  engagement: {
    /** Shares count as engagement next to likes and comments (TikTok shows them on every video). */
    sharesCount: boolean;
    /** The headline rate is by views when views were read (domain.md: TikTok's reach is the For You feed). */
    byViews: boolean;
  };
  /** The profile states a total like count (TikTok's hearts). */
  profileLikes: boolean;
}

const handleOf = (handle: string) => encodeURIComponent(handle.replace(/^@/, ''));

export const PLATFORMS: Readonly<Record<Platform, PlatformFacts>> = {
  instagram: {
    name: 'Instagram',
    postNoun: 'post',
    domain: 'instagram.com',
    postHosts: ['instagram.com', 'www.instagram.com'],
    matches: ['https://www.instagram.com/*'],
    profileUrl: (handle) => `https://www.instagram.com/${handleOf(handle)}/`,
    dm: {
      url: (handle) => `https://ig.me/m/${handleOf(handle)}`,
      isProfile: false,
    },
    captionCutoff: 125,
    engagement: { sharesCount: false, byViews: false },
    profileLikes: false,
  },
  tiktok: {
    name: 'TikTok',
    postNoun: 'video',
    domain: 'tiktok.com',
    postHosts: ['tiktok.com', 'www.tiktok.com', 'm.tiktok.com'],
    matches: ['https://www.tiktok.com/*'],
    profileUrl: (handle) => `https://www.tiktok.com/@${handleOf(handle)}`,
    dm: {
      url: (handle) => `https://www.tiktok.com/@${handleOf(handle)}`,
      isProfile: true,
    },
    captionCutoff: 100,
    engagement: { sharesCount: true, byViews: true },
    profileLikes: true,
  },
};

export const platformName = (platform: Platform): string => PLATFORMS[platform].name;

/** Which platform a host belongs to (the domain or any subdomain), or null. */
export function platformOfHost(host: string): Platform | null {
  const h = host.toLowerCase();
  for (const [platform, facts] of Object.entries(PLATFORMS) as [Platform, PlatformFacts][])
    if (h === facts.domain || h.endsWith(`.${facts.domain}`)) return platform;
  return null;
}

/** Whether a post link's host is one of the platform's own. */
export const isPostHost = (platform: Platform, host: string): boolean =>
  PLATFORMS[platform].postHosts.includes(host.toLowerCase());

/** Every page the extension reads, for the manifest and the main-world observer. */
export const ALL_MATCHES: string[] = Object.values(PLATFORMS).flatMap((p) => [...p.matches]);
