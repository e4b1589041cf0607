import { t } from '../i18n/messages';
import { basisLabel, spamTooFewLabel, statusLabel, verdictShortLabel } from '../i18n/labels';
import { platformName } from '../model/platforms';
import { latestEntry, type LogEntry } from '../model/conversation-log';
import { PipelineStatus } from '../model/creator';
import { formatCount, formatDay, formatRate } from '../panel/format';
import type { CreatorRow } from './rows';

/**
 * The table's columns, in the order of a Modash export. `sortValue` gives what the column sorts
 * by (null: unknown, always sorted last); `text` what a cell shows when it is plain text.
 */
export type SortValue = string | number | null;

export interface ColumnDef {
  id: ColumnId;
  label: string;
  /** Accessible description of the header (units, basis). */
  description: string;
  numeric: boolean;
  sortValue: (row: CreatorRow) => SortValue;
  /**
   * Rows of different groups are never compared by value: the sort keeps groups in this order and
   * sorts within each (engagement: a rate by views is not comparable with one by followers).
   */
  sortGroup?: (row: CreatorRow) => number;
  text: (row: CreatorRow) => string;
}

export type ColumnId =
  | 'handle'
  | 'platform'
  | 'followers'
  | 'tier'
  | 'engagement'
  | 'spam'
  | 'fit'
  | 'verdict'
  | 'status'
  | 'campaign'
  | 'code'
  | 'link'
  | 'lastVisit'
  | 'notes'
  | 'tags'
  | 'recentWork';

/** Pipeline order, so that sorting by status follows the pipeline rather than the alphabet. */
const STATUS_ORDER: readonly string[] = ['seen', ...PipelineStatus.options];
const BASIS_ORDER: readonly string[] = ['followers', 'views', 'single-post'];
const VERDICT_ORDER: readonly string[] = ['strong', 'review', 'insufficient-data', 'skip'];

/** The status of a creator visited but never shortlisted. */
const SEEN_ONLY = 'Seen, not shortlisted';

export const day = (iso: string | null): string => formatDay(iso);

const dash = (text: string | null | undefined) => (text ? text : '—');

/** The latest conversation: its date, how many are logged in brackets, its text. */
function logText(log: readonly LogEntry[]): string {
  const latest = latestEntry(log);
  return latest ? `${day(latest.at)} (${formatCount(log.length)}) ${latest.text}` : '—';
}

export const COLUMNS: readonly ColumnDef[] = [
  {
    id: 'handle',
    label: 'Handle',
    description: 'Handle and display name',
    numeric: false,
    sortValue: (r) => r.handle,
    text: (r) => `@${r.handle}`,
  },
  {
    id: 'platform',
    label: 'Platform',
    description: 'Instagram or TikTok',
    numeric: false,
    sortValue: (r) => r.platform,
    text: (r) => platformName(r.platform),
  },
  {
    id: 'followers',
    label: 'Followers',
    description: 'Followers at the last visit (≈ marks a rounded display value)',
    numeric: true,
    sortValue: (r) => r.followers,
    text: (r) => formatCount(r.followers, r.followersExact),
  },
  {
    id: 'tier',
    label: 'Tier',
    description: 'Tier from the tier table in the settings',
    numeric: false,
    // By the tier's lower bound would need the table; followers order the tiers the same way.
    sortValue: (r) => (r.tier ? r.followers : null),
    text: (r) => (r.tier ? r.tier.label : '—'),
  },
  {
    id: 'engagement',
    label: 'ER',
    description:
      'Median engagement rate and what it divides by; sorted within each basis (followers, views, one post)',
    numeric: true,
    sortValue: (r) => r.engagementRate,
    sortGroup: (r) => BASIS_ORDER.indexOf(r.engagementBasis ?? 'single-post'),
    text: (r) =>
      r.engagementRate === null
        ? '—'
        : `${formatRate(r.engagementRate)}${r.engagementBasis ? ` ${basisLabel(r.engagementBasis)}` : ''}`,
  },
  {
    id: 'spam',
    label: 'Spam',
    description: 'Share of audience comments labelled spam, and how many comments it rests on',
    numeric: true,
    sortValue: (r) => r.spamRatio,
    text: (r) =>
      r.spamTooFew
        ? spamTooFewLabel()
        : `${formatRate(r.spamRatio)}${r.spamRatio !== null && r.spamComments !== null ? ` of ${r.spamComments}` : ''}`,
  },
  {
    id: 'fit',
    label: 'Fit',
    description: 'Audience fit with the brief at the last visit',
    numeric: true,
    sortValue: (r) => r.audienceFit,
    text: (r) => formatRate(r.audienceFit),
  },
  {
    id: 'verdict',
    label: 'Verdict',
    description: 'Verdict at the last visit',
    numeric: false,
    sortValue: (r) => (r.verdict ? VERDICT_ORDER.indexOf(r.verdict) : null),
    text: (r) => (r.verdict ? verdictShortLabel(r.verdict) : '—'),
  },
  {
    id: 'status',
    label: 'Status',
    description: 'Pipeline status in the campaign shown',
    numeric: false,
    sortValue: (r) => STATUS_ORDER.indexOf(r.status),
    text: (r) => (r.status === 'seen' ? SEEN_ONLY : statusLabel(r.status)),
  },
  {
    id: 'campaign',
    label: 'Campaign',
    description: 'Campaign of the entry shown',
    numeric: false,
    sortValue: (r) => r.campaignName,
    text: (r) => (r.entry ? (r.campaignName ?? 'no campaign') : '—'),
  },
  {
    id: 'code',
    label: 'Code',
    description: 'Discount code',
    numeric: false,
    sortValue: (r) => r.code,
    text: (r) => dash(r.code),
  },
  {
    id: 'link',
    label: 'Link',
    description: 'Tracked link',
    numeric: false,
    sortValue: (r) => r.link,
    text: (r) => dash(r.link),
  },
  {
    id: 'lastVisit',
    label: 'Last visit',
    description: 'Date of the last visit',
    numeric: false,
    sortValue: (r) => r.lastVisit,
    text: (r) => day(r.lastVisit),
  },
  {
    id: 'notes',
    label: 'Log',
    description: 'Your latest conversation: its date, how many are logged, its text',
    numeric: false,
    sortValue: (r) => latestEntry(r.log)?.at ?? null,
    text: (r) => logText(r.log),
  },
  {
    id: 'tags',
    label: 'Tags',
    description: 'Your tags',
    numeric: false,
    sortValue: (r) => (r.tags.length ? r.tags.join(', ') : null),
    text: (r) => (r.tags.length ? r.tags.join(', ') : '—'),
  },
  {
    id: 'recentWork',
    label: t('recentWorkColumn'),
    description: t('recentWorkColumnHelp'),
    numeric: true,
    // Campaigns first, deliverables to break ties.
    sortValue: (r) => r.recent.campaigns * 1_000_000 + r.recent.deliverables,
    text: (r) => t('recentWorkCell', r.recent.campaigns, r.recent.deliverables),
  },
];

export const columnById = (id: ColumnId): ColumnDef => COLUMNS.find((c) => c.id === id)!;

/**
 * The columns shown until the marketer chooses others: what a vetting and outreach pass needs, few
 * enough to fit 1280 px with codes and links filled. The handle cell names the platform; the
 * platform, tier, campaign (the filter above says it), notes, tags and last-6-months columns are a click away in the column chooser; the CSV export always has every column.
 */
export const DEFAULT_COLUMNS: readonly ColumnId[] = [
  'handle',
  'followers',
  'engagement',
  'spam',
  'fit',
  'verdict',
  'status',
  'code',
  'link',
  'lastVisit',
];

/** The columns to show, in table order: the handle always, the rest as chosen (unknown ids ignored). */
export function visibleColumns(chosen: readonly string[] | null): ColumnDef[] {
  const ids = new Set<string>(chosen ?? DEFAULT_COLUMNS);
  return COLUMNS.filter((c) => c.id === 'handle' || ids.has(c.id));
}
