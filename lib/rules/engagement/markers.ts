/**
 * Caption markers, kept as data (lower-case, sorted, unique; tests check this).
 * Matched against the folded caption with word boundaries. Disclosures (#ad, "paid partnership")
 * are in lib/rules/caption/disclosure.ts, the one list the caption check uses too.
 */

/** Giveaway / contest posts: inflated engagement, an outlier for the median. */
export const giveawayWords = [
  'concorso',
  'concours',
  'concurso',
  'gewinnspiel',
  'giveaway',
  'rozdanie',
  'sorteggio',
  'sorteio',
  'sorteo',
  'verlosung',
  'winactie',
  'çekiliş',
] as const;

/**
 * Signs that a post promotes a brand without saying so (discount codes, affiliate links, thanks
 * for sending), in the languages of the disclosure list.
 */
export const promotionPhrases = [
  'affiliate link',
  'affiliate-link',
  'code de réduction',
  'code promo',
  'codice sconto',
  'cupom',
  'cupom de desconto',
  'cupón',
  'código',
  'código de descuento',
  'discount code',
  'gutscheincode',
  'indirim kodu',
  'kod rabatowy',
  'kode diskon',
  'kode promo',
  'kortingscode',
  'lien affilié',
  'link affiliato',
  'link de afiliado',
  'partnered with',
  'promo code',
  'rabattcode',
  'thanks for sending',
  'usa il codice',
  'usa mi código',
  'use code',
  'use my code',
] as const;

/**
 * Hashtags that say a brand is involved but not that the post is paid: regulators do not accept
 * them as a disclosure (ASA, FTC: "#collab", "#partner" are ambiguous), so they mark a post as
 * sponsored-looking, not disclosed.
 */
export const promotionTags = ['#brandpartner', '#collab', '#partner'] as const;
