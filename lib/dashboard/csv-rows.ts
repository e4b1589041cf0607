import type { ShortlistCsvRow } from '../export/shortlist-csv';
import type { Campaign } from '../model/campaign';
import { roas } from '../results/ratios';
import { reportInputFromResult } from '../results/report';
import { visitEngagements } from './deliverables-view';
import type { CreatorRow } from './rows';

/**
 * A table row as the CSV export writes it, with the entry's results and the payment its offer
 * (or override) gives. Page text goes out as written: lib/export neutralises formulas.
 */
export function csvRow(row: CreatorRow, campaigns: ReadonlyMap<string, Campaign>): ShortlistCsvRow {
  const entry = row.entry;
  const campaign = entry?.campaignId ? campaigns.get(entry.campaignId) : undefined;
  const result = entry?.results ?? null;
  const report = result
    ? reportInputFromResult(row.id, row.handle, result, entry?.offerOverride ?? campaign?.offer)
    : null;
  return {
    platform: row.platform,
    handle: row.handle,
    displayName: row.displayName,
    profileUrl: row.profileUrl,
    followers: row.followers,
    tier: row.tier?.id ?? null,
    engagementRate: row.engagementRate,
    engagementBasis: row.engagementBasis ?? null,
    spamRatio: row.spamRatio,
    spamTooFew: row.spamTooFew,
    audienceFit: row.audienceFit,
    verdict: row.verdict,
    status: entry ? entry.status : null,
    campaign: row.campaignName,
    tags: row.tags,
    log: row.log,
    emails: row.emails,
    contactLinks: row.contactLinks,
    discountCode: row.code,
    trackedLink: row.link,
    affiliateLink: row.affiliateLink,
    publishAt: entry?.publishAt ?? null,
    firstSeen: row.firstSeen,
    lastVisited: row.lastVisit,
    impressions: result?.impressions ?? null,
    clicks: result?.clicks ?? null,
    conversions: result?.conversions ?? null,
    revenue: result?.revenue ?? null,
    resultsBasis:
      result && (result.conversions !== null || result.revenue !== null) ? result.basis : null,
    payment: report?.spend ?? null,
    roas: report ? roas(report.revenue, report.spend) : null,
    ...deliverableColumns(row),
  };
}

function deliverableColumns(
  row: CreatorRow,
): Pick<
  ShortlistCsvRow,
  'deliverables' | 'deliverableLinks' | 'deliverableFormats' | 'deliverableEngagements'
> {
  const list = row.entry?.campaignId ? row.entry.deliverables : null;
  const read = (list ?? []).flatMap((d) => {
    const last = d.visits.at(-1);
    const value = last ? visitEngagements(last, row.platform) : null;
    return value === null ? [] : [value];
  });
  return {
    deliverables: list ? list.length : null,
    deliverableLinks: (list ?? []).map((d) => d.url ?? d.postId),
    deliverableFormats: (list ?? []).map((d) => d.format ?? 'unknown'),
    deliverableEngagements: read.length ? read.reduce((a, b) => a + b, 0) : null,
  };
}
