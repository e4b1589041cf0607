import type { Deliverable } from '../../model/deliverable';
import type { Platform, PostFormat } from '../../model/reading';
import { FORMATS, postShare, splitBasis, type SplitBasis } from '../engagement/format-split';
import { median } from '../stats';

/**
 * Campaign results by the deliverables' format (seed step 5). Engagement is per deliverable, from
 * its latest counts on the creator's basis (by views on TikTok, by followers on Instagram), one
 * table per platform. Sales are per creator (a code or a link, not a post), so a format gets a
 * creator's conversions and revenue only when all of that creator's deliverables in the campaign
 * are of that format; creators with deliverables of several formats are summed apart ("mixed"),
 * never split by a guess.
 */

export interface DeliveringCreator {
  platform: Platform;
  handle: string;
  /** Latest follower count; null when never read. */
  followers: number | null;
  deliverables: readonly Deliverable[];
  /** The campaign's entered results for the creator, when any. */
  results: { conversions: number | null; revenue: number | null } | null;
}

export interface DeliverableFormatRow {
  /** Null: the page did not state the format. */
  format: PostFormat | null;
  deliverables: number;
  /** Creators with at least one deliverable of this format. */
  creators: number;
  /** Deliverables whose latest counts give a rate. */
  counted: number;
  rate: number | null;
  /** Latest likes + comments (+ shares where they count) summed over the deliverables counted. */
  engagements: number;
  /** Results of the creators whose deliverables are all of this format. */
  onlyThisFormat: number;
  conversions: number | null;
  revenue: number | null;
}

export interface DeliverableFormats {
  platform: Platform;
  basis: SplitBasis;
  rows: DeliverableFormatRow[];
  /** Creators whose deliverables have several formats: their results, not split. */
  mixed: { creators: number; conversions: number | null; revenue: number | null };
}

const sumOrNull = (values: (number | null)[]): number | null => {
  const known = values.filter((v): v is number => v !== null);
  return known.length ? known.reduce((a, b) => a + b, 0) : null;
};

/** The one format all the creator's deliverables share: 'mixed' when several, undefined when none. */
function soleFormat(deliverables: readonly Deliverable[]): PostFormat | null | 'mixed' | undefined {
  const formats = new Set(deliverables.map((d) => d.format));
  if (formats.size === 0) return undefined;
  return formats.size === 1 ? [...formats][0]! : 'mixed';
}

export function deliverableFormats(
  creators: readonly DeliveringCreator[],
  freshPostHours: number,
): DeliverableFormats[] {
  const platforms = [...new Set(creators.map((c) => c.platform))].sort();
  return platforms.flatMap((platform) => {
    const members = creators.filter((c) => c.platform === platform && c.deliverables.length > 0);
    if (members.length === 0) return [];
    const formats: (PostFormat | null)[] = [...FORMATS, null];
    const rows = formats.flatMap((format): DeliverableFormatRow[] => {
      const shares = members.flatMap((c) =>
        c.deliverables
          .filter((d) => d.format === format)
          .map((d) => {
            const last = d.visits.at(-1);
            return last
              ? postShare(
                  { ...last, format, pinned: false, takenAt: d.takenAt, seenAt: last.at },
                  platform,
                  c.followers,
                  freshPostHours,
                )
              : { rate: null, excludedBecause: 'not read yet', engagements: null };
          }),
      );
      if (shares.length === 0 && format === null) return [];
      const counted = shares.filter((s) => s.rate !== null);
      const sole = members.filter((c) => soleFormat(c.deliverables) === format);
      return [
        {
          format,
          deliverables: shares.length,
          creators: members.filter((c) => c.deliverables.some((d) => d.format === format)).length,
          counted: counted.length,
          rate: median(counted.map((s) => s.rate!)),
          engagements: counted.reduce((sum, s) => sum + (s.engagements ?? 0), 0),
          onlyThisFormat: sole.length,
          conversions: sumOrNull(sole.map((c) => c.results?.conversions ?? null)),
          revenue: sumOrNull(sole.map((c) => c.results?.revenue ?? null)),
        },
      ];
    });
    const mixed = members.filter((c) => soleFormat(c.deliverables) === 'mixed');
    return [
      {
        platform,
        basis: splitBasis(platform),
        rows,
        mixed: {
          creators: mixed.length,
          conversions: sumOrNull(mixed.map((c) => c.results?.conversions ?? null)),
          revenue: sumOrNull(mixed.map((c) => c.results?.revenue ?? null)),
        },
      },
    ];
  });
}
