import { formatLabel, formulaText, listText } from '../i18n/labels';
import { t, type MessageKey } from '../i18n/messages';
import type { Campaign } from '../model/campaign';
import type { CreatorRecord } from '../model/creator';
import type { Carried, Deliverable, DeliverableVisit } from '../model/deliverable';
import { PLATFORMS, platformName, platformOfHost } from '../model/platforms';
import type { Platform } from '../model/reading';
import { latestFollowers } from '../rules/engagement/format-split';
import { deliverableFormats, type DeliverableFormats } from '../rules/campaign/deliverable-formats';
import type { TimePoint } from './creator-view';
import type { ChartBar } from './results-view';
import { plural } from '../i18n/plural';

/**
 * What the campaign's deliverables screen says, in one place: each creator's deliverables with
 * their counts at each visit and engagement over time, who has none yet, and the campaign's
 * results by the deliverables' format.
 */

export const DELIVERABLE_WORDS = {
  get title() {
    return t('delTitle');
  },
  get intro() {
    return t('delIntro');
  },
  get empty() {
    return t('delEmpty');
  },
  get noMembers() {
    return t('delNoMembers');
  },
  get addLegend() {
    return t('delAddLegend');
  },
  get addCreator() {
    return t('delAddCreator');
  },
  get addUrl() {
    return t('delAddUrl');
  },
  get addPlaceholder() {
    return t('delAddPlaceholder');
  },
  get addButton() {
    return t('delAddButton');
  },
  get remove() {
    return t('delRemove');
  },
  get chartEmpty() {
    return t('delChartEmpty');
  },
  get oneVisit() {
    return t('delOneVisit');
  },
  get formatsTitle() {
    return t('delFormatsTitle');
  },
  get formatsEmpty() {
    return t('delFormatsEmpty');
  },
  get formatsMethod() {
    return t('delFormatsMethod');
  },
};

const CARRIED: Record<Carried, MessageKey> = {
  code: 'delCarriesCode',
  link: 'delCarriesLink',
  brand: 'delCarriesBrand',
};

/** How the deliverable came to be one, in a sentence. */
export function howText(d: Pick<Deliverable, 'how' | 'carries'>): string {
  if (d.how === 'by-hand') return t('delByHand');
  return d.carries.length
    ? t('delFoundCarries', listText(d.carries.map((c) => t(CARRIED[c]))))
    : t('delFound');
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
  PLATFORMS[platform].engagement.sharesCount ? t('engNameShares') : t('engNameNoShares');

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

/** How this platform's table counts engagement, with the deliverables left out said. */
export function deliverableFormatMethod(split: DeliverableFormats, freshPostHours: number): string {
  const total = split.rows.reduce((sum, r) => sum + r.deliverables, 0);
  const counted = split.rows.reduce((sum, r) => sum + r.counted, 0);
  const out = total - counted;
  const left =
    out === 0 ? '' : plural(out, 'delMethodOutOne', 'delMethodOutMany', out, total, freshPostHours);
  return t('delMethod', formulaText(split.basis)) + left;
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
        : [{ label: t('severalFormats'), value: split.mixed.revenue }]),
    ],
  };
}
