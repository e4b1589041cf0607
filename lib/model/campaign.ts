import { z } from 'zod';
import { Brief } from './brief';
import { Offer } from './offer';

const isoTime = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'expected an ISO 8601 time');
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date such as 2026-03-01');
const httpUrl = z
  .string()
  .refine((s) => /^https?:\/\//i.test(s) && URL.canParse(s), 'expected an http(s) URL');

/** What the user edits: a campaign without the fields the store assigns. */
export const CampaignInput = z.object({
  name: z.string().trim().min(1),
  brief: Brief.nullable(),
  startsOn: day.nullable(),
  endsOn: day.nullable(),
  offer: Offer.nullable(),
  /** Outreach templates offered for this campaign (Template ids). */
  templateIds: z.array(z.string().min(1)),
  /** The page tracked links point to; UTM parameters are added per creator. */
  landingUrl: httpUrl.nullable(),
  /** The discount the creators' codes give ("JANE15" for 15); null when codes carry no number. */
  discountPct: z.number().int().min(1).max(100).nullable().default(null),
});
export type CampaignInput = z.infer<typeof CampaignInput>;

export const Campaign = CampaignInput.extend({
  id: z.string().min(1),
  createdAt: isoTime,
  updatedAt: isoTime,
});
export type Campaign = z.infer<typeof Campaign>;
