import { creatorId, type CreatorRecord } from '../model/creator';
import type { CampaignUpdate } from '../model/messages';
import type { z } from 'zod';
import { applyImport, type CreatorImport, type ImportBasis } from '../results/import-results';

/**
 * The `creator/update-campaigns` changes of a results import: each matched creator's entry in the
 * campaign gets its results with the file's values applied (mapped columns replace, empty cells
 * keep). Only the results field is sent, so whatever else changed meanwhile (a visit, notes) stays.
 */
export function resultsUpdates(
  records: readonly CreatorRecord[],
  imported: readonly CreatorImport[],
  campaignId: string,
  now: string,
  fileName?: string,
  /** The file's basis; absent: each creator's by how their rows matched. */
  basis?: ImportBasis,
): Array<z.input<typeof CampaignUpdate>> {
  const byKey = new Map(records.map((record) => [creatorId(record), record]));
  return imported.flatMap((creator) => {
    const record = byKey.get(creator.key);
    const entry = record?.campaigns.find((e) => e.campaignId === campaignId);
    if (!record || !entry) return [];
    return [
      {
        key: { platform: record.platform, handle: record.handle },
        campaignId,
        patch: { results: applyImport(entry.results, creator, now, fileName, basis) },
      },
    ];
  });
}
