import { spamTooFewLabel } from '../i18n/labels';
import type { Platform } from '../model/reading';
import type { LogEntry } from '../model/conversation-log';
import { toCsv, type CsvColumn, type CsvWriteOptions } from './csv-write';
import { formatLogCell } from './log-cell';

/**
 * One shortlisted creator as the CSV export sees it. The dashboard maps its stored records into
 * this shape (the storage schema is not needed here). Rates are fractions 0..1 here and written as
 * percentages with two decimals; money is in the campaign's currency, as plain numbers; dates are ISO 8601.
 */
export interface ShortlistCsvRow {
  platform: Platform;
  handle: string;
  displayName: string | null;
  profileUrl: string | null;
  followers: number | null;
  tier: string | null;
  engagementRate: number | null;
  engagementBasis: 'followers' | 'views' | 'single-post' | null;
  spamRatio: number | null;
  /** The last visit read fewer comments than the spam share needs. */
  spamTooFew: boolean;
  audienceFit: number | null;
  verdict: string | null;
  status: string | null;
  campaign: string | null;
  tags: readonly string[];
  /** The conversation log, newest first. */
  log: readonly LogEntry[];
  /** Addresses the profile showed (bio, contact button). */
  emails: readonly string[];
  /** Links the profile showed (website, bio links, link-in-bio pages). */
  contactLinks: readonly string[];
  discountCode: string | null;
  trackedLink: string | null;
  /** The creator's link on an affiliate platform, as the marketer entered it. */
  affiliateLink: string | null;
  /** When the creator's campaign post is planned to go live (ISO 8601); null when not planned. */
  publishAt: string | null;
  firstSeen: string | null;
  lastVisited: string | null;
  impressions: number | null;
  clicks: number | null;
  conversions: number | null;
  revenue: number | null;
  /** What conversions and revenue count by: code, link, handle, hand or unknown. */
  resultsBasis: string | null;
  /** What the creator is paid for the campaign (the `spend` column, as `scout report` reads it). */
  payment: number | null;
  roas: number | null;
  /** The campaign entry's deliverables (null: the row is in no campaign). */
  deliverables: number | null;
  /** Their addresses and formats, in the same order. */
  deliverableLinks: readonly string[];
  deliverableFormats: readonly string[];
  /** Likes + comments (+ shares where counted) at each deliverable's latest visit, summed; null when none read. */
  deliverableEngagements: number | null;
}

/**
 * The shortlist export's columns, in order. Headers are snake_case; `handle`, `spend`, `revenue`,
 * `conversions`, `clicks`, `impressions` and `code` are the names `scout report` reads, so an
 * export can be fed back to it. An empty cell means "not known", never zero.
 */
export const SHORTLIST_COLUMNS: readonly CsvColumn<ShortlistCsvRow>[] = [
  { header: 'platform', description: '"instagram" or "tiktok"', value: (r) => r.platform },
  { header: 'handle', description: 'The creator’s handle, without "@"', value: (r) => r.handle },
  {
    header: 'display_name',
    description: 'The name shown on the profile, as written there',
    value: (r) => r.displayName,
  },
  { header: 'profile_url', description: 'Link to the profile', value: (r) => r.profileUrl },
  {
    header: 'followers',
    description: 'Follower count at the last visit (a whole number)',
    value: (r) => r.followers,
  },
  {
    header: 'tier',
    description: 'Tier id from the tier table ("nano", "micro", …)',
    value: (r) => r.tier,
  },
  {
    header: 'engagement_rate_pct',
    description:
      'Median engagement rate of recent posts, in percent with two decimals (3.40 = 3.4%); compare only rows of the same engagement_basis',
    value: (r) => percent(r.engagementRate),
  },
  {
    header: 'engagement_basis',
    description:
      'What the rate divides by: "followers" (Instagram), "views" (TikTok) or "single-post" (one post only)',
    value: (r) => (r.engagementRate === null ? null : r.engagementBasis),
  },
  {
    header: 'spam_pct',
    description:
      'Share of sampled comments labelled spam, in percent with two decimals; "not enough comments" when too few were read',
    value: (r) => (r.spamTooFew ? spamTooFewLabel() : percent(r.spamRatio)),
  },
  {
    header: 'audience_fit_pct',
    description: 'Audience fit with the campaign brief, in percent with two decimals',
    value: (r) => percent(r.audienceFit),
  },
  {
    header: 'verdict',
    description: '"strong", "review", "skip" or "insufficient-data"',
    value: (r) => r.verdict,
  },
  {
    header: 'status',
    description: 'Pipeline status ("shortlisted", "contacted", …)',
    value: (r) => r.status,
  },
  { header: 'campaign', description: 'Campaign name', value: (r) => r.campaign },
  { header: 'tags', description: 'The creator’s tags, separated by "; "', value: (r) => r.tags },
  {
    header: 'log',
    description:
      'Your conversations with the creator, newest first: one per line as "2026-02-18T15:30:00.000Z [call] text", further lines of a text indented by two spaces; channel email, dm, call, meeting or other',
    value: (r) => (r.log.length === 0 ? null : formatLogCell(r.log)),
  },
  {
    header: 'emails',
    description: 'E-mail addresses the profile showed (bio, contact button), separated by "; "',
    value: (r) => r.emails,
  },
  {
    header: 'contact_links',
    description: 'Links the profile showed (website, bio links), separated by "; "',
    value: (r) => r.contactLinks,
  },
  { header: 'code', description: 'The creator’s discount code', value: (r) => r.discountCode },
  {
    header: 'tracked_link',
    description: 'The creator’s link with UTM parameters',
    value: (r) => r.trackedLink,
  },
  {
    header: 'affiliate_link',
    description:
      'The creator’s affiliate link (their link on your affiliate platform or shop programme)',
    value: (r) => r.affiliateLink,
  },
  {
    header: 'publish_at',
    description:
      'When the creator’s campaign post is planned to go live, ISO 8601 (its draft is due for approval 24 hours before)',
    value: (r) => r.publishAt,
  },
  { header: 'first_seen', description: 'First visit, ISO 8601', value: (r) => r.firstSeen },
  { header: 'last_visited', description: 'Last visit, ISO 8601', value: (r) => r.lastVisited },
  {
    header: 'impressions',
    description: 'Impressions of the creator’s campaign posts',
    value: (r) => r.impressions,
  },
  { header: 'clicks', description: 'Clicks on the tracked link', value: (r) => r.clicks },
  {
    header: 'conversions',
    description: 'Purchases attributed to the code or link',
    value: (r) => r.conversions,
  },
  {
    header: 'revenue',
    description: 'Revenue attributed to the creator, campaign currency',
    value: (r) => r.revenue,
  },
  {
    header: 'results_basis',
    description:
      'What conversions and revenue count by: "code" (orders by discount code), "link" (by utm_content), "handle", "hand" (typed by hand) or "unknown" (imported before this was recorded)',
    value: (r) => r.resultsBasis,
  },
  {
    header: 'spend',
    description: 'What the creator is paid, campaign currency',
    value: (r) => r.payment,
  },
  { header: 'roas', description: 'Return on ad spend: revenue ÷ spend', value: (r) => r.roas },
  {
    header: 'deliverables',
    description: 'Published posts counted for the campaign (found on a visit or added by hand)',
    value: (r) => r.deliverables,
  },
  {
    header: 'deliverable_links',
    description: 'The deliverables’ addresses, separated by "; "',
    value: (r) => r.deliverableLinks,
  },
  {
    header: 'deliverable_formats',
    description:
      'Their formats in the same order ("video", "carousel", "image" or "unknown"), separated by "; "',
    value: (r) => r.deliverableFormats,
  },
  {
    header: 'deliverable_engagements',
    description:
      'Likes + comments (+ shares on TikTok) at each deliverable’s latest visit, summed over those read',
    value: (r) => r.deliverableEngagements,
  },
];

/** 0.018258… → "1.83": a rate as a spreadsheet reads it, never a raw fraction. */
function percent(fraction: number | null): string | null {
  return fraction === null || !Number.isFinite(fraction) ? null : (fraction * 100).toFixed(2);
}

export function shortlistToCsv(
  rows: readonly ShortlistCsvRow[],
  options?: CsvWriteOptions,
): string {
  return toCsv(SHORTLIST_COLUMNS, rows, options);
}
