import { AudienceAggregate } from '../model/audience';
import type { CreatorRecord } from '../model/creator';

/** One visit at which the followers list was read. */
export interface AudienceVisit {
  at: string;
  /** Accounts read. */
  sample: number;
  /** Share that looked fake or inactive (0..1). */
  share: number;
}

/** The visits that read a followers list, oldest first. */
export function audienceVisits(record: Pick<CreatorRecord, 'snapshots'>): AudienceVisit[] {
  return record.snapshots
    .flatMap((s) =>
      s.audienceSample != null && s.audienceSample > 0 && s.audienceFakeShare != null
        ? [{ at: s.at, sample: s.audienceSample, share: s.audienceFakeShare }]
        : [],
    )
    .filter((v) => Number.isFinite(Date.parse(v.at)))
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

/** The sample the last reading kept (aggregate and at most ten handles), or null. */
export function lastAudience(record: Pick<CreatorRecord, 'lastReading'>): AudienceAggregate | null {
  const parsed = AudienceAggregate.safeParse(record.lastReading?.verdict?.audience);
  return parsed.success ? parsed.data : null;
}
