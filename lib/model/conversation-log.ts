import { z } from 'zod';
import { isoTime } from './iso-time';
import { SCHEMA_WORDS } from './schema-words';

/**
 * A creator's dated log of conversations (the ambassador relationship of docs/domain.md): one entry
 * per e-mail, DM, call or meeting, kept newest first. It replaced the single free-text note in
 * store version 13 (the note became the first entry, dated when the record last changed).
 */

/** How the conversation took place; `other` when the marketer did not say (a former note). */
export const LogChannel = z.enum(['email', 'dm', 'call', 'meeting', 'other']);
export type LogChannel = z.infer<typeof LogChannel>;

/** At most this many characters in one entry's text: longer text is refused, never cut. */
export const LOG_TEXT_MAX = 5000;
/**
 * At most this many entries per creator. At the cap the store refuses another one with a message
 * saying so (delete an older entry first); nothing is dropped to make room.
 */
export const LOG_MAX = 200;

export const LogEntry = z.object({
  /** When the conversation took place (ISO 8601), as the marketer dated it. */
  at: isoTime,
  channel: LogChannel,
  /** Not blank; stored as written (the editor trims it). */
  text: z
    .string()
    .max(LOG_TEXT_MAX)
    .refine((s) => s.trim() !== '', SCHEMA_WORDS.vmSomeText),
});
export type LogEntry = z.infer<typeof LogEntry>;

export const ConversationLog = z.array(LogEntry).max(LOG_MAX);

const time = (entry: LogEntry): number => Date.parse(entry.at);

/** Newest first; entries at the same time keep their order. */
export function sortLog(log: readonly LogEntry[]): LogEntry[] {
  return [...log].sort((a, b) => time(b) - time(a));
}

/** The most recent conversation, or null when none is logged. */
export function latestEntry(log: readonly LogEntry[]): LogEntry | null {
  let latest: LogEntry | null = null;
  for (const entry of log) if (latest === null || time(entry) > time(latest)) latest = entry;
  return latest;
}

/** The same conversation: same time (to the millisecond), channel and text. */
export function sameEntry(a: LogEntry, b: LogEntry): boolean {
  return time(a) === time(b) && a.channel === b.channel && a.text === b.text;
}
