import type { CreatorRecord, KeptPost } from '../../model/creator';
import type { Platform } from '../../model/reading';
import { containsPhrase, fold, namesRunTogether, squash } from '../text';

/**
 * The method's "no competing promotions within 30 days" on a campaign: a competitor of the brief
 * named in a member's post dated from `days` before the campaign's start to `days` after its end
 * (no end date: the campaign still runs, every later post counts). Only what the store keeps is
 * read: each kept post's date, its @mentions and #hashtags, and the caption where it is kept (the
 * newest few, cut short). What cannot be checked is said per creator, never taken as clear.
 */

export const DAY_MS = 86_400_000;

/** How a post names a competitor: in its caption's words, an @mention, or a #hashtag. */
export type MentionPlace = 'caption' | 'mention' | 'hashtag';

export interface CompetitorHit {
  platform: Platform;
  handle: string;
  postId: string;
  /** The kept post's address on the platform, when the page gave one. */
  url: string | null;
  takenAt: string;
  /** The competitor as the brief writes it. */
  competitor: string;
  where: MentionPlace;
  /** Whole days before the start (negative) or after the end (positive); 0 during the campaign. */
  daysOutside: number;
}

/** Why a member's posts could not be checked (or that they were). */
export type MemberCheck =
  /** Kept posts dated in the window were checked; `hits` may be empty (clear). */
  | 'checked'
  /** No post of the creator was ever read. */
  | 'no-posts'
  /** Posts were read but none says when it was published. */
  | 'no-dates'
  /** Dated posts are kept, none in the window: older or newer posts were not read. */
  | 'none-in-window'
  /** Posts in the window are kept without their caption, mentions or hashtags. */
  | 'no-text';

export interface MemberWindow {
  platform: Platform;
  handle: string;
  check: MemberCheck;
  /** Kept posts dated in the window whose text could be read. */
  checkedPosts: number;
  /** Kept posts in the window without any text kept. */
  textless: number;
  /** Kept posts without a date (never in or out of the window). */
  undated: number;
  /** The oldest and newest kept post dates, when any. */
  oldest: string | null;
  newest: string | null;
  hits: CompetitorHit[];
}

export type CompetitorWindow =
  | { status: 'no-competitors' }
  | { status: 'no-dates' }
  | {
      status: 'checked';
      /** First and last instant of the window (UTC); `to` null: the campaign has no end date. */
      from: string;
      to: string | null;
      days: number;
      members: MemberWindow[];
      hits: CompetitorHit[];
    };

interface CampaignDates {
  id: string;
  startsOn: string | null;
  endsOn: string | null;
  brief: { competitors?: string[] | undefined } | null;
}

/** Where the post names the competitor, checking the caption, then mentions, then hashtags. */
export function mentionPlace(
  post: Pick<KeptPost, 'caption' | 'handlesAndTags'>,
  competitor: string,
): MentionPlace | null {
  const folded = fold(competitor).trim();
  if (!folded) return null;
  if (post.caption !== null && containsPhrase(fold(post.caption), folded)) return 'caption';
  if (squash(competitor).length < 4) return null;
  const words = (post.handlesAndTags ?? '').split(' ').filter(Boolean);
  const named = (w: string) => namesRunTogether(w, competitor);
  if (words.some((w) => w.startsWith('@') && named(w))) return 'mention';
  if (words.some((w) => w.startsWith('#') && named(w))) return 'hashtag';
  return null;
}

const dayStart = (day: string) => Date.parse(`${day}T00:00:00.000Z`);

/** The window's bounds in ms: start − days at 00:00 UTC to end + days at 23:59:59.999 UTC. */
export function windowBounds(
  startsOn: string | null,
  endsOn: string | null,
  days: number,
): { from: number; to: number | null } | null {
  if (startsOn === null || Number.isNaN(dayStart(startsOn))) return null;
  const from = dayStart(startsOn) - days * DAY_MS;
  if (endsOn === null || Number.isNaN(dayStart(endsOn))) return { from, to: null };
  return { from, to: dayStart(endsOn) + (days + 1) * DAY_MS - 1 };
}

function daysOutside(at: number, startsOn: string, endsOn: string | null): number {
  const start = dayStart(startsOn);
  if (at < start) return -Math.ceil((start - at) / DAY_MS);
  if (endsOn === null) return 0;
  const end = dayStart(endsOn) + DAY_MS;
  return at >= end ? Math.floor((at - end) / DAY_MS) + 1 : 0;
}

function memberWindow(
  record: Pick<CreatorRecord, 'platform' | 'handle' | 'recentPosts'>,
  competitors: readonly string[],
  bounds: { from: number; to: number | null },
  startsOn: string,
  endsOn: string | null,
): MemberWindow {
  const dated = record.recentPosts.filter((p) => p.takenAt !== null);
  const times = dated.map((p) => Date.parse(p.takenAt!));
  const inWindow = dated.filter((p) => {
    const at = Date.parse(p.takenAt!);
    return at >= bounds.from && (bounds.to === null || at <= bounds.to);
  });
  const readable = inWindow.filter((p) => p.caption !== null || p.handlesAndTags !== null);
  const hits: CompetitorHit[] = [];
  for (const post of readable)
    for (const competitor of competitors) {
      const where = mentionPlace(post, competitor);
      if (where)
        hits.push({
          platform: record.platform,
          handle: record.handle,
          postId: post.id,
          url: post.url,
          takenAt: post.takenAt!,
          competitor,
          where,
          daysOutside: daysOutside(Date.parse(post.takenAt!), startsOn, endsOn),
        });
    }
  const check: MemberCheck =
    record.recentPosts.length === 0
      ? 'no-posts'
      : dated.length === 0
        ? 'no-dates'
        : inWindow.length === 0
          ? 'none-in-window'
          : readable.length === 0
            ? 'no-text'
            : 'checked';
  return {
    platform: record.platform,
    handle: record.handle,
    check,
    checkedPosts: readable.length,
    textless: inWindow.length - readable.length,
    undated: record.recentPosts.length - dated.length,
    oldest: times.length ? new Date(Math.min(...times)).toISOString() : null,
    newest: times.length ? new Date(Math.max(...times)).toISOString() : null,
    hits,
  };
}

/** The campaign's members' competitor mentions within the window, and what could not be checked. */
export function competitorWindow(
  campaign: CampaignDates,
  creators: readonly Pick<CreatorRecord, 'platform' | 'handle' | 'recentPosts' | 'campaigns'>[],
  days: number,
): CompetitorWindow {
  const competitors = (campaign.brief?.competitors ?? []).filter((c) => c.trim() !== '');
  if (competitors.length === 0) return { status: 'no-competitors' };
  const bounds = windowBounds(campaign.startsOn, campaign.endsOn, days);
  if (bounds === null || campaign.startsOn === null) return { status: 'no-dates' };
  const members = creators
    .filter((r) => r.campaigns.some((e) => e.campaignId === campaign.id))
    .map((r) => memberWindow(r, competitors, bounds, campaign.startsOn!, campaign.endsOn));
  const hits = members
    .flatMap((m) => m.hits)
    .sort((a, b) => Date.parse(b.takenAt) - Date.parse(a.takenAt));
  return {
    status: 'checked',
    from: new Date(bounds.from).toISOString(),
    to: bounds.to === null ? null : new Date(bounds.to).toISOString(),
    days,
    members,
    hits,
  };
}
