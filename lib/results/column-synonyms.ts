import type { ImportField } from './column-mapping';

/**
 * Header names seen in shop and analytics exports, per field, most specific first. Compared after
 * normalizeHeader (lower case, brackets dropped, punctuation to spaces).
 * - Shopify "Sales by discount" report: Discount name / Discount code, Orders, Gross sales,
 *   Discounts, Net sales, Total sales.
 * - GA4 traffic acquisition by "Session manual ad content" (utm_content): Sessions, Key events /
 *   Conversions, Ecommerce purchases, Purchase revenue / Total revenue.
 */
export const columnSynonyms: Record<ImportField, readonly string[]> = {
  handle: ['handle', 'creator handle', 'creator', 'influencer', 'username', 'user name', 'account'],
  code: [
    'discount code',
    'code',
    'coupon code',
    'coupon',
    'promo code',
    'order coupon',
    'discount name',
  ],
  link: [
    'utm content',
    'session manual ad content',
    'manual ad content',
    'first user manual ad content',
    'ad content',
    'tracking link',
    'tracked link',
    'link',
    'url',
    'landing page query string',
    'landing page',
  ],
  impressions: ['impressions', 'views', 'video views', 'plays', 'reach'],
  clicks: ['clicks', 'link clicks', 'sessions', 'visits', 'total users', 'users'],
  conversions: [
    'conversions',
    'orders',
    'purchases',
    'ecommerce purchases',
    'transactions',
    'key events',
    'total orders',
  ],
  revenue: [
    'revenue',
    'net sales',
    'purchase revenue',
    'total revenue',
    'total sales',
    'sales',
    'gross sales',
  ],
  spend: ['spend', 'payment', 'creator payment', 'amount paid', 'fee', 'cost'],
};

/** "Total sales ($)" -> "total sales"; "utm_content" -> "utm content". */
export function normalizeHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
