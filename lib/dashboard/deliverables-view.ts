import { formatLabel } from '../i18n/labels';
import type { Campaign } from '../model/campaign';
import type { CreatorRecord } from '../model/creator';
import type { Carried, Deliverable, DeliverableVisit } from '../model/deliverable';
import { PLATFORMS, platformName, platformOfHost } from '../model/platforms';
import type { Platform } from '../model/reading';
import { latestFollowers } from '../rules/engagement/format-split';
import { deliverableFormats, type DeliverableFormats } from '../rules/campaign/deliverable-formats';
import type { TimePoint } from './creator-view';
import type { ChartBar } from './results-view';

/**
 * What the campaign's deliverables screen says, in one place: each creator's deliverables with
 * their counts at each visit and engagement over time, who has none yet, and the campaign's
 * results by the deliverables' format.
 */

export const DELIVERABLE_WORDS = {
  title: 'Deliverables',
  intro:
    'Posts and videos of this campaign’s creators counted for it, with their counts at each visit.',
  empty:
    'No deliverables yet. Open a creator’s published post or video while the campaign runs: when its caption carries their discount code, tracked link or the brand, it is recorded here. Or paste a post’s address below.',
  noMembers: 'No creators in this campaign yet: shortlist creators to track their posts.',
  addLegend: 'Add a post by hand',
  addCreator: 'Creator',
  addUrl: 'Post or video address',
  addPlaceholder: 'Paste it from the browser’s address bar',
  addButton: 'Add deliverable',
  remove: 'Remove',
  waiting: 'No deliverable yet from',
  chartEmpty: 'No counts read yet: open the post to read them.',
  oneVisit:
    'Read at one visit so far: open the post again on a later day to see its engagement over time.',
  formatsTitle: 'Results by the deliverables’ format',
  formatsEmpty: 'No deliverables yet: results by format show once creators have published.',
  formatsMethod:
    'Engagement is the median per deliverable at its latest visit; conversions and revenue are a creator’s whole results, counted under a format only when all of that creator’s deliverables are of that format.',
} as const;

const CARRIED: Record<Carried, string> = {
  code: 'discount code',
  link: 'tracked link',
  brand: 'brand',
};

const list = (words: readonly string[]): string =>
  words.length <= 1
    ? (words[0] ?? '')
    : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;

/** How the deliverable came to be one, in a sentence. */
export function howText(d: Pick<Deliverable, 'how' | 'carries'>): string {
  if (d.how === 'by-hand') return 'Added by hand';
  return d.carries.length
    ? `Found on a visit: the caption carries the ${list(d.carries.map((c) => CARRIED[c]))}`
    : 'Found on a visit';
}

/** An address safe to link to: https on the creator's own platform, else null (page text is hostile). */
export function safePostHref(url: string | null, platform: Platform): string | null {
  if (!url || !URL.canParse(url)) return null;
  const u = new URL(url);
  return u.protocol === 'https:' && platformOfHost(u.hostname) === platform ? u.href : null;
}

/** Likes + comments (+ shares where the platform counts them) at one visit; null when not read. */
export function visitEngagements(visit: DeliverableVisit, platform: Platform): number | null {
  if (visit.likes === null || visit.comments === null) return null;
  const shares = PLATFORMS[platform].engagement.sharesCount ? (visit.shares ?? 0) : 0;
  return visit.likes + visit.comments + shares;
}

export interface DeliverableLine {
  platform: Platform;
  handle: string;
  postId: string;
  href: string | null;
  format: string;
  takenAt: string | null;
  addedAt: string;
  how: string;
  /** Oldest first, as stored. */
  visits: readonly DeliverableVisit[];
  latest: DeliverableVisit | null;
  /** Engagements at each visit that read the likes and comments. */
  points: TimePoint[];
  /** What the chart's line counts, for its legend. */
  engagementName: string;
}

export interface DeliverablesView {
  lines: DeliverableLine[];
  /** The campaign's creators, for the add form. */
  members: { platform: Platform; handle: string; label: string }[];
  /** Creators of the campaign without any deliverable yet. */
  waiting: string[];
  formats: DeliverableFormats[];
}

export const engagementName = (platform: Platform): string =>
  PLATFORMS[platform].engagement.sharesCount ? 'Likes, comments and shares' : 'Likes and comments';

export function deliverablesView(
  campaign: Pick<Campaign, 'id'>,
  creators: readonly CreatorRecord[],
  freshPostHours: number,
): DeliverablesView {
  const joined = creators.flatMap((record) => {
    const entry = record.campaigns.find((e) => e.campaignId === campaign.id);
    return entry ? [{ record, entry }] : [];
  });
  const lines = joined.flatMap(({ record, entry }) =>
    entry.deliverables.map((d): DeliverableLine => ({
      platform: record.platform,
      handle: record.handle,
      postId: d.postId,
      href: safePostHref(d.url, record.platform),
      format: formatLabel(d.format),
      takenAt: d.takenAt,
      addedAt: d.addedAt,
      how: howText(d),
      visits: d.visits,
      latest: d.visits.at(-1) ?? null,
      points: d.visits.flatMap((v) => {
        const value = visitEngagements(v, record.platform);
        return value === null ? [] : [{ at: v.at, value }];
      }),
      engagementName: engagementName(record.platform),
    })),
  );
  lines.sort(
    (a, b) =>
      Date.parse(b.takenAt ?? b.addedAt) - Date.parse(a.takenAt ?? a.addedAt) ||
      a.handle.localeCompare(b.handle),
  );
  const multiPlatform = new Set(joined.map((j) => j.record.platform)).size > 1;
  return {
    lines,
    members: joined
      .map(({ record }) => ({
        platform: record.platform,
        handle: record.handle,
        label: `@${record.handle}${multiPlatform ? ` (${platformName(record.platform)})` : ''}`,
      }))
      .sort((a, b) => a.label.localeCompare(b.label)),
    waiting: joined
      .filter(({ entry }) => entry.deliverables.length === 0)
      .map(({ record }) => `@${record.handle}`)
      .sort(),
    formats: deliverableFormats(
      joined.map(({ record, entry }) => ({
        platform: record.platform,
        handle: record.handle,
        followers: latestFollowers(record),
        deliverables: entry.deliverables,
        results: entry.results
          ? { conversions: entry.results.conversions, revenue: entry.results.revenue }
          : null,
      })),
      freshPostHours,
    ),
  };
}

const BASIS_FORMULA = {
  views: 'likes, comments and shares ÷ views',
  followers: '(likes + comments) ÷ followers',
} as const;

/** How this platform's table counts engagement, with the deliverables left out said. */
export function deliverableFormatMethod(split: DeliverableFormats, freshPostHours: number): string {
  const total = split.rows.reduce((sum, r) => sum + r.deliverables, 0);
  const counted = split.rows.reduce((sum, r) => sum + r.counted, 0);
  const out = total - counted;
  return `Engagement: ${BASIS_FORMULA[split.basis]}.${
    out > 0
      ? ` ${out} of ${total} ${total === 1 ? 'deliverable' : 'deliverables'} ${out === 1 ? 'is' : 'are'} not in the median (counts not read yet, or read under ${freshPostHours} h after publishing).`
      : ''
  }`;
}

/** The bars of the format charts: median engagement, and revenue where any was entered. */
export function deliverableFormatBars(split: DeliverableFormats): {
  rate: ChartBar[];
  revenue: ChartBar[];
} {
  return {
    rate: split.rows.flatMap((r) =>
      r.rate === null ? [] : [{ label: formatLabel(r.format), value: r.rate }],
    ),
    revenue: [
      ...split.rows.flatMap((r) =>
        r.revenue === null ? [] : [{ label: formatLabel(r.format), value: r.revenue }],
      ),
      ...(split.mixed.revenue === null
        ? []
        : [{ label: 'Several formats', value: split.mixed.revenue }]),
    ],
  };
}
