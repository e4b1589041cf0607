import { z } from 'zod';
import { Campaign, CampaignInput, CampaignPatch } from './campaign';
import { LOG_MAX, LogEntry } from './conversation-log';
import {
  CampaignEntry,
  CreatorRecord,
  CreatorRef,
  PipelineStatus,
  SnapshotChange,
} from './creator';
import { Prospect, ProspectInput } from './prospects';
import { PageReading, Platform } from './reading';
import { SettingsPatch, UserSettings } from './settings-store';
import { Snapshot } from './snapshot';
import { Template } from './template';
import { SCHEMA_WORDS } from './schema-words';

/**
 * The one protocol between the pages (content scripts, popup, dashboard) and the background,
 * the single writer of stored data. Every request and every response is validated with these
 * schemas on both sides; a request the background cannot accept gets an error response.
 */

export const Issue = z.object({ path: z.string(), message: z.string() });
export type Issue = z.infer<typeof Issue>;

/** A stored item that failed validation: kept verbatim, never dropped without the user. */
export const Problem = z.object({
  id: z.string(),
  /** The storage key (or `campaigns[3]`, `settings.sender`) the value came from. */
  key: z.string(),
  at: z.string(),
  error: z.string(),
  issues: z.array(Issue),
  /** `repaired`: the record stays in use without the invalid parts; `quarantined`: it is set aside. */
  resolution: z.enum(['repaired', 'quarantined']),
  raw: z.unknown(),
});
export type Problem = z.infer<typeof Problem>;

/** `store/export` writes this; `store/import` accepts it from this or an older version. */
export const Backup = z.object({
  format: z.literal('creator-scout-backup'),
  version: z.number().int().positive(),
  exportedAt: z.string(),
  creators: z.array(CreatorRecord),
  campaigns: z.array(Campaign),
  templates: z.array(Template),
  settings: UserSettings,
  problems: z.array(Problem),
  /** Accounts found while browsing and the to-vet list; absent in backups made before it existed. */
  prospects: z.array(Prospect).optional(),
});
export type Backup = z.infer<typeof Backup>;

const snapshotAtVisit = Snapshot.refine((s) => !Number.isNaN(Date.parse(s.at)), {
  message: SCHEMA_WORDS.vmIsoTime,
  path: ['at'],
});

export const ListFilter = z.strictObject({
  /** `shortlisted`: in at least one campaign entry; `seen`: visited only. */
  scope: z.enum(['shortlisted', 'seen', 'all']).default('shortlisted'),
  /** A campaign id, or null for the shortlist without a campaign. */
  campaignId: z.string().min(1).nullable().optional(),
  platform: Platform.optional(),
  /** Matches a campaign entry with this status (in `campaignId` when given). */
  status: PipelineStatus.optional(),
});
export type ListFilter = z.infer<typeof ListFilter>;

/** An address a marketer can open: http or https, nothing else (no javascript:, no data:). */
export const WebLink = z
  .string()
  .trim()
  .max(2000)
  .refine((s) => {
    try {
      return ['http:', 'https:'].includes(new URL(s).protocol);
    } catch {
      return false;
    }
  }, SCHEMA_WORDS.vmWebAddress);

export const CreatorPatch = z.strictObject({
  displayName: z.string().nullable().optional(),
  /**
   * Conversations to take out of the log, matched exactly (time, channel, text); one not in the log
   * (deleted in another tab) refuses the change. Applied before `logAdd`, so an edit is both.
   */
  logRemove: z.array(LogEntry).max(LOG_MAX).optional(),
  /** Conversations to log; one already there (same time, channel and text) is not added twice. */
  logAdd: z.array(LogEntry).max(LOG_MAX).optional(),
  tags: z.array(z.string().trim().min(1)).optional(),
  /** Null removes it. */
  affiliateLink: WebLink.nullable().optional(),
});

export const CampaignEntryPatch = CampaignEntry.pick({
  status: true,
  discountCode: true,
  trackingLink: true,
  offerOverride: true,
  results: true,
  publishAt: true,
})
  .extend({ redFlags: z.array(z.string().min(1).max(100)).max(50) })
  .partial()
  .strict();

/** The most updates one `creator/update-campaigns` takes (the dashboard is built for 10,000 creators). */
export const MAX_BATCH_UPDATES = 20_000;

/**
 * One change of `creator/update-campaigns`: patches the creator's entry in a campaign (null: the
 * shortlist without one), and optionally the creator's own fields. With `add`, a creator not in
 * that campaign is put in it first (and an unknown creator created); without, it is an error.
 */
export const CampaignUpdate = z.strictObject({
  key: CreatorRef,
  campaignId: z.string().min(1).nullable(),
  patch: CampaignEntryPatch,
  creator: CreatorPatch.optional(),
  add: z.boolean().default(false),
  /**
   * Only the creator's own fields change: no campaign entry is added or patched (a CSV row of a
   * creator who was only seen). With `add`, an unknown creator is stored as seen.
   */
  creatorOnly: z.boolean().optional(),
});
export type CampaignUpdate = z.infer<typeof CampaignUpdate>;

/** Which campaign: a campaign id, null for no campaign, omitted for the active campaign. */
const campaignChoice = z.string().min(1).nullable().optional();

const req = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.strictObject({ type: z.literal(type), ...shape });

export const Request = z.discriminatedUnion('type', [
  req('creator/record-visit', {
    reading: PageReading,
    snapshot: snapshotAtVisit,
    verdict: z.record(z.string(), z.unknown()).nullable(),
  }),
  req('creator/get', { key: CreatorRef }),
  req('creator/list', { filter: ListFilter.default({ scope: 'shortlisted' }) }),
  req('creator/shortlist', {
    key: CreatorRef,
    campaignId: campaignChoice,
    displayName: z.string().nullable().optional(),
  }),
  req('creator/unshortlist', { key: CreatorRef, campaignId: campaignChoice }),
  req('creator/update', { key: CreatorRef, patch: CreatorPatch }),
  req('creator/update-campaign', {
    key: CreatorRef,
    campaignId: z.string().min(1).nullable(),
    patch: CampaignEntryPatch,
  }),
  req('creator/update-campaigns', {
    updates: z.array(CampaignUpdate).min(1).max(MAX_BATCH_UPDATES),
  }),
  req('creator/delete', { key: CreatorRef }),
  /** Adds a published post to the creator's deliverables of a campaign, from its address. */
  req('creator/deliverable-add', {
    key: CreatorRef,
    campaignId: z.string().min(1),
    url: z.string().trim().min(1).max(2000),
  }),
  /** Removes a deliverable; a later visit does not find it again. */
  req('creator/deliverable-remove', {
    key: CreatorRef,
    campaignId: z.string().min(1),
    postId: z.string().min(1).max(100),
  }),
  req('campaign/list', {}),
  req('campaign/create', { campaign: CampaignInput }),
  req('campaign/update', { id: z.string().min(1), patch: CampaignPatch }),
  req('campaign/delete', { id: z.string().min(1) }),
  req('campaign/set-active', { id: z.string().min(1).nullable() }),
  req('template/list', {}),
  req('template/save', { template: Template }),
  req('template/delete', { id: z.string().min(1) }),
  req('settings/get', {}),
  req('settings/set', { patch: SettingsPatch }),
  req('store/export', {}),
  req('store/import', {
    backup: z.unknown(),
    mode: z.enum(['replace', 'merge']).default('replace'),
  }),
  req('store/problems', {}),
  req('store/dismiss-problem', { id: z.string().min(1) }),
  /** Accounts seen on a hashtag, search or explore page: tallied, not yet on the to-vet list. */
  req('prospects/record', { entries: z.array(ProspectInput).min(1).max(500) }),
  /** Adds accounts to the to-vet list with where they were found. */
  req('prospects/add', { entries: z.array(ProspectInput).min(1).max(500) }),
  req('prospects/list', {}),
  req('prospects/dismiss', { platform: Platform, handle: z.string().min(1).max(64) }),
  /** Comment languages for audience fit: the detector is too large for the page, so it runs here. */
  req('lang/detect', { texts: z.array(z.string().max(5000)).max(500) }),
]);
export type Request = z.infer<typeof Request>;
export type RequestType = Request['type'];
export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;
/** What callers write (handles are normalised and defaults filled by the schema). */
export type RequestInput<T extends RequestType> = Extract<z.input<typeof Request>, { type: T }>;

const withCreator = z.object({ creator: CreatorRecord, change: SnapshotChange.nullable() });
const deleted = z.object({ deleted: z.boolean() });

export const responseSchemas = {
  'creator/record-visit': z.object({
    recorded: z.boolean(),
    /** Why nothing was stored (a login wall, no handle, no number at all). */
    reason: z.string().nullable(),
    creator: CreatorRecord.nullable(),
    change: SnapshotChange.nullable(),
  }),
  'creator/get': z.object({ creator: CreatorRecord.nullable(), change: SnapshotChange.nullable() }),
  'creator/list': z.object({ creators: z.array(CreatorRecord) }),
  'creator/shortlist': withCreator,
  'creator/unshortlist': withCreator,
  'creator/update': z.object({ creator: CreatorRecord }),
  'creator/update-campaign': z.object({ creator: CreatorRecord }),
  /** All or nothing: `updated` creators changed, or an error and nothing changed. */
  'creator/update-campaigns': z.object({ updated: z.number().int().nonnegative() }),
  'creator/delete': deleted,
  'creator/deliverable-add': z.object({ creator: CreatorRecord }),
  'creator/deliverable-remove': z.object({ creator: CreatorRecord }),
  'campaign/list': z.object({
    campaigns: z.array(Campaign),
    activeCampaignId: z.string().nullable(),
  }),
  'campaign/create': z.object({ campaign: Campaign }),
  'campaign/update': z.object({ campaign: Campaign }),
  'campaign/delete': z.object({ deleted: z.boolean(), creatorsUpdated: z.number().int() }),
  'campaign/set-active': z.object({ activeCampaignId: z.string().nullable() }),
  'template/list': z.object({ templates: z.array(Template) }),
  'template/save': z.object({ template: Template }),
  'template/delete': deleted,
  'settings/get': z.object({ settings: UserSettings }),
  'settings/set': z.object({ settings: UserSettings }),
  'store/export': z.object({ backup: Backup }),
  'store/import': z.object({
    mode: z.enum(['replace', 'merge']),
    creators: z.number().int(),
    campaigns: z.number().int(),
    templates: z.number().int(),
  }),
  'store/problems': z.object({ problems: z.array(Problem) }),
  'store/dismiss-problem': z.object({ dismissed: z.boolean() }),
  'prospects/record': z.object({ recorded: z.number().int().nonnegative() }),
  'prospects/add': z.object({ prospects: z.array(Prospect) }),
  'prospects/list': z.object({
    prospects: z.array(Prospect),
    /** `platform:handle` → when it was last visited and its verdict, for "already vetted". */
    known: z.record(
      z.string(),
      z.object({ at: z.string().nullable(), verdict: z.string().nullable() }),
    ),
  }),
  'prospects/dismiss': z.object({ dismissed: z.boolean() }),
  /** ISO 639-1 per text, null where the language is unclear. */
  'lang/detect': z.object({ languages: z.array(z.string().nullable()) }),
} satisfies Record<RequestType, z.ZodType>;
export type ResponseData<T extends RequestType> = z.infer<(typeof responseSchemas)[T]>;

export const ErrorCode = z.enum([
  /** The request does not match its schema (issues say where). */
  'bad-request',
  'not-found',
  /** A backup that does not validate: nothing was changed (issues say where). */
  'invalid-import',
  /** storage.local refused the write (quota). Nothing was changed. */
  'storage-full',
  'internal',
  /** Client side: the background's answer did not match the protocol. */
  'bad-response',
  /** Client side: no background answered. */
  'unavailable',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const ErrorBody = z.object({
  code: ErrorCode,
  message: z.string(),
  issues: z.array(Issue),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

export type Response<T extends RequestType> =
  { ok: true; data: ResponseData<T> } | { ok: false; error: ErrorBody };

export const responseEnvelope = <T extends RequestType>(type: T) =>
  z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), data: responseSchemas[type] }),
    z.object({ ok: z.literal(false), error: ErrorBody }),
  ]);

/** zod issues as `path: message` pairs, paths written `creators[3].snapshots[0].at`. */
export function toIssues(error: z.ZodError, prefix = ''): Issue[] {
  return error.issues.map((issue) => ({
    path: formatPath([...pathOf(prefix), ...issue.path]),
    message: issue.message,
  }));
}

function pathOf(prefix: string): PropertyKey[] {
  return prefix === '' ? [] : [prefix];
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? '(root)' : out;
}
