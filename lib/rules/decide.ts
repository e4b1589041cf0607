import { tableNameArg } from './engagement/table-words';
import type { PageReading } from '../model/reading';
import type { Thresholds } from '../model/settings';
import type { Engagement, Fit, Flag, Reason, SpamSummary, VerdictLabel } from '../model/verdict';
import type { Said } from '../model/said';
import { platformName } from '../model/platforms';
import { num, pct, say, word } from './say';
import { percent } from './stats';

const SEVERITY_WEIGHT = { high: 100, medium: 60, low: 30, info: 10 } as const;

export interface Decision {
  verdict: VerdictLabel;
  reasons: Reason[];
}

/** strong / review / skip / insufficient-data, with the reasons heaviest first. */
export function decide(
  reading: PageReading,
  e: Engagement,
  spam: SpamSummary,
  fit: Fit,
  flags: readonly Flag[],
  hasBrief: boolean,
  t: Thresholds,
): Decision {
  const reasons: Reason[] = flags.map((f) => ({
    weight: SEVERITY_WEIGHT[f.severity],
    direction: 'against',
    text: f.message,
    ...(f.said ? { said: f.said } : {}),
  }));
  const data = (weight: number, text: string, said?: Said) =>
    reasons.push({ weight, direction: 'data', text, ...(said ? { said } : {}) });
  const pro = (weight: number, text: string, said: Said) =>
    reasons.push({ weight, direction: 'for', text, said });

  if (reading.status !== 'ok') {
    const why = reading.statusReason ?? reading.status;
    data(1000, `the page is not usable: ${why}`, say('rsUnusable', why));
    return finish('insufficient-data', reasons);
  }

  const followers = reading.profile?.followers.value ?? null;
  const singlePost = reading.page === 'post' || reading.page === 'video';
  let thin = false;
  const lack = (weight: number, text: string, said?: Said) => {
    thin = true;
    data(weight, text, said);
  };
  if (reading.page === 'other') lack(90, 'not a profile or post page', say('rsNotProfile'));
  if (followers === null) lack(80, 'no follower count on this page', say('rsNoFollowers'));
  if (e.rate === null) {
    const why = noRateReason(reading, e);
    lack(75, why.text, why.said);
  } else if (singlePost)
    lack(50, 'one post only: open the profile for a median over recent posts', say('rsOnePost'));
  else if (e.postsUsed < t.minPosts)
    lack(
      70,
      `only ${e.postsUsed} usable post${e.postsUsed === 1 ? '' : 's'}: at least ${t.minPosts} needed`,
      say('rsFewPosts', num(e.postsUsed), num(t.minPosts)),
    );
  if (e.rate !== null && e.rating === null) {
    const name = platformName(reading.platform);
    lack(
      20,
      `no benchmark band for this follower count on ${name}: engagement not rated`,
      say('rsNoBand', name),
    );
  }
  if (!spam.enough)
    lack(
      40,
      spam.audienceComments
        ? `only ${spam.audienceComments} audience comment${spam.audienceComments === 1 ? '' : 's'} read: at least ${spam.minimum} needed to judge spam`
        : 'no audience comments read',
      spam.audienceComments
        ? say('rsFewComments', num(spam.audienceComments), num(spam.minimum))
        : say('rsNoComments'),
    );
  if (hasBrief && fit.score === null) lack(30, `audience fit not measured: ${fit.message}`);
  for (const c of fit.components)
    if (c.score === null && c.id === 'language') data(5, c.message, c.said);

  // The rating may use the other basis than the headline (a TikTok tier with no views benchmark
  // is rated by followers): quote the rate that was rated.
  const rated = e.rating?.basis === 'views' ? e.viewRate : e.followerRate;
  if (e.rating && e.rating.level !== 'low' && rated !== null)
    pro(
      e.rating.level === 'high' ? 50 : 40,
      `engagement ${percent(rated)} by ${e.rating.basis} is ${e.rating.level} for the tier (${e.rating.tableName})`,
      say(
        'rsRated',
        pct(rated),
        word(BASIS_WORD[e.rating.basis]),
        word(LEVEL_WORD[e.rating.level]),
        tableNameArg(e.rating),
      ),
    );
  if (spam.enough && spam.ratio !== null && spam.ratio <= t.spamStrongMax)
    pro(
      40,
      `comments look real: ${percent(spam.ratio)} spam of ${spam.audienceComments}`,
      say('rsCommentsReal', pct(spam.ratio), num(spam.audienceComments)),
    );
  if (fit.score !== null && fit.score >= t.minFit)
    pro(35, `audience fit ${percent(fit.score)}`, say('rsFit', pct(fit.score)));

  if (flags.some((f) => f.severity === 'high')) return finish('skip', reasons);
  if (e.rate === null && !spam.enough) return finish('insufficient-data', reasons);
  const blocking = flags.some((f) => f.severity === 'medium');
  const strong =
    !thin &&
    !blocking &&
    e.rating !== null &&
    e.rating.level !== 'low' &&
    spam.ratio !== null &&
    spam.ratio <= t.spamStrongMax &&
    (!hasBrief || (fit.score !== null && fit.score >= t.minFit));
  return finish(strong ? 'strong' : 'review', reasons);
}

function finish(verdict: VerdictLabel, reasons: Reason[]): Decision {
  return { verdict, reasons: [...reasons].sort((a, b) => b.weight - a.weight) };
}

const BASIS_WORD = { followers: 'wordFollowers', views: 'wordViews' } as const;
const LEVEL_WORD = { low: 'wordLow', average: 'wordAverage', high: 'wordHigh' } as const;

/** Why there is no rate: no post with counts, or counts read with nothing to divide them by. */
function noRateReason(reading: PageReading, e: Engagement): { text: string; said: Said } {
  const implausible = (p: Engagement['posts'][number]) => p.marks.includes('implausible');
  if (
    e.posts.some(implausible) &&
    e.posts.every((p) => implausible(p) || p.likes === null || p.comments === null)
  )
    return {
      text: 'no engagement rate: the counts read contradict each other (see the flag)',
      said: say('rsNoRateContradict'),
    };
  const counted = reading.posts.some((p) => p.likes.value !== null && p.comments.value !== null);
  if (!counted)
    return {
      text: 'no engagement rate: no usable post with counts',
      said: say('rsNoRateNoCounts'),
    };
  return reading.page === 'post' || reading.page === 'video'
    ? {
        text: "no engagement rate: the post's likes and comments were read, but this page shows no follower or view count to divide them by (open the creator's profile)",
        said: say('rsNoRatePost'),
      }
    : {
        text: "no engagement rate: the posts' likes and comments were read, but no follower or view count to divide them by",
        said: say('rsNoRatePosts'),
      };
}
