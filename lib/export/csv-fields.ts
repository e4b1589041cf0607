import { z } from 'zod';
import { blockText, inlineText } from '../outreach/plain-text';

/**
 * zod fields for CSV import schemas: every cell arrives as a string (or undefined for an optional
 * column absent from the file). Numbers are strict: digits with an optional "-" and a "." for
 * decimals, an optional currency sign; "1,234" is rejected rather than guessed (it is 1234 in
 * English and 1.234 in German).
 */

const NUMBER = /^-?\d+(?:\.\d+)?$/;
const CURRENCY = /^[$€£¥]\s*|\s*[$€£¥]$/g;

function toNumber(cell: string, ctx: z.RefinementCtx, min: number | undefined): number | null {
  const text = cell.replace(CURRENCY, '').trim();
  if (text === '') return null;
  if (!NUMBER.test(text)) {
    ctx.addIssue({
      code: 'custom',
      message: `"${inlineText(cell, 40)}" is not a number (write 1234.5: no thousands separators, a dot for decimals)`,
    });
    return z.NEVER;
  }
  const value = Number(text);
  if (min !== undefined && value < min) {
    ctx.addIssue({ code: 'custom', message: `must be at least ${min}` });
    return z.NEVER;
  }
  return value;
}

/** A required number cell. */
export function csvNumber(options: { min?: number } = {}) {
  return z.string().transform((cell, ctx) => {
    const value = toNumber(cell, ctx, options.min);
    if (value === null) {
      ctx.addIssue({ code: 'custom', message: 'required' });
      return z.NEVER;
    }
    return value;
  });
}

/** An optional number cell: empty or absent column → null. */
export function csvOptionalNumber(options: { min?: number } = {}) {
  return z
    .string()
    .optional()
    .transform((cell, ctx) => (cell === undefined ? null : toNumber(cell, ctx, options.min)));
}

/** A required text cell, cleaned of control and bidi characters and capped. */
export function csvText(options: { max?: number; multiline?: boolean } = {}) {
  const { max = 500, multiline = false } = options;
  return z
    .string()
    .transform((cell) => (multiline ? blockText(cell, max) : inlineText(cell, max)))
    .pipe(z.string().min(1, 'required'));
}

/** An optional text cell: empty or absent column → null. */
export function csvOptionalText(options: { max?: number; multiline?: boolean } = {}) {
  const { max = 500, multiline = false } = options;
  return z
    .string()
    .optional()
    .transform((cell) => {
      if (cell === undefined) return null;
      const text = multiline ? blockText(cell, max) : inlineText(cell, max);
      return text === '' ? null : text;
    });
}
