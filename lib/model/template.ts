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

/** An outreach template: text with {placeholders} filled from the creator's readings and the campaign. */
export const Template = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  kind: TemplateKind,
  body: z.string(),
  builtIn: z.boolean(),
});
export type Template = z.infer<typeof Template>;
