import type { Thresholds } from '../../model/settings';
import type { Snapshot } from '../../model/snapshot';
import type { Growth, GrowthFinding, GrowthInterval } from '../../model/verdict';
import { count, DAY_MS, median, percent, timeOf } from '../stats';
import { num, pct, say } from '../say';

interface Point {
  at: string;
  t: number;
  s: Snapshot;
}

function intervalsOf(points: Point[]): GrowthInterval[] {
  const out: GrowthInterval[] = [];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const days = (b.t - a.t) / DAY_MS;
    const f0 = a.s.followers;
    const f1 = b.s.followers;
    out.push({
      from: a.at,
      to: b.at,
      days: Math.round(days * 100) / 100,
      followersFrom: f0,
      followersTo: f1,
      followersPerDay: f0 !== null && f1 !== null && days > 0 ? (f1 - f0) / days : null,
    });
  }
  return out;
}

function spikes(points: Point[], t: Thresholds): GrowthFinding[] {
  const findings: GrowthFinding[] = [];
  const paces = intervalsOf(points);
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    if (a.s.followers === null || b.s.followers === null) continue;
    const gain = b.s.followers - a.s.followers;
    if (gain <= 0) continue;
    const perDay = gain / Math.max((b.t - a.t) / DAY_MS, 1);
    const others = paces.flatMap((p, j) =>
      j !== i - 1 && p.followersPerDay !== null && p.followersPerDay > 0 ? [p.followersPerDay] : [],
    );
    const usual = median(others);
    const relative =
      perDay >= t.spikeShareOfFollowersPerDay * Math.max(a.s.followers, 1) &&
      (usual === null || perDay >= t.spikeFactor * usual);
    if (perDay < t.spikeFollowersPerDay && !relative) continue;
    const top = b.s.topPostViews ?? null;
    const viral = top !== null && top >= t.viralViewsFactor * Math.max(a.s.followers, 1);
    findings.push({
      id: 'follower-spike',
      severity: viral ? 'info' : 'medium',
      message: viral
        ? `+${count(gain)} followers (${count(perDay)}/day) between visits, explained by a post with ${count(top!)} views.`
        : `+${count(gain)} followers (${count(perDay)}/day) between visits with no viral post seen: a stair-step suggests bought followers.`,
      said: viral
        ? say('growthSpikeViral', num(gain), num(perDay), num(top!))
        : say('growthSpike', num(gain), num(perDay)),
      snapshots: [a.at, b.at],
    });
  }
  return findings;
}

function decline(points: Point[], t: Thresholds): GrowthFinding | null {
  const known = points.filter((p) => p.s.followers !== null);
  if (known.length < 2) return null;
  const first = known[0]!;
  const last = known[known.length - 1]!;
  if ((last.t - first.t) / DAY_MS < 3) return null;
  const f0 = first.s.followers!;
  const f1 = last.s.followers!;
  if (f0 <= 0 || f1 >= f0 * (1 - t.declineShare)) return null;
  const peak = Math.max(...known.map((p) => p.s.followers!));
  if (peak > f0 * (1 + t.declineShare)) return null;
  const days = Math.round((last.t - first.t) / DAY_MS);
  return {
    id: 'follower-decline',
    severity: 'medium',
    message: `Followers fell from ${count(f0)} to ${count(f1)} (−${percent((f0 - f1) / f0)}) over ${days} days.`,
    said: say('growthDecline', num(f0), num(f1), pct((f0 - f1) / f0), num(days)),
    snapshots: known.map((p) => p.at),
  };
}

function engagementDrop(points: Point[], t: Thresholds): GrowthFinding | null {
  const now = points[points.length - 1]!;
  const current = now.s.engagementRate;
  if (current === null || now.s.engagementBasis === null) return null;
  const window = points.filter((p) => {
    const days = (now.t - p.t) / DAY_MS;
    return (
      p !== now &&
      days >= t.engagementDropMinDays &&
      days <= t.engagementDropMaxDays &&
      p.s.engagementRate !== null &&
      p.s.engagementRate > 0 &&
      p.s.engagementBasis === now.s.engagementBasis
    );
  });
  if (!window.length) return null;
  const before = window.reduce((a, b) => (b.s.engagementRate! > a.s.engagementRate! ? b : a));
  const was = before.s.engagementRate!;
  if (current > was * (1 - t.engagementDropShare)) return null;
  const days = Math.round((now.t - before.t) / DAY_MS);
  return {
    id: 'engagement-drop',
    severity: 'medium',
    message: `Engagement fell from ${percent(was)} to ${percent(current)} (−${percent((was - current) / was)}) in ${days} day${days === 1 ? '' : 's'}.`,
    said: say(
      'growthEngagementDrop',
      pct(was),
      pct(current),
      pct((was - current) / was),
      num(days),
    ),
    snapshots: [before.at, now.at],
  };
}

/** Growth between visits: followers per day, spikes, decline and engagement drop. */
export function computeGrowth(
  history: readonly Snapshot[],
  current: Snapshot,
  t: Thresholds,
): Growth {
  const nowT = timeOf(current.at) ?? Date.now();
  const points: Point[] = history
    .flatMap((s) => {
      const at = timeOf(s.at);
      return at !== null && at < nowT ? [{ at: s.at, t: at, s }] : [];
    })
    .sort((a, b) => a.t - b.t);
  points.push({ at: current.at, t: nowT, s: current });
  const intervals = intervalsOf(points);
  if (points.length < 2)
    return {
      snapshots: points.length,
      intervals,
      findings: [],
      message: 'first visit: no growth history yet',
    };
  const findings = [...spikes(points, t)];
  const d = decline(points, t);
  if (d) findings.push(d);
  const e = engagementDrop(points, t);
  if (e) findings.push(e);
  const paced = intervals.filter((i) => i.followersPerDay !== null);
  const last = paced[paced.length - 1];
  const message = last
    ? `${points.length} visits; latest pace ${last.followersPerDay! >= 0 ? '+' : ''}${count(last.followersPerDay!)} followers/day`
    : `${points.length} visits; follower counts missing`;
  return { snapshots: points.length, intervals, findings, message };
}
