import { z } from 'zod';

/** What one creator produced for one campaign, entered by hand or imported from a shop/analytics CSV. */
export const CampaignResult = z.object({
  impressions: z.number().nonnegative().nullable(),
  clicks: z.number().nonnegative().nullable(),
  conversions: z.number().nonnegative().nullable(),
  revenue: z.number().nonnegative().nullable(),
  /** Set by hand when the payment differs from what the offer computes. */
  paymentOverride: z.number().nonnegative().nullable(),
  /** The file an imported payment came from; null or absent when it was entered by hand. */
  paymentFrom: z.string().max(200).nullable().optional(),
  /** ISO 8601 of the last change. */
  updatedAt: z.string(),
});
export type CampaignResult = z.infer<typeof CampaignResult>;
