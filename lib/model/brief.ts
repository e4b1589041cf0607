import { z } from 'zod';
import { SCHEMA_WORDS } from './schema-words';

/** The campaign brief of design.md (contract): every field but `name` optional; unknown fields are errors. */
export const Brief = z.strictObject({
  name: z.string().trim().min(1),
  brand: z.string().optional(),
  product: z.string().optional(),
  keywords: z.array(z.string()).optional(),
  hashtags: z.array(z.string()).optional(),
  /** ISO 639-1 */
  languages: z.array(z.string().regex(/^[a-z]{2}$/, SCHEMA_WORDS.vmLanguageCode)).optional(),
  /** ISO 3166-1 alpha-2 */
  countries: z.array(z.string().regex(/^[A-Z]{2}$/, SCHEMA_WORDS.vmCountryCode)).optional(),
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
