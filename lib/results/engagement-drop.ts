import type { Snapshot } from '../model/snapshot';

/**
 * Mid-campaign engagement drop (domain.md, "Follower growth"): a fall of 50% or more over 2–3
 * weeks warrants pausing or renegotiating. Compares the latest visit with each visit 14–21 days
 * before it (days rounded to the nearest whole day), using the same engagement basis only (a
 * views-based TikTok rate is ~10× a followers-based one: comparing them would invent a drop).
 */
export interface DropOptions {
  /** Fraction of the reference rate lost that raises the alert; 0.5 by default. */
  minDrop?: number;
  /** The reference window, in days before the latest visit; 14–21 by default. */
  minDays?: number;
  maxDays?: number;
  /** ISO time: ignore visits before it (e.g. the campaign start). */
  since?: string;
}

export type DropReason =
  'drop' | 'no-drop' | 'no-engagement-rate' | 'no-reference' | 'zero-reference';

export interface EngagementDrop {
  alert: boolean;
  reason: DropReason;
  /** 1 − latest ÷ reference (0.55 = 55% lower; negative when engagement rose); null without a reference. */
  drop: number | null;
  /** The visit compared against: the highest rate in the window. */
  from: Snapshot | null;
  /** The latest visit with an engagement rate. */
  to: Snapshot | null;
  /** Every same-basis visit from `from` to `to` in time order: the evidence to chart. */
  snapshots: Snapshot[];
}

const DAY = 86_400_000;

export function engagementDrop(
  snapshots: readonly Snapshot[],
  options: DropOptions = {},
): EngagementDrop {
  const { minDrop = 0.5, minDays = 14, maxDays = 21 } = options;
  const since = options.since === undefined ? -Infinity : Date.parse(options.since);
  const usable = snapshots
    .map((snapshot) => ({ snapshot, time: Date.parse(snapshot.at) }))
    .filter(
      ({ snapshot, time }) =>
        Number.isFinite(time) && time >= since && isRate(snapshot.engagementRate),
    )
    .sort((a, b) => a.time - b.time);

  const latest = usable.at(-1);
  if (!latest) return none('no-engagement-rate', null);
  const basis = latest.snapshot.engagementBasis;
  const sameBasis = usable.filter(({ snapshot }) => snapshot.engagementBasis === basis);
  const references = sameBasis.filter(({ time }) => {
    const days = Math.round((latest.time - time) / DAY);
    return days >= minDays && days <= maxDays;
  });
  if (references.length === 0) return none('no-reference', latest.snapshot);

  // The highest rate in the window: a fall from any visit 2–3 weeks ago counts.
  const from = references.reduce((best, item) =>
    item.snapshot.engagementRate! > best.snapshot.engagementRate! ? item : best,
  );
  const reference = from.snapshot.engagementRate!;
  const evidence = sameBasis
    .filter(({ time }) => time >= from.time && time <= latest.time)
    .map(({ snapshot }) => snapshot);
  if (reference <= 0) {
    return {
      alert: false,
      reason: 'zero-reference',
      drop: null,
      from: from.snapshot,
      to: latest.snapshot,
      snapshots: evidence,
    };
  }
  const drop = 1 - latest.snapshot.engagementRate! / reference;
  const alert = drop >= minDrop - 1e-9;
  return {
    alert,
    reason: alert ? 'drop' : 'no-drop',
    drop,
    from: from.snapshot,
    to: latest.snapshot,
    snapshots: evidence,
  };
}

function isRate(value: number | null): value is number {
  return value !== null && Number.isFinite(value) && value >= 0;
}

function none(reason: DropReason, to: Snapshot | null): EngagementDrop {
  return { alert: false, reason, drop: null, from: null, to, snapshots: to ? [to] : [] };
}
