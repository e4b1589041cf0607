import { num, say } from '../say';
import { followerSpan } from './follower-span';
import type { Brief } from '../../model/brief';
import type { PageReading } from '../../model/reading';
import type { Evidence, Flag } from '../../model/verdict';
import { excerpt } from '../text';
import { topicHit, topicText } from './topic-match';
import { creatorTexts } from './fit';

function mentionsOf(reading: PageReading, terms: readonly string[]): Evidence[] {
  const evidence: Evidence[] = [];
  const mentionsById = new Map(reading.posts.map((p) => [p.id, p.mentions]));
  for (const t of creatorTexts(reading)) {
    const text = topicText(t.folded, t.tags, mentionsById.get(t.id) ?? []);
    for (const term of terms) {
      const hit = topicHit(text, term);
      if (hit === null) continue;
      const what = hit === term.trim() ? term : `${term} (${hit})`;
      evidence.push({ kind: t.kind, id: t.id, detail: `${what}: "${excerpt(t.raw, 60)}"` });
    }
  }
  return evidence;
}

/** Competitors mentioned and excluded topics present in bio, captions, hashtags or mentions. */
export function briefFlags(reading: PageReading, brief: Brief | null | undefined): Flag[] {
  if (!brief) return [];
  const flags: Flag[] = [];
  const competitors = mentionsOf(reading, brief.competitors ?? []);
  if (competitors.length)
    flags.push({
      id: 'competitor-mentioned',
      severity: 'medium',
      message: `Mentions a competitor in ${competitors.length} place${competitors.length === 1 ? '' : 's'}.`,
      said:
        competitors.length === 1
          ? say('flCompetitorOne')
          : say('flCompetitorMany', num(competitors.length)),
      evidence: competitors,
    });
  const excluded = mentionsOf(reading, brief.excludedTopics ?? []);
  if (excluded.length)
    flags.push({
      id: 'excluded-topic',
      severity:
        excluded.length >= 2 || excluded.some((e) => e.kind === 'profile') ? 'high' : 'medium',
      message: `Touches an excluded topic in ${excluded.length} place${excluded.length === 1 ? '' : 's'}.`,
      said:
        excluded.length === 1 ? say('flExcludedOne') : say('flExcludedMany', num(excluded.length)),
      evidence: excluded,
    });
  const range = followerRangeFlag(reading.profile?.followers.value ?? null, brief.followers);
  if (range) flags.push(range);
  return flags;
}

const RANGE_KEYS = {
  below: { near: 'flBelowRangeNear', far: 'flBelowRangeFar' },
  above: { near: 'flAboveRangeNear', far: 'flAboveRangeFar' },
} as const;

/** Within this share of a bound, a count outside the brief's range is "just outside". */
const RANGE_MARGIN = 0.1;
const count = (n: number) => n.toLocaleString('en-US');

/**
 * The brief's follower range is a hard limit: outside it the creator is not for this campaign
 * (high: skip), unless just outside a bound (medium: never "strong", worth a look).
 */
function followerRangeFlag(followers: number | null, range: Brief['followers']): Flag | null {
  if (!range || followers === null) return null;
  const below = range.min !== undefined && followers < range.min;
  const above = range.max !== undefined && followers > range.max;
  if (!below && !above) return null;
  const bound = below ? range.min! : range.max!;
  const near = Math.abs(followers - bound) <= bound * RANGE_MARGIN;
  const span = followerSpan(range);
  return {
    id: 'followers-outside-range',
    severity: near ? 'medium' : 'high',
    message: `${count(followers)} follower${followers === 1 ? '' : 's'} is ${below ? 'below' : 'above'} the brief's range (${span.text})${near ? ', just outside it' : ': not a creator for this campaign'}.`,
    said: say(RANGE_KEYS[below ? 'below' : 'above'][near ? 'near' : 'far'], num(followers), {
      said: span.said,
    }),
    evidence: [
      {
        kind: 'profile',
        id: 'followers',
        detail: count(followers),
        said: say('evCount', num(followers)),
      },
    ],
  };
}
