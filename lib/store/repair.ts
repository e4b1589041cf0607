import { z } from 'zod';
import { toIssues, type Issue } from '../model/messages';

/** A field's replacement when its stored value is invalid; gets that value to salvage from. */
export type FieldDefault = (invalid: unknown) => unknown;

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Field-by-field repair (Dark Reader's validation.ts): every field that validates is kept, an
 * array keeps its valid elements, anything else gets its default. The issues say what was wrong,
 * so that the original can be reported next to what replaced it. The caller validates the result
 * as a whole; a field without a default (`undefined`) makes that fail on purpose.
 */
export function repairFields(
  raw: Record<string, unknown>,
  shape: Record<string, z.ZodType>,
  defaults: Record<string, FieldDefault>,
): { value: Record<string, unknown>; issues: Issue[] } {
  const value: Record<string, unknown> = {};
  const issues: Issue[] = [];
  for (const [key, field] of Object.entries(shape)) {
    const result = field.safeParse(raw[key]);
    if (result.success) {
      value[key] = result.data;
      continue;
    }
    issues.push(...toIssues(result.error, key));
    const original = raw[key];
    if (field instanceof z.ZodArray && Array.isArray(original)) {
      const element = field.element as z.ZodType;
      value[key] = original.flatMap((item: unknown) => {
        const parsed = element.safeParse(item);
        return parsed.success ? [parsed.data] : [];
      });
    } else {
      value[key] = defaults[key]?.(original);
    }
  }
  return { value, issues };
}

/** A default that repairs a nested object field by field, or starts from `fallback`. */
export function nested(
  shape: Record<string, z.ZodType>,
  fallback: () => Record<string, unknown>,
): FieldDefault {
  return (invalid) => {
    const base = fallback();
    if (!isPlainObject(invalid)) return base;
    const defaults = Object.fromEntries(Object.keys(shape).map((k) => [k, () => base[k]]));
    return repairFields(invalid, shape, defaults).value;
  };
}

/** A default for a record field (`z.record`): the entries whose values validate, the rest dropped. */
export function validEntries(value: z.ZodType): FieldDefault {
  return (invalid) => {
    if (!isPlainObject(invalid)) return {};
    return Object.fromEntries(
      Object.entries(invalid).flatMap(([key, item]) => {
        const parsed = value.safeParse(item);
        return key !== '' && parsed.success ? [[key, parsed.data]] : [];
      }),
    );
  };
}
