import { z } from 'zod';
import { isoTime } from './iso-time';

const figure = z.number().nonnegative().nullable();

/**
 * Where a result's conversions and revenue come from: orders by the creator's discount code
 * (`code`), sessions and conversions by their tracked link's utm_content (`link`), a sheet by
 * handle (`handle`), typed by hand (`hand`), or `unknown` (imported before the basis was kept).
 */
export const ResultBasis = z.enum(['code', 'link', 'handle', 'hand', 'unknown']);
export type ResultBasis = z.infer<typeof ResultBasis>;

/** The two bases that can be compared: the method asks for both a code and a link per creator. */
export const AttributionBasis = z.enum(['code', 'link']);
export type AttributionBasis = z.infer<typeof AttributionBasis>;

/** What the last import of one basis brought for a creator, kept beside the figures in use. */
export const BasisFigures = z.object({
  basis: AttributionBasis,
  clicks: figure,
  conversions: figure,
  revenue: figure,
  /** The file's name. */
  from: z.string().max(200).nullable(),
  at: isoTime,
});
export type BasisFigures = z.infer<typeof BasisFigures>;

/** What one creator produced for one campaign, entered by hand or imported from a shop/analytics CSV. */
export const CampaignResult = z.object({
  impressions: figure,
  clicks: figure,
  conversions: figure,
  revenue: figure,
  /** Set by hand when the payment differs from what the offer computes. */
  paymentOverride: figure,
  /** The file an imported payment came from; null or absent when it was entered by hand. */
  paymentFrom: z.string().max(200).nullable().optional(),
  /** Where the conversions and revenue above come from. */
  basis: ResultBasis,
  /** The last code-based and the last link-based import, at most one of each, for the comparison. */
  byBasis: z
    .array(BasisFigures)
    .max(2)
    .refine((list) => new Set(list.map((f) => f.basis)).size === list.length, {
      message: 'one entry per basis',
    }),
  /** ISO 8601 of the last change. */
  updatedAt: z.string(),
});
export type CampaignResult = z.infer<typeof CampaignResult>;

/** A result with no figures yet (a creator in the campaign before anything is entered or imported). */
export const noResult = (updatedAt: string): CampaignResult => ({
  impressions: null,
  clicks: null,
  conversions: null,
  revenue: null,
  paymentOverride: null,
  basis: 'unknown',
  byBasis: [],
  updatedAt,
});
