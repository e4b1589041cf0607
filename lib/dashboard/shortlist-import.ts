import { z } from 'zod';
import { csvOptionalText } from '../export/csv-fields';
import Papa from 'papaparse';
import { guessDelimiter, parseCsv } from '../export/csv-read';
import type { Campaign } from '../model/campaign';
import { LOG_MAX, LOG_TEXT_MAX, type LogEntry } from '../model/conversation-log';
import { Handle, PipelineStatus } from '../model/creator';
import { parseLogCell } from '../export/log-cell';
import type { CampaignUpdate } from '../model/messages';
import { Platform } from '../model/reading';
import type { ImportError } from './import-errors';
import { t } from '../i18n/messages';

/**
 * Import of a shortlist CSV (the dashboard's own export, or a sheet with the same headers): each
 * row puts a creator on the shortlist of a campaign (by name; empty = no campaign) and sets what
 * the user owns: display name, status, code, tracked link, affiliate link, planned publishing, conversation log, tags. Reading columns
 * (followers, rates) are the extension's own measurements and are not imported. All or nothing:
 * any bad row refuses the whole file, with each error's line and column.
 */
export interface ShortlistImportRow {
  /**
   * A creator the user only saw: the file has a status column and this row leaves status,
   * campaign, code and link empty (as the dashboard's export writes such a creator). Importing it
   * keeps the creator off every shortlist.
   */
  seenOnly: boolean;
  platform: Platform;
  handle: string;
  displayName: string | null;
  status: PipelineStatus | null;
  campaignId: string | null;
  code: string | null;
  link: string | null;
  affiliateLink: string | null;
  /** The planned publishing time, ISO 8601. */
  publishAt: string | null;
  /** Conversations of the `log` column, to add to the creator's log (null: the cell is empty). */
  log: LogEntry[] | null;
  /** The `notes` column of a CSV exported before the log: logged as one conversation on import. */
  note: string | null;
  tags: string[] | null;
}

/** The `log` column as `formatLogCell` writes it; a value it cannot read refuses the file. */
const logCell = csvOptionalText({ max: LOG_MAX * (LOG_TEXT_MAX + 100), multiline: true }).transform(
  (cell, ctx) => {
    if (cell === null) return null;
    const read = parseLogCell(cell);
    if (read.ok) return read.log;
    ctx.addIssue({ code: 'custom', message: read.message });
    return z.NEVER;
  },
);

/** A date and time a spreadsheet keeps as written ("2026-03-05T17:00:00.000Z", "2026-03-05 17:00Z"). */
const isoTime = csvOptionalText({ max: 40 })
  .refine((text) => text === null || !Number.isNaN(Date.parse(text)), {
    error: () => t('siExpectedTime'),
  })
  .transform((text) => (text === null ? null : new Date(Date.parse(text)).toISOString()));

const httpLink = csvOptionalText({ max: 2000 }).refine(
  (link) => link === null || (/^https?:\/\//i.test(link) && URL.canParse(link)),
  { error: () => t('siExpectedLink') },
);

function rowSchema(campaigns: readonly Campaign[], hasStatusColumn: boolean) {
  const byName = new Map(campaigns.map((c) => [c.name.trim().toLowerCase(), c.id]));
  const seen = new Set<string>();
  return z
    .object({
      platform: z
        .string()
        .transform((s) => s.trim().toLowerCase())
        .pipe(Platform),
      handle: Handle,
      display_name: csvOptionalText({ max: 200 }),
      status: csvOptionalText({ max: 40 }).pipe(PipelineStatus.nullable()),
      campaign: csvOptionalText({ max: 200 }),
      code: csvOptionalText({ max: 60 }),
      tracked_link: httpLink,
      affiliate_link: httpLink,
      publish_at: isoTime,
      log: logCell,
      notes: csvOptionalText({ max: LOG_TEXT_MAX + 1, multiline: true }).refine(
        (note) => note === null || note.length <= LOG_TEXT_MAX,
        { error: () => t('siNoteTooLong', LOG_TEXT_MAX) },
      ),
      tags: csvOptionalText({ max: 1000 }),
    })
    .transform((row, ctx): ShortlistImportRow => {
      const campaignId =
        row.campaign === null ? null : (byName.get(row.campaign.toLowerCase()) ?? undefined);
      if (campaignId === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['campaign'],
          message: t('siNoCampaign', row.campaign ?? ''),
        });
        return z.NEVER;
      }
      const key = `${row.platform}:${row.handle}:${campaignId ?? ''}`;
      if (seen.has(key)) {
        ctx.addIssue({
          code: 'custom',
          path: ['handle'],
          message: t('siDuplicate'),
        });
        return z.NEVER;
      }
      seen.add(key);
      return {
        seenOnly:
          hasStatusColumn &&
          row.status === null &&
          campaignId === null &&
          row.code === null &&
          row.tracked_link === null,
        platform: row.platform,
        handle: row.handle,
        displayName: row.display_name,
        status: row.status,
        campaignId,
        code: row.code,
        link: row.tracked_link,
        affiliateLink: row.affiliate_link,
        publishAt: row.publish_at,
        log: row.log,
        note: row.notes,
        tags:
          row.tags === null
            ? null
            : [
                ...new Set(
                  row.tags
                    .split(';')
                    .map((t) => t.trim())
                    .filter(Boolean),
                ),
              ],
      };
    });
}

export type ShortlistRead =
  { ok: true; rows: ShortlistImportRow[] } | { ok: false; errors: ImportError[] };

const REQUIRED = ['platform', 'handle'] as const;

/** The header's column names and the line it is on (the row schema is a pipe, which parseCsv cannot inspect). */
function header(text: string): { line: number; names: string[] } | null {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const index = lines.findIndex((l) => l.trim() !== '');
  if (index < 0) return null;
  const cells =
    Papa.parse<string[]>(lines[index]!, { delimiter: guessDelimiter(text) }).data[0] ?? [];
  return { line: index + 1, names: cells.map((h) => h.trim()) };
}

export function readShortlistCsv(text: string, campaigns: readonly Campaign[]): ShortlistRead {
  const head = header(text);
  const missing = REQUIRED.filter((c) => head && !head.names.includes(c)).map((field) => ({
    line: head!.line,
    field,
    message: t('siMissingColumn'),
  }));
  if (missing.length > 0) return { ok: false, errors: missing };
  const parsed = parseCsv(text, rowSchema(campaigns, head?.names.includes('status') ?? false));
  if (!parsed.ok) return { ok: false, errors: parsed.errors };
  if (parsed.rows.length === 0)
    return { ok: false, errors: [{ line: 2, field: null, message: t('siNoRows') }] };
  return { ok: true, rows: parsed.rows };
}

/**
 * The `creator/update-campaigns` changes of the rows: each puts the creator in the row's campaign
 * (creating an unknown creator) and sets only what the row gives; an empty cell keeps what is
 * stored. Sent as field patches, not whole records, so a visit recorded meanwhile is kept.
 */
export function shortlistUpdates(
  rows: readonly ShortlistImportRow[],
  now: string,
): Array<z.input<typeof CampaignUpdate>> {
  return rows.map((row) => {
    const logAdd = [
      ...(row.log ?? []),
      ...(row.note === null ? [] : [{ at: now, channel: 'other' as const, text: row.note }]),
    ];
    return {
      key: { platform: row.platform, handle: row.handle },
      campaignId: row.campaignId,
      add: true,
      ...(row.seenOnly && { creatorOnly: true }),
      patch: {
        ...(row.status !== null && { status: row.status }),
        ...(row.code !== null && { discountCode: row.code }),
        ...(row.link !== null && { trackingLink: row.link }),
        ...(row.publishAt !== null && { publishAt: row.publishAt }),
      },
      creator: {
        ...(row.displayName !== null && { displayName: row.displayName }),
        ...(logAdd.length > 0 && { logAdd }),
        ...(row.tags !== null && { tags: row.tags }),
        ...(row.affiliateLink !== null && { affiliateLink: row.affiliateLink }),
      },
    };
  });
}
