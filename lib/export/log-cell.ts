import { LOG_MAX, LOG_TEXT_MAX, LogChannel, type LogEntry } from '../model/conversation-log';

/**
 * The conversation log in one CSV cell, readable in a spreadsheet and read back exactly: one
 * conversation per block, newest first; its first line is the ISO 8601 time, the channel in
 * brackets and the text's first line; the text's further lines follow, each indented by two spaces.
 *
 *     2026-02-18T15:30:00.000Z [call] Agreed on two reels in March.
 *       Wants the kit by Feb 25.
 *     2026-01-11T10:00:00.000Z [dm] Replied within a day.
 *
 * The cell starts with a digit, so a spreadsheet never reads it as a formula.
 */
export function formatLogCell(log: readonly LogEntry[]): string {
  return log
    .map((entry) => {
      const [first = '', ...rest] = entry.text.trim().split('\n');
      return [`${entry.at} [${entry.channel}] ${first}`, ...rest.map((line) => `  ${line}`)].join(
        '\n',
      );
    })
    .join('\n');
}

/** A conversation's first line: a date (time and zone optional), a channel in brackets (optional), the text. */
const START =
  /^(\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?)(?=\s|$)\s*(?:\[([^\]]*)\])?\s*(.*)$/i;

export type LogCellRead = { ok: true; log: LogEntry[] } | { ok: false; message: string };

/**
 * Reads a cell written by `formatLogCell` (or typed the same way). A line that is neither the start
 * of a conversation nor indented, a date that is not one, an unknown channel, a conversation
 * without text, text longer than an entry holds or more conversations than a log holds refuse
 * the cell with the conversation's line in it: nothing is guessed or cut.
 */
export function parseLogCell(cell: string): LogCellRead {
  const log: { at: string; channel: LogChannel; lines: string[] }[] = [];
  const lines = cell.replace(/\r\n?/g, '\n').split('\n');
  for (const [i, line] of lines.entries()) {
    const where = `line ${i + 1} of the log`;
    const start = /^\s/.test(line) ? null : START.exec(line);
    if (start) {
      const [, date = '', channel = '', text = ''] = start;
      const time = Date.parse(date.includes(' ') ? date.replace(' ', 'T') : date);
      if (Number.isNaN(time)) return { ok: false, message: `${where}: "${date}" is not a date` };
      const named = LogChannel.safeParse(channel.trim().toLowerCase() || 'other');
      if (!named.success)
        return {
          ok: false,
          message: `${where}: unknown channel "${channel}" (email, dm, call, meeting or other)`,
        };
      log.push({ at: new Date(time).toISOString(), channel: named.data, lines: [text] });
    } else if (line.trim() === '' || /^\s/.test(line)) {
      const current = log.at(-1);
      if (!current)
        return { ok: false, message: `${where}: expected a date such as 2026-03-05T17:00:00Z` };
      current.lines.push(line.replace(/^ {1,2}/, ''));
    } else {
      return {
        ok: false,
        message: `${where}: expected a date such as 2026-03-05T17:00:00Z at the start of a conversation, or a line indented by two spaces`,
      };
    }
  }
  if (log.length > LOG_MAX)
    return { ok: false, message: `more than ${LOG_MAX} conversations (a log holds ${LOG_MAX})` };
  const entries: LogEntry[] = [];
  for (const { at, channel, lines: textLines } of log) {
    const text = textLines.join('\n').trim();
    if (text === '') return { ok: false, message: `the conversation of ${at} has no text` };
    if (text.length > LOG_TEXT_MAX)
      return {
        ok: false,
        message: `the conversation of ${at} is longer than ${LOG_TEXT_MAX} characters`,
      };
    entries.push({ at, channel, text });
  }
  return { ok: true, log: entries };
}
