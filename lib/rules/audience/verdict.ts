import type { AudienceAggregate, AudienceThresholds } from '../../model/audience';
import type { Flag } from '../../model/verdict';
import { count, percent } from '../stats';
import { num, pct, say } from '../say';

/**
 * The followers sample in the verdict: a fake-or-inactive share above `flagShare` is a flag naming the
 * accounts behind it (review); above `skipShare` with at least `minSample` accounts it is high (skip).
 * A sample of likers, or of too few followers to say more, never decides alone.
 */
export function audienceFlag(
  a: AudienceAggregate | null | undefined,
  t: AudienceThresholds,
): Flag | null {
  if (!a || a.kind !== 'followers' || a.suspiciousShare === null) return null;
  if (a.suspiciousShare <= t.flagShare) return null;
  const enough = a.sample >= t.minSample;
  const range =
    a.low !== null && a.high !== null ? ` (95% range ${percent(a.low)}–${percent(a.high)})` : '';
  const few = enough ? '' : `; only ${count(a.sample)} read, scroll the followers list for more`;
  const key = `audFlag${range ? 'Range' : ''}${enough ? '' : 'Few'}`;
  const args = [pct(a.suspiciousShare), num(a.suspicious), num(a.sample)];
  if (a.low !== null && a.high !== null) args.push(pct(a.low), pct(a.high));
  return {
    id: 'fake-followers',
    severity: enough && a.suspiciousShare > t.skipShare ? 'high' : 'medium',
    message: `${percent(a.suspiciousShare)} of the followers read look fake or inactive: ${count(a.suspicious)} of ${count(a.sample)}${range}${few}`,
    said: say(key, ...args),
    evidence: a.examples
      .filter((e) => e.suspicious)
      .map((e) => ({
        kind: 'text' as const,
        id: e.handle,
        detail: `@${e.handle}: ${e.reasons.join(', ')}`,
        ...(e.said && e.said.length === e.reasons.length
          ? {
              said: say('evAccountSigns', e.handle, {
                each: e.said.map((said) => ({ said })),
                sep: ', ',
              }),
            }
          : {}),
      })),
  };
}
