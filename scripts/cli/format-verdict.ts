import type { Count, PageReading } from '../../lib/model/reading';
import type { Verdict } from '../../lib/model/verdict';

const pct = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(2)}%`);
const count = (c: Count | undefined) =>
  !c || c.value === null
    ? `— (${c?.reason ?? 'not read'})`
    : `${c.value.toLocaleString('en')}${c.exact ? '' : ' (rounded)'} [${c.source}]`;

/** The human-readable form of `scout vet`. */
export function formatVerdict(reading: PageReading, verdict: Verdict): string {
  const lines = [
    `${reading.platform} ${reading.page} ${reading.handle ? `@${reading.handle}` : '(no handle)'}: ${reading.status}${reading.statusReason ? ` — ${reading.statusReason}` : ''}`,
  ];
  if (reading.status !== 'ok') return lines.join('\n');
  const p = reading.profile;
  lines.push(
    `verdict: ${verdict.verdict}`,
    ...verdict.reasons.map((r) => `  - ${r.text}`),
    `followers: ${count(p?.followers)}   following: ${count(p?.following)}   posts: ${count(p?.posts)}`,
    `engagement: ${pct(verdict.scores.engagementRate)} by ${verdict.scores.engagementBasis ?? '—'} over ${verdict.engagement.postsUsed} post${verdict.engagement.postsUsed === 1 ? '' : 's'}`,
    `spam ratio: ${pct(verdict.scores.spamRatio)} (${verdict.spam.message})`,
    `audience fit: ${verdict.scores.audienceFit === null ? '—' : verdict.scores.audienceFit.toFixed(2)}`,
  );
  if (verdict.flags.length)
    lines.push('flags:', ...verdict.flags.map((f) => `  [${f.severity}] ${f.message}`));
  for (const m of reading.missing) lines.push(`couldn't read ${m.field}: ${m.reason}`);
  return lines.join('\n');
}
