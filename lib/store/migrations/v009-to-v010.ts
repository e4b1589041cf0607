import type { Migration } from './types';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Version 10: a result says what its conversions and revenue rest on (orders by discount code,
 * conversions by the tracked link's utm_content, a sheet by handle, typed by hand) and keeps the
 * last code-based and link-based imports side by side; a creator has an affiliate link. Older
 * results never recorded how their rows were matched: they become `unknown`, figures unchanged,
 * with no per-basis import to compare. No creator had an affiliate link.
 */
export const v009ToV010: Migration = {
  from: 9,
  description:
    'results say their attribution basis (unknown before) and keep code and link imports apart; creators have an affiliate link (none before)',
  creator: (value) => ({
    ...value,
    affiliateLink: value.affiliateLink ?? null,
    ...(Array.isArray(value.campaigns) && {
      campaigns: value.campaigns.map((entry) =>
        isObject(entry) && isObject(entry.results)
          ? {
              ...entry,
              results: {
                ...entry.results,
                basis: entry.results.basis ?? 'unknown',
                byBasis: entry.results.byBasis ?? [],
              },
            }
          : entry,
      ),
    }),
  }),
};
