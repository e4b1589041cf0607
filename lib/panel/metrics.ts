import { saidText } from '../i18n/said';
import {
  basisLabel,
  commentLabel,
  spamTooFewLabel,
  tableLabel,
  tableSourceLabel,
  tierLabel,
} from '../i18n/labels';
import { t, type MessageKey } from '../i18n/messages';
import type { Brief } from '../model/brief';
import { PLATFORMS } from '../model/platforms';
import type { PageReading, PostReading } from '../model/reading';
import type { Thresholds } from '../model/settings';
import type { EngagementBasis, Evidence, FitComponent, PostRate, Verdict } from '../model/verdict';
import { formatCount, formatRate, provenance, sourceLabel } from './format';
import { commentReasonText } from './comment-reasons';
import { plainReason, plainSource } from './evidence-words';
import { displayText, OWN_SENTENCE } from './text';
import { countedText, plural } from '../i18n/plural';

/** One number of the panel: what it shows, the exact value for data-value, and its evidence. */
export interface MetricView {
  testId: 'scout-followers' | 'scout-engagement-rate' | 'scout-spam-ratio' | 'scout-audience-fit';
  label: string;
  /** The exact number (rates as fractions 0..1); null when there is none to show. */
  value: number | null;
  text: string;
  /** The basis, band or sample size beside the number. */
  note: string;
  /** How many items the number rests on (posts for a rate, audience comments for spam); null: n/a. */
  basis: number | null;
  /** 'low' | 'high' colour the number against its benchmark; null: no judgement. */
  level: 'good' | 'bad' | null;
  /** Plain-text lines shown when the number is expanded: where it came from, what it rests on. */
  evidence: string[];
}

/** How many posts and comments the evidence lists at most (the rest is summarised). */
export const MAX_EVIDENCE_ITEMS = 12;

export function evidenceLine(e: Evidence): string {
  const detail = displayText(saidText(e.said, e.detail), 200);
  const id = e.id ? displayText(e.id, 60) : null;
  switch (e.kind) {
    case 'post':
      return id ? t('evPost', id, detail) : t('evPostNoId', detail);
    case 'comment':
      return t('evComment', detail);
    case 'snapshot':
      return id ? t('evVisit', id, detail) : t('evVisitNoId', detail);
    case 'profile':
      return id ? t('evProfile', id, detail) : t('evProfileNoId', detail);
    case 'text':
      return detail;
  }
}

export function emptyMetric(testId: MetricView['testId'], label: string, note: string): MetricView {
  return { testId, label, value: null, text: '—', note, basis: null, level: null, evidence: [] };
}

export function followersMetric(reading: PageReading, verdict: Verdict | null): MetricView {
  const p = reading.profile;
  if (!p) return emptyMetric('scout-followers', t('columnFollowers'), t('couldntReadProfile'));
  const f = p.followers;
  const tier = verdict?.engagement.tier ? tierLabel(verdict.engagement.tier) : undefined;
  const evidence = [
    ...provenance(f, t('nameFollowers')),
    ...provenance(p.following, t('nameFollowing')).map((l) => t('evFollowing', l)),
    ...provenance(p.posts, t('namePostCount')).map((l) => t('evPosts', l)),
  ];
  if (PLATFORMS[reading.platform].profileLikes)
    evidence.push(...provenance(p.likes, t('nameTotalLikes')).map((l) => t('evLikes', l)));
  if (reading.page !== 'profile') evidence.push(t('readOnPostPage'));
  return {
    testId: 'scout-followers',
    label: t('columnFollowers'),
    value: f.value,
    text: formatCount(f.value, f.exact),
    basis: null,
    note:
      f.value === null
        ? t('couldntReadReason', displayText(plainReason(f.reason, t('notOnThePage')), 160))
        : (tier ?? t('belowEveryTier')),
    level: null,
    evidence,
  };
}

function postLine(p: PostRate, post: PostReading | undefined): string {
  // A rounded display value ("298K likes") is written as one: "≈298K likes", never "298,000".
  const counts = (
    [
      [p.likes, 'likesOne', 'likesMany', post?.likes.exact],
      [p.comments, 'commentsOne', 'commentsMany', post?.comments.exact],
      [p.shares, 'sharesOne', 'sharesMany', post?.shares.exact],
      [p.views, 'viewsOne', 'viewsMany', post?.views.exact],
    ] as const
  )
    .filter(([n]) => n !== null)
    .map(([n, one, many, exact]) => plural(n!, one, many, formatCount(n, exact ?? true)));
  const rates = [
    p.viewRate !== null ? `${formatRate(p.viewRate)} ${basisLabel('views')}` : null,
    p.followerRate !== null ? `${formatRate(p.followerRate)} ${basisLabel('followers')}` : null,
  ].filter(Boolean);
  const status = p.used
    ? t('postUsed')
    : t(
        'postLeftOut',
        displayText(
          p.excludedBecause === null ? t('noCounts') : saidText(p.excludedSaid, p.excludedBecause),
          160,
        ),
      );
  // A mark the reason already says ("pinned") is not repeated.
  const marks = p.marks.filter((m) => !(p.excludedBecause ?? '').includes(m));
  const source = post ? t('countsFrom', sourceLabel(post.likes.source ?? post.source)) : '';
  const tail = [status, ...marks, source].filter(Boolean).join('; ');
  const shown = `${counts.join(', ') || t('noCounts')}${rates.length ? ` → ${rates.join(', ')}` : ''}${p.rounded ? t('roundedCountsSuffix') : ''}`;
  return t('postLine', displayText(p.postId, 40), shown, tail);
}

/** "Seed rule of thumb (6–10%+ nano, …)" → "Seed rule of thumb". */
const shortTableName = (name: string) => name.replace(/\s*\(.*$/u, '') || name;

const basisText = (basis: EngagementBasis) =>
  basis === 'views' ? t('sharesIncluded', basisLabel('views')) : basisLabel(basis);

const LEVEL = { low: 'levelLow', average: 'levelAverage', high: 'levelHigh' } as const;

const FIT_PART: Record<FitComponent['id'], MessageKey> = {
  topic: 'fitTopic',
  hashtags: 'fitHashtags',
  language: 'fitLanguage',
  location: 'fitLocation',
  followers: 'fitFollowers',
};

export function engagementMetric(reading: PageReading, verdict: Verdict): MetricView {
  const e = verdict.engagement;
  const basis = e.basis
    ? e.basis === 'single-post'
      ? t('onePostBasis', basisLabel(e.denominator ?? 'followers'))
      : plural(
          e.postsUsed,
          'medianOfPostsOne',
          'medianOfPostsMany',
          e.postsUsed,
          basisText(e.basis),
        )
    : t('noPostWithCounts');
  const r = e.rating;
  // A TikTok tier without a views benchmark is rated by followers: name the rate that was rated.
  const ratedRate =
    r && r.basis !== e.denominator ? (r.basis === 'views' ? e.viewRate : e.followerRate) : null;
  const band = r
    ? `${ratedRate !== null ? t('ratedRateIs', formatRate(ratedRate), basisLabel(r.basis)) : ''}${t(LEVEL[r.level])} · ${r.high === null ? t('bandFrom', formatRate(r.low)) : t('bandRange', formatRate(r.low), formatRate(r.high))} (${displayText(shortTableName(tableLabel(r.tableId, r.tableName)), 60)})`
    : e.rate !== null
      ? t('noBenchmark')
      : '';
  const evidence: string[] = [];
  if (e.seed) evidence.push(displayText(saidText(e.seed.said, e.seed.text), 240));
  if (r)
    evidence.push(
      t(
        'ratedBy',
        displayText(tableLabel(r.tableId, r.tableName), 120),
        formatRate(r.low),
        r.high === null ? '' : t('ratedByHigh', formatRate(r.high)),
        basisLabel(r.basis),
        `${formatCount(r.rowMin)}${r.rowMax === null ? '+' : `–${formatCount(r.rowMax)}`}`,
        displayText(plainSource(tableSourceLabel(r.tableId, r.source)), 160),
      ),
    );
  if (e.denominator === 'views') {
    evidence.push(t('byViewsFormula'));
    if (e.followerRate !== null) evidence.push(t('byFollowersFormula', formatRate(e.followerRate)));
  }
  for (const note of e.notes) evidence.push(displayText(saidText(note.said, note.text), 200));
  for (const p of e.posts.slice(0, MAX_EVIDENCE_ITEMS))
    evidence.push(
      postLine(
        p,
        reading.posts.find((post) => post.id === p.postId),
      ),
    );
  if (e.posts.length > MAX_EVIDENCE_ITEMS)
    evidence.push(
      countedText(e.posts.length - MAX_EVIDENCE_ITEMS, 'andMorePostsOne', 'andMorePostsMany'),
    );
  return {
    testId: 'scout-engagement-rate',
    label: t('engagementRateHeading'),
    value: e.rate,
    text: e.rate === null ? '—' : `${e.rounded ? '≈' : ''}${formatRate(e.rate)}`,
    basis: e.rate === null ? null : e.postsUsed,
    note: [basis, band].filter(Boolean).join(' · '),
    level: r?.level === 'low' ? 'bad' : r?.level === 'high' ? 'good' : null,
    evidence,
  };
}

/** "3 of 40 audience comments look like spam", with "only 4: at least 10 are needed" when too few. */
function spamSentence(s: Verdict['spam']): string {
  const n = s.audienceComments;
  if (n === 0) return t('noAudienceComments');
  const spam = formatCount(s.spam);
  return s.enough
    ? plural(n, 'spamLooksSpamOne', 'spamLooksSpamMany', spam, formatCount(n))
    : plural(
        n,
        'spamLooksSpamFewOne',
        'spamLooksSpamFewMany',
        spam,
        formatCount(n),
        formatCount(s.minimum),
      );
}

export function spamMetric(verdict: Verdict, th: Thresholds): MetricView {
  const s = verdict.spam;
  const n = s.audienceComments;
  const note =
    n === 0
      ? t('noAudienceComments')
      : s.enough
        ? countedText(n, 'ofAudienceCommentsOne', 'ofAudienceCommentsMany')
        : plural(
            n,
            'audienceCommentsNeededOne',
            'audienceCommentsNeededMany',
            formatCount(n),
            formatCount(s.minimum),
          );
  const evidence = [
    spamSentence(s),
    `${t('spamCounts', s.spam, s.generic, s.genuine)}${s.creatorReplies ? countedText(s.creatorReplies, 'creatorRepliesNotCountedOne', 'creatorRepliesNotCountedMany') : ''}`,
  ];
  // Spam first: it is what the ratio counts and what a marketer looks for.
  const suspicious = verdict.comments
    .filter((c) => !c.isCreatorReply && c.label !== 'genuine')
    .sort((a, b) => Number(b.label === 'spam') - Number(a.label === 'spam'));
  for (const c of suspicious.slice(0, MAX_EVIDENCE_ITEMS)) {
    const author = c.author ? `@${displayText(c.author, 40)}` : t('someone');
    const why = c.reasons.length
      ? ` (${c.reasons.map((r) => displayText(commentReasonText(r), OWN_SENTENCE)).join('; ')})`
      : '';
    evidence.push(
      t('commentExample', commentLabel(c.label), author, displayText(c.text, 120), why),
    );
  }
  if (suspicious.length > MAX_EVIDENCE_ITEMS)
    evidence.push(t('andMore', suspicious.length - MAX_EVIDENCE_ITEMS));
  return {
    testId: 'scout-spam-ratio',
    label: t('spamComments'),
    value: s.enough ? s.ratio : null,
    // A ratio over too few comments is not a figure to act on (15 clean comments are not "0% spam").
    text:
      !s.enough && s.audienceComments > 0
        ? spamTooFewLabel()
        : formatRate(s.enough ? s.ratio : null),
    note,
    basis: n,
    level:
      s.enough && s.ratio !== null
        ? s.ratio >= th.spamSkipRatio
          ? 'bad'
          : s.ratio <= th.spamStrongMax
            ? 'good'
            : null
        : null,
    evidence,
  };
}

export function fitMetric(verdict: Verdict, brief: Brief | null): MetricView {
  const fit = verdict.fit;
  if (!brief)
    return {
      ...emptyMetric('scout-audience-fit', t('audienceFit'), t('noActiveBrief')),
      evidence: [t('chooseBriefForFit')],
    };
  const scored = fit.components.filter((c) => c.score !== null);
  const evidence = [
    scored.length
      ? t('fitFromParts', scored.map((c) => t(FIT_PART[c.id])).join(', '))
      : t('fitFromNothing'),
  ];
  for (const c of fit.components) {
    evidence.push(
      t(
        'fitLine',
        t(FIT_PART[c.id]),
        c.score === null ? t('notChecked') : formatRate(c.score),
        displayText(saidText(c.said, c.message), 160),
      ),
    );
    for (const e of c.evidence.slice(0, 4)) evidence.push(`  ${evidenceLine(e)}`);
  }
  return {
    testId: 'scout-audience-fit',
    label: t('audienceFit'),
    value: fit.score,
    text: formatRate(fit.score),
    basis: null,
    note: t('forBrief', displayText(brief.name, 60)),
    level: null,
    evidence,
  };
}
