import { z } from 'zod';

/**
 * A sentence of the rules as a message of public/_locales: its key and what fills its
 * placeholders, so the UI can say it in the browser's language. The rules write the English text
 * beside it (they import only lib/model); a unit test checks the two say the same.
 */
export type SaidArg =
  | string
  | { count: number }
  | { percent: number }
  | { word: string }
  | { said: Said }
  | { language: string }
  | { reason: string }
  | { each: SaidArg[]; sep: '; ' | ', ' };
export interface Said {
  key: string;
  args: SaidArg[];
}

export const SaidArg: z.ZodType<SaidArg> = z.lazy(() =>
  z.union([
    /** Shown as is: a name, a handle, a table's name, a number already written. */
    z.string().max(2000),
    /** A count, grouped the UI language's way ("12,345", "12.345"). */
    z.object({ count: z.number() }).strict(),
    /** A fraction written as a percentage (0.042 → "4.2%"). */
    z.object({ percent: z.number() }).strict(),
    /** A word or phrase that is itself a message ("followers", "high"). */
    z.object({ word: z.string().max(80) }).strict(),
    /** A part of the sentence that is itself a rules sentence ("post 123: 5 likes but only 2 views"). */
    z.object({ said: Said }).strict(),
    /** A language code, named in the UI language ("es" → "Spanish", "Spanisch"). */
    z.object({ language: z.string().max(20) }).strict(),
    /** A comment classifier's reason (its English), said the UI language's way where a message says it. */
    z.object({ reason: z.string().max(2000) }).strict(),
    /** Parts written one after another with a separator ("no name, no posts"). */
    z.object({ each: z.array(SaidArg).max(20), sep: z.enum(['; ', ', ']) }).strict(),
  ]),
);

export const Said: z.ZodType<Said> = z.object({
  key: z.string().min(1).max(80),
  args: z.array(SaidArg).max(9),
});
