import type { Issue } from '../model/messages';
import { linesOfPaths, syntaxErrorLine } from './json-lines';

/** One reason an import was refused: where (line, field) and why. Shown as a list, nothing applied. */
export interface ImportError {
  line: number | null;
  field: string | null;
  message: string;
}

export type JsonRead = { ok: true; value: unknown } | { ok: false; errors: ImportError[] };

/** JSON text parsed, or the line of the syntax error. */
export function readJson(text: string): JsonRead {
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown };
  } catch (error) {
    return {
      ok: false,
      errors: [
        {
          line: syntaxErrorLine(text, error),
          field: null,
          message: `not valid JSON (${error instanceof Error ? error.message : String(error)})`,
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
  const where = [error.line !== null ? `line ${error.line}` : null, error.field]
    .filter(Boolean)
    .join(', ');
  return where ? `${where}: ${error.message}` : error.message;
}
