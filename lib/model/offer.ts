import { z } from 'zod';

/** The compensation models of domain.md's outreach section. Amounts in `currency` units, percentages 0..100. */
export const OfferModel = z.enum(['flat', 'affiliate', 'hybrid', 'product', 'bonus']);
export type OfferModel = z.infer<typeof OfferModel>;

export const Offer = z.object({
  model: OfferModel,
  flatFee: z.number().nonnegative().optional(),
  commissionPct: z.number().min(0).max(100).optional(),
  /** Retail value of the product sent (model `product`). */
  productValue: z.number().nonnegative().optional(),
  /** Paid on top of the flat fee when the attributed revenue reaches `bonusTarget` (model `bonus`). */
  bonusAmount: z.number().nonnegative().optional(),
  bonusTarget: z.number().positive().optional(),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .default('USD'),
  postsCount: z.number().int().positive().optional(),
});
export type Offer = z.infer<typeof Offer>;
