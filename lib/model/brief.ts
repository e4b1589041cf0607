import { z } from 'zod';

/** The campaign brief of design.md (contract): every field but `name` optional; unknown fields are errors. */
export const Brief = z.strictObject({
  name: z.string().trim().min(1),
  brand: z.string().optional(),
  product: z.string().optional(),
  keywords: z.array(z.string()).optional(),
  hashtags: z.array(z.string()).optional(),
  /** ISO 639-1 */
  languages: z
    .array(z.string().regex(/^[a-z]{2}$/, 'expected an ISO 639-1 code such as "en"'))
    .optional(),
  /** ISO 3166-1 alpha-2 */
  countries: z
    .array(z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code such as "US"'))
    .optional(),
  competitors: z.array(z.string()).optional(),
  excludedTopics: z.array(z.string()).optional(),
  followers: z
    .strictObject({
      min: z.number().nonnegative().optional(),
      max: z.number().nonnegative().optional(),
    })
    .optional(),
});
export type Brief = z.infer<typeof Brief>;
