import type { Migration } from './types';

/** The longest text of one log entry (LOG_TEXT_MAX of lib/model/conversation-log.ts, frozen here). */
const TEXT_MAX = 5000;

/**
 * A note longer than one entry holds becomes several entries of consecutive parts, all dated alike,
 * first part first: nothing of it is lost.
 */
function parts(note: string): string[] {
  const chars = Array.from(note);
  const out: string[] = [];
  for (let i = 0; i < chars.length; i += TEXT_MAX) out.push(chars.slice(i, i + TEXT_MAX).join(''));
  return out.filter((part) => part.trim() !== '');
}

/**
 * Version 13: the single free-text note (`notes`) becomes a dated log of conversations (`log`).
 * A note with any text becomes the first entry, channel `other`, dated at the record's `updatedAt`
 * (the last time it could have been written); an empty or blank note gives an empty log.
 */
export const v012ToV013: Migration = {
  from: 12,
  description: 'the note becomes the first entry of a dated conversation log',
  creator: ({ notes, ...rest }) => {
    const note = typeof notes === 'string' ? notes : notes == null ? '' : String(notes);
    const at =
      typeof rest.updatedAt === 'string' && !Number.isNaN(Date.parse(rest.updatedAt))
        ? rest.updatedAt
        : '1970-01-01T00:00:00.000Z';
    return {
      ...rest,
      log: note.trim() === '' ? [] : parts(note).map((text) => ({ at, channel: 'other', text })),
    };
  },
};
