/**
 * Caption markers, kept as data (lower-case, sorted, unique; tests check this).
 * Matched against the lower-cased caption with word boundaries.
 */

/** Giveaway / contest posts: inflated engagement, an outlier for the median. */
export const giveawayWords = [
  'concorso',
  'concours',
  'gewinnspiel',
  'giveaway',
  'sorteio',
  'sorteo',
  'verlosung',
] as const;

/** Disclosure of a paid or gifted post (FTC #ad, EU equivalents). */
export const disclosureTags = [
  '#ad',
  '#advert',
  '#advertising',
  '#anuncio',
  '#anzeige',
  '#collab',
  '#gifted',
  '#paidpartnership',
  '#partenariat',
  '#partner',
  '#pubblicità',
  '#publi',
  '#publicidad',
  '#publicidade',
  '#publicite',
  '#publicité',
  '#sponsored',
  '#sponsorisé',
  '#sponsorizzato',
  '#werbung',
] as const;

/** Phrases that disclose a partnership in words. */
export const disclosurePhrases = [
  'in collaborazione con',
  'in partnership with',
  'paid partnership',
  'partenariat rémunéré',
  'sponsored by',
  'unbezahlte werbung',
  'werbung',
] as const;

/** Signs that a post promotes a brand (discount codes, affiliate links, thanks for sending). */
export const promotionPhrases = [
  'affiliate link',
  'code promo',
  'cupom',
  'cupón',
  'código',
  'discount code',
  'partnered with',
  'promo code',
  'rabattcode',
  'thanks for sending',
  'use code',
  'use my code',
] as const;
