import type { z } from 'zod';
import { Brief } from '../model/brief';
import { toIssues } from '../model/messages';
import { issuesWithLines, readJson, type ImportError } from './import-errors';
import { t } from '../i18n/messages';

export type BriefRead = { ok: true; brief: Brief } | { ok: false; errors: ImportError[] };

/** A brief as a JSON file (design.md contract): one object, the fields set, two-space indent. */
export function briefToJson(brief: Brief): string {
  return `${JSON.stringify(Brief.parse(brief), null, 2)}\n`;
}

/**
 * A brief from a JSON file. Every problem is listed with its line and field; unknown fields are
 * errors that name them (one error per unknown key, on the key's line).
 */
export function readBriefJson(text: string): BriefRead {
  const json = readJson(text);
  if (!json.ok) return json;
  const parsed = Brief.safeParse(json.value);
  if (parsed.success) return { ok: true, brief: parsed.data };
  return { ok: false, errors: issuesWithLines(text, briefIssues(parsed.error)) };
}

function briefIssues(error: z.ZodError) {
  const issues = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      const base = toIssues({ issues: [issue] } as z.ZodError)[0]!.path;
      for (const key of issue.keys) {
        issues.push({
          path: base === '(root)' ? key : `${base}.${key}`,
          message: t('bfUnknownField', key),
        });
      }
    } else issues.push(...toIssues({ issues: [issue] } as z.ZodError));
  }
  return issues;
}

/** "watercolor, painting" -> ["watercolor", "painting"]; empty pieces dropped. */
export function splitList(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
