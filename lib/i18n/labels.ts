import type { ImportField } from '../model/column-mapping';
import type { PipelineStatus } from '../model/creator';
import type { Platform, PostFormat } from '../model/reading';
import type { CommentLabel, EngagementBasis, Severity, VerdictLabel } from '../model/verdict';
import type { Template, TemplateKind } from '../model/template';
import { defaultTiers } from '../model/settings';
import { tableWordKey } from '../rules/engagement/table-words';
import { t, type MessageKey } from './messages';

/** The product's vocabulary, one word per thing, for the panel, popup, dashboard, CLI and exports. */

const VERDICT: Record<VerdictLabel, MessageKey> = {
  strong: 'verdictStrong',
  review: 'verdictReview',
  skip: 'verdictSkip',
  'insufficient-data': 'verdictInsufficient',
};
const VERDICT_SHORT: Record<VerdictLabel, MessageKey> = {
  strong: 'verdictShortStrong',
  review: 'verdictShortReview',
  skip: 'verdictShortSkip',
  'insufficient-data': 'verdictShortInsufficient',
};
const STATUS: Record<PipelineStatus, MessageKey> = {
  shortlisted: 'statusShortlisted',
  contacted: 'statusContacted',
  negotiating: 'statusNegotiating',
  signed: 'statusSigned',
  'content-approval': 'statusContentApproval',
  live: 'statusLive',
  reporting: 'statusReporting',
  ambassador: 'statusAmbassador',
  declined: 'statusDeclined',
  paused: 'statusPaused',
};
const BASIS: Record<EngagementBasis, MessageKey> = {
  followers: 'basisFollowers',
  views: 'basisViews',
  'single-post': 'basisSinglePost',
};

const SEVERITY: Record<Severity, MessageKey> = {
  high: 'severityHigh',
  medium: 'severityMedium',
  low: 'severityLow',
  info: 'severityInfo',
};

const COMMENT: Record<CommentLabel, MessageKey> = {
  spam: 'commentSpam',
  generic: 'commentGeneric',
  genuine: 'commentGenuine',
};

const FORMAT: Record<PostFormat, MessageKey> = {
  video: 'formatVideo',
  carousel: 'formatCarousel',
  image: 'formatImage',
};

/** "Worth a closer look": the verdict as a sentence (panel). */
export const verdictLabel = (v: VerdictLabel): string => t(VERDICT[v]);
/** "Closer look": the verdict in a list, chip or filter; "Not scored" without one. */
export const verdictShortLabel = (v: VerdictLabel | null): string =>
  v ? t(VERDICT_SHORT[v]) : t('verdictNone');
export const statusLabel = (s: PipelineStatus): string => t(STATUS[s]);
/** "by followers", "by views", "one post": what an engagement rate was divided by. */
export const basisLabel = (b: EngagementBasis): string => t(BASIS[b]);
/** The spam share over fewer audience comments than the minimum: never a rate ("0.0%" of 15). */
export const spamTooFewLabel = (): string => t('spamTooFew');
/** "Video / reel", "Carousel", "Single image"; "Format not read" when the page did not say. */
export const formatLabel = (f: PostFormat | null): string =>
  f ? t(FORMAT[f]) : t('formatUnknown');
/** "Serious", "Worth checking", "Minor", "For information": how much a red flag weighs. */
export const severityLabel = (s: Severity): string => t(SEVERITY[s]);
/** "spam", "generic", "genuine": what a comment was judged to be. */
export const commentLabel = (c: CommentLabel): string => t(COMMENT[c]);

const IMPORT_FIELD: Record<ImportField, MessageKey> = {
  handle: 'fieldHandle',
  code: 'fieldCode',
  link: 'fieldLink',
  impressions: 'fieldImpressions',
  clicks: 'fieldClicks',
  conversions: 'fieldConversions',
  revenue: 'fieldRevenue',
  spend: 'fieldSpend',
};

/** What a results CSV column can feed, as the import's column chooser names it. */
export const importFieldLabel = (f: ImportField): string => t(IMPORT_FIELD[f]);

/** How engagement is counted on a basis, as a formula a marketer reads. */
export const formulaText = (basis: 'views' | 'followers'): string =>
  basis === 'views' ? t('formulaViews') : t('formulaFollowers');

/** "a, b and c" in the UI language. */
export const listText = (words: readonly string[]): string =>
  words.length <= 1
    ? (words[0] ?? '')
    : t('listAnd', words.slice(0, -1).join(', '), words[words.length - 1]!);

const DM_ACTION: Record<Platform, MessageKey> = {
  instagram: 'dmActionInstagram',
  tiktok: 'dmActionTiktok',
};
const DM_BUTTON: Record<Platform, MessageKey> = {
  instagram: 'dmButtonInstagram',
  tiktok: 'dmButtonTiktok',
};

/** What a platform's message link opens, for its accessible name: "Message on Instagram". */
export const dmActionLabel = (p: Platform): string => t(DM_ACTION[p]);
/** The message link's short text: "DM", or "Profile" where the platform has no DM link. */
export const dmButtonLabel = (p: Platform): string => t(DM_BUTTON[p]);

const BUILTIN_TEMPLATE: Record<Exclude<TemplateKind, 'custom'>, MessageKey> = {
  'first-contact': 'tplFirstContact',
  'follow-up': 'tplFollowUp',
  ambassador: 'tplAmbassador',
  'counter-offer': 'tplCounterOffer',
  'thank-you': 'tplThankYou',
};
/** A template's name: a built-in one's in the UI language, yours as you wrote it. */
export const templateName = (tpl: Pick<Template, 'name' | 'kind' | 'builtIn'>): string =>
  tpl.builtIn && tpl.kind !== 'custom' ? t(BUILTIN_TEMPLATE[tpl.kind]) : tpl.name;

/** A benchmark table's name: a built-in table's in the UI language, the marketer's own as written. */
export function tableLabel(id: string, name: string): string {
  const key = tableWordKey({ tableId: id, tableName: name }, 'name');
  return key ? t(key as MessageKey) : name;
}

/** Where a benchmark table's figures come from, in the UI language for a built-in table. */
export function tableSourceLabel(id: string, source: string): string {
  const key = tableWordKey({ tableId: id, source }, 'source');
  return key ? t(key as MessageKey) : source;
}

const TIER: Record<string, MessageKey> = {
  nano: 'tierNano',
  micro: 'tierMicro',
  mid: 'tierMid',
  macro: 'tierMacro',
  mega: 'tierMega',
};
const builtInTiers = new Map(defaultTiers.map((tier) => [tier.id, tier.label]));

/** A tier's name: a built-in tier's in the UI language, one the marketer named as they wrote it. */
export function tierLabel(tier: { id: string; label: string }): string {
  const key = TIER[tier.id];
  return key && builtInTiers.get(tier.id) === tier.label ? t(key) : tier.label;
}
