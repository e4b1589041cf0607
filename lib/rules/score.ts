import type { AudienceAggregate } from '../model/audience';
import type { Brief } from '../model/brief';
import type { CommentReading, PageReading } from '../model/reading';
import { defaultRuleSettings, type RuleSettings } from '../model/settings';
import type { Snapshot } from '../model/snapshot';
import type { Flag, Verdict } from '../model/verdict';
import { commentFlags } from './comment-flags';
import { labelComments, summarizeSpam } from './comments/label-reading';
import { decide } from './decide';
import { computeEngagement } from './engagement/engagement';
import { implausibleFlag } from './engagement/implausible';
import { audienceFlag } from './audience/verdict';
import { accountFlags } from './flags/account';
import { belowBandFlag, likesSpreadFlag, redFlagRateFlag, sponsoredFlags } from './flags/posts';
import { briefFlags } from './fit/brief-flags';
import type { LanguageDetector } from './fit/detector';
import { computeFit } from './fit/fit';
import { computeGrowth } from './growth/growth';
import { toSnapshot } from './snapshot';

export interface ScoreContext {
  brief?: Brief | null;
  /** Earlier visits' snapshots of this creator (any order). */
  history?: readonly Snapshot[];
  settings?: RuleSettings;
  now?: Date;
  /** Comments read earlier on this creator's other posts: more evidence, and copy-paste detection. */
  extraComments?: readonly CommentReading[];
  /** Language detector for audience fit (see fit/language.ts); without it, language is not checked. */
  detectLanguage?: LanguageDetector;
  /** The followers sample the page loaded (lib/rules/audience), when the list was opened. */
  audience?: AudienceAggregate | null;
}

const severityOrder = { high: 0, medium: 1, low: 2, info: 3 } as const;

function score(reading: PageReading, context: ScoreContext): Verdict {
  const settings = context.settings ?? defaultRuleSettings;
  const t = settings.thresholds;
  const now = context.now ?? new Date(reading.readAt);
  const nowMs = Number.isFinite(now.getTime()) ? now.getTime() : Date.now();
  const at = new Date(nowMs).toISOString();
  const usable = reading.status === 'ok';

  const engagement = computeEngagement(
    usable ? reading : { ...reading, posts: [] },
    settings,
    nowMs,
  );
  const comments = usable ? [...reading.comments, ...(context.extraComments ?? [])] : [];
  const labelled = labelComments(
    comments,
    reading.handle ?? reading.profile?.handle ?? null,
    reading.posts,
  );
  const spam = summarizeSpam(labelled, t.minComments);
  const fit = computeFit(reading, context.brief, labelled, context.detectLanguage);
  const singlePost = reading.page === 'post' || reading.page === 'video';

  const audience = usable ? (context.audience ?? null) : null;
  const current = toSnapshot(reading, { engagement, spam, audience }, at);
  const growth = computeGrowth(context.history ?? [], current, t);

  const flags: Flag[] = [];
  if (usable) {
    const implausible = implausibleFlag(reading);
    if (implausible) flags.push(implausible);
    const red = redFlagRateFlag(engagement, t);
    if (red) flags.push(red);
    const below = belowBandFlag(engagement);
    if (below) flags.push(below);
    const even = likesSpreadFlag(engagement, reading.posts, t);
    if (even) flags.push(even);
    flags.push(...accountFlags(reading, t));
    const fakeFollowers = audienceFlag(context.audience, settings.audience);
    if (fakeFollowers) flags.push(fakeFollowers);
    flags.push(...sponsoredFlags(reading.posts, t, singlePost, reading.platform));
    flags.push(...briefFlags(reading, context.brief));
    flags.push(...commentFlags(spam, labelled, fit, t));
    for (const g of growth.findings)
      if (g.severity !== 'info')
        flags.push({
          id: g.id,
          severity: g.severity,
          message: g.message,
          said: g.said,
          evidence: g.snapshots.map((s) => ({ kind: 'snapshot', id: s, detail: s })),
        });
  }
  flags.sort((a, b) => severityOrder[a.severity] - severityOrder[b.severity]);

  const { verdict, reasons } = decide(reading, engagement, spam, fit, flags, !!context.brief, t);
  return {
    platform: reading.platform,
    page: reading.page,
    handle: reading.handle,
    status: reading.status,
    verdict,
    reasons,
    scores: {
      engagementRate: engagement.rate,
      engagementBasis: engagement.basis,
      spamRatio: spam.ratio,
      audienceFit: fit.score,
    },
    flags,
    engagement,
    spam,
    fit,
    growth,
    comments: labelled,
    audience,
    at,
  };
}

/** PageReading (+ brief, history, settings) → Verdict. Pure; never throws. */
export function scoreReading(reading: PageReading, context: ScoreContext = {}): Verdict {
  try {
    return score(reading, context);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return score(
      {
        ...reading,
        status: 'unreadable',
        statusReason: `could not score this page (${message})`,
        posts: [],
        comments: [],
        profile: null,
      },
      { now: context.now, settings: context.settings },
    );
  }
}

export { toSnapshot } from './snapshot';
