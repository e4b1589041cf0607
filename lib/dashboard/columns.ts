import { t } from '../i18n/messages';
import {
  basisLabel,
  spamTooFewLabel,
  statusLabel,
  tierLabel,
  verdictShortLabel,
} from '../i18n/labels';
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
const seenOnly = () => t('colSeenOnly');

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
    get label() {
      return t('colHandle');
    },
    get description() {
      return t('colHandleHelp');
    },
    numeric: false,
    sortValue: (r) => r.handle,
    text: (r) => `@${r.handle}`,
  },
  {
    id: 'platform',
    get label() {
      return t('colPlatform');
    },
    get description() {
      return t('colPlatformHelp');
    },
    numeric: false,
    sortValue: (r) => r.platform,
    text: (r) => platformName(r.platform),
  },
  {
    id: 'followers',
    get label() {
      return t('columnFollowers');
    },
    get description() {
      return t('colFollowersHelp');
    },
    numeric: true,
    sortValue: (r) => r.followers,
    text: (r) => formatCount(r.followers, r.followersExact),
  },
  {
    id: 'tier',
    get label() {
      return t('columnTier');
    },
    get description() {
      return t('colTierHelp');
    },
    numeric: false,
    // By the tier's lower bound would need the table; followers order the tiers the same way.
    sortValue: (r) => (r.tier ? r.followers : null),
    text: (r) => (r.tier ? tierLabel(r.tier) : '—'),
  },
  {
    id: 'engagement',
    get label() {
      return t('colEr');
    },
    get description() {
      return t('colErHelp');
    },
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
    get label() {
      return t('columnSpam');
    },
    get description() {
      return t('colSpamHelp');
    },
    numeric: true,
    sortValue: (r) => r.spamRatio,
    text: (r) =>
      r.spamTooFew
        ? spamTooFewLabel()
        : r.spamRatio !== null && r.spamComments !== null
          ? t('colSpamCell', formatRate(r.spamRatio), formatCount(r.spamComments, true))
          : formatRate(r.spamRatio),
  },
  {
    id: 'fit',
    get label() {
      return t('colFit');
    },
    get description() {
      return t('colFitHelp');
    },
    numeric: true,
    sortValue: (r) => r.audienceFit,
    text: (r) => formatRate(r.audienceFit),
  },
  {
    id: 'verdict',
    get label() {
      return t('filterVerdict');
    },
    get description() {
      return t('colVerdictHelp');
    },
    numeric: false,
    sortValue: (r) => (r.verdict ? VERDICT_ORDER.indexOf(r.verdict) : null),
    text: (r) => (r.verdict ? verdictShortLabel(r.verdict) : '—'),
  },
  {
    id: 'status',
    get label() {
      return t('filterStatus');
    },
    get description() {
      return t('colStatusHelp');
    },
    numeric: false,
    sortValue: (r) => STATUS_ORDER.indexOf(r.status),
    text: (r) => (r.status === 'seen' ? seenOnly() : statusLabel(r.status)),
  },
  {
    id: 'campaign',
    get label() {
      return t('scopeCampaign');
    },
    get description() {
      return t('colCampaignHelp');
    },
    numeric: false,
    sortValue: (r) => r.campaignName,
    text: (r) => (r.entry ? (r.campaignName ?? t('colNoCampaign')) : '—'),
  },
  {
    id: 'code',
    get label() {
      return t('colCode');
    },
    get description() {
      return t('discountCode');
    },
    numeric: false,
    sortValue: (r) => r.code,
    text: (r) => dash(r.code),
  },
  {
    id: 'link',
    get label() {
      return t('colLink');
    },
    get description() {
      return t('trackedLink');
    },
    numeric: false,
    sortValue: (r) => r.link,
    text: (r) => dash(r.link),
  },
  {
    id: 'lastVisit',
    get label() {
      return t('colLastVisit');
    },
    get description() {
      return t('colLastVisitHelp');
    },
    numeric: false,
    sortValue: (r) => r.lastVisit,
    text: (r) => day(r.lastVisit),
  },
  {
    id: 'notes',
    get label() {
      return t('colLog');
    },
    get description() {
      return t('colLogHelp');
    },
    numeric: false,
    sortValue: (r) => latestEntry(r.log)?.at ?? null,
    text: (r) => logText(r.log),
  },
  {
    id: 'tags',
    get label() {
      return t('colTags');
    },
    get description() {
      return t('colTagsHelp');
    },
    numeric: false,
    sortValue: (r) => (r.tags.length ? r.tags.join(', ') : null),
    text: (r) => (r.tags.length ? r.tags.join(', ') : '—'),
  },
  {
    id: 'recentWork',
    get label() {
      return t('recentWorkColumn');
    },
    get description() {
      return t('recentWorkColumnHelp');
    },
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
