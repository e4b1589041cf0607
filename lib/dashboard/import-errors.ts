import type { ErrorBody, Issue } from '../model/messages';
import { linesOfPaths, syntaxErrorLine } from './json-lines';
import { t } from '../i18n/messages';
import { schemaText } from '../i18n/schema-text';

/** One reason an import was refused: where (line, field) and why. Shown as a list, nothing applied. */
export interface ImportError {
  line: number | null;
  field: string | null;
  message: string;
}

export type JsonRead = { ok: true; value: unknown } | { ok: false; errors: ImportError[] };

/**
 * A backup nests about ten levels (creators[3].lastReading.posts[0].likes.conflicts[0]); Chrome's
 * messaging gives up on values nested about a hundred deep ("Could not serialize message").
 */
export const MAX_BACKUP_DEPTH = 64;

/** The line where a JSON text first opens more than `max` levels, or null (strings skipped). */
export function tooDeepLine(text: string, max = MAX_BACKUP_DEPTH): number | null {
  let depth = 0;
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line++;
    else if (c === 34) {
      for (i++; i < text.length && text.charCodeAt(i) !== 34; i++) {
        if (text.charCodeAt(i) === 92) i++;
        else if (text.charCodeAt(i) === 10) line++;
      }
    } else if (c === 123 || c === 91) {
      if (++depth > max) return line;
    } else if (c === 125 || c === 93) depth--;
  }
  return null;
}

/** JSON text parsed, or the line of the syntax error (or of nesting no backup has). */
export function readJson(text: string): JsonRead {
  const deep = tooDeepLine(text);
  if (deep !== null)
    return {
      ok: false,
      errors: [
        {
          line: deep,
          field: null,
          message: t('ieTooDeep', MAX_BACKUP_DEPTH),
        },
      ],
    };
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown };
  } catch (error) {
    return {
      ok: false,
      errors: [
        {
          line: syntaxErrorLine(text, error),
          field: null,
          message: t('ieNotJson', error instanceof Error ? error.message : String(error)),
        },
      ],
    };
  }
}

/** Schema issues with paths (`creators[3].handle`) turned into errors with the line they sit on. */
export function issuesWithLines(text: string, issues: readonly Issue[]): ImportError[] {
  const lines = linesOfPaths(
    text.replace(/^\uFEFF/, ''),
    issues.map((i) => i.path),
  );
  return issues
    .map((issue) => ({
      line: lines.get(issue.path) ?? null,
      field: issue.path,
      message: issue.message,
    }))
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/** "line 7, creators[3].handle: expected a handle …". */
export function formatImportError(error: ImportError): string {
  const where = [error.line !== null ? t('ieLine', error.line) : null, error.field]
    .filter(Boolean)
    .join(', ');
  const why = schemaText(error.message);
  return where ? `${where}: ${why}` : why;
}

/**
 * Why the store did not take a backup, in words (no error codes, no browser internals). Schema
 * problems come as issues with their lines instead (issuesWithLines).
 */
export function importFailure(error: ErrorBody): string {
  switch (error.code) {
    case 'storage-full':
      return t('ieStorageFull');
    case 'unavailable':
      return /serializ|length exceeded|too large|maximum/i.test(error.message)
        ? t('ieTooLarge')
        : t('ieNoAnswer');
    case 'invalid-import':
      return t('ieHasErrors');
    case 'bad-request':
    case 'bad-response':
      return t('ieNotHanded');
    default:
      return t('ieFailed', error.message);
  }
}
