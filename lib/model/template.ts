import { z } from 'zod';

export const TemplateKind = z.enum([
  'first-contact',
  'follow-up',
  'ambassador',
  'counter-offer',
  'thank-you',
  'custom',
]);
export type TemplateKind = z.infer<typeof TemplateKind>;

/** The languages the extension speaks (public/_locales): a draft can be written in any of them. */
export const DraftLanguage = z.enum(['en', 'es', 'fr', 'pt', 'de']);
export type DraftLanguage = z.infer<typeof DraftLanguage>;

/** An outreach template: text with {placeholders} filled from the creator's readings and the campaign. */
export const Template = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  kind: TemplateKind,
  body: z.string(),
  builtIn: z.boolean(),
  /** The language its text is written in; absent on built-in templates, which follow the draft's language. */
  language: DraftLanguage.optional(),
});
export type Template = z.infer<typeof Template>;
