import { z } from 'zod';

/**
 * A sentence of the rules as a message of public/_locales: its key and what fills its
 * placeholders, so the UI can say it in the browser's language. The rules write the English text
 * beside it (they import only lib/model); a unit test checks the two say the same.
 */
export const SaidArg = z.union([
  /** Shown as is: a name, a handle, a table's name, a number already written. */
  z.string().max(2000),
  /** A count, grouped the UI language's way ("12,345", "12.345"). */
  z.object({ count: z.number() }).strict(),
  /** A fraction written as a percentage (0.042 → "4.2%"). */
  z.object({ percent: z.number() }).strict(),
  /** A word or phrase that is itself a message ("followers", "high"). */
  z.object({ word: z.string().max(80) }).strict(),
]);
export type SaidArg = z.infer<typeof SaidArg>;

export const Said = z.object({
  key: z.string().min(1).max(80),
  args: z.array(SaidArg).max(9),
});
export type Said = z.infer<typeof Said>;
