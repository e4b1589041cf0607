import { basisLabel, spamTooFewLabel } from '../i18n/labels';
import type { Brief } from '../model/brief';
import { PLATFORMS } from '../model/platforms';
import type { PageReading, PostReading } from '../model/reading';
import type { Thresholds } from '../model/settings';
import type { EngagementBasis, Evidence, PostRate, Verdict } from '../model/verdict';
import { formatCount, formatRate, provenance, sourceLabel } from './format';
import { plainReason, plainSource } from './evidence-words';
import { displayText, OWN_SENTENCE } from './text';

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
  const detail = displayText(e.detail, 200);
  const id = e.id ? displayText(e.id, 60) : null;
  switch (e.kind) {
    case 'post':
      return id ? `Post ${id}: ${detail}` : `Post: ${detail}`;
    case 'comment':
      return `Comment: ${detail}`;
    case 'snapshot':
      return `Visit ${id ?? ''}: ${detail}`.replace(/\s+:/, ':');
    case 'profile':
      return id ? `Profile ${id}: ${detail}` : `Profile: ${detail}`;
    case 'text':
      return detail;
  }
}

export function emptyMetric(testId: MetricView['testId'], label: string, note: string): MetricView {
  return { testId, label, value: null, text: '—', note, basis: null, level: null, evidence: [] };
}

export function followersMetric(reading: PageReading, verdict: Verdict | null): MetricView {
  const p = reading.profile;
  if (!p) return emptyMetric('scout-followers', 'Followers', "couldn't read the profile");
  const f = p.followers;
  const tier = verdict?.engagement.tier?.label;
  const evidence = [
    ...provenance(f, 'followers'),
    ...provenance(p.following, 'following').map((l) => `Following: ${l}`),
    ...provenance(p.posts, 'the post count').map((l) => `Posts: ${l}`),
  ];
  if (PLATFORMS[reading.platform].profileLikes)
    evidence.push(...provenance(p.likes, 'total likes').map((l) => `Likes: ${l}`));
  if (reading.page !== 'profile')
    evidence.push('Read on a post page: the count the page states about the author.');
  return {
    testId: 'scout-followers',
    label: 'Followers',
    value: f.value,
    text: formatCount(f.value, f.exact),
    basis: null,
    note:
      f.value === null
        ? `couldn't read: ${displayText(plainReason(f.reason, 'not on the page'), 160)}`
        : (tier ?? 'below every tier'),
    level: null,
    evidence,
  };
}

function postLine(p: PostRate, post: PostReading | undefined): string {
  // A rounded display value ("298K likes") is written as one: "≈298K likes", never "298,000".
  const counts = (
    [
      [p.likes, 'likes', post?.likes.exact],
      [p.comments, 'comments', post?.comments.exact],
      [p.shares, 'shares', post?.shares.exact],
      [p.views, 'views', post?.views.exact],
    ] as const
  )
    .filter(([n]) => n !== null)
    .map(([n, name, exact]) => `${formatCount(n, exact ?? true)} ${name}`);
  const rates = [
    p.viewRate !== null ? `${formatRate(p.viewRate)} by views` : null,
    p.followerRate !== null ? `${formatRate(p.followerRate)} by followers` : null,
  ].filter(Boolean);
  const status = p.used
    ? 'used'
    : `left out: ${displayText(p.excludedBecause ?? 'no counts', 160)}`;
  // A mark the reason already says ("pinned") is not repeated.
  const marks = p.marks.filter((m) => !status.includes(m));
  const source = post ? `counts from ${sourceLabel(post.likes.source ?? post.source)}` : '';
  const tail = [status, ...marks, source].filter(Boolean).join('; ');
  return `Post ${displayText(p.postId, 40)}: ${counts.join(', ') || 'no counts'}${rates.length ? ` → ${rates.join(', ')}` : ''}${p.rounded ? ', rounded counts' : ''} — ${tail}`;
}

/** "Seed rule of thumb (6–10%+ nano, …)" → "Seed rule of thumb". */
const shortTableName = (name: string) => name.replace(/\s*\(.*$/u, '') || name;

const basisText = (basis: EngagementBasis) =>
  basis === 'views' ? `${basisLabel('views')}, shares included` : basisLabel(basis);

export function engagementMetric(reading: PageReading, verdict: Verdict): MetricView {
  const e = verdict.engagement;
  const basis = e.basis
    ? e.basis === 'single-post'
      ? `one post, by ${e.denominator ?? 'followers'}`
      : `median of ${e.postsUsed} post${e.postsUsed === 1 ? '' : 's'}, ${basisText(e.basis)}`
    : 'no post with counts yet';
  const r = e.rating;
  // A TikTok tier without a views benchmark is rated by followers: name the rate that was rated.
  const ratedRate =
    r && r.basis !== e.denominator ? (r.basis === 'views' ? e.viewRate : e.followerRate) : null;
  const band = r
    ? `${ratedRate !== null ? `${formatRate(ratedRate)} by ${r.basis} is ` : ''}${r.level} · ${r.high === null ? `band ${formatRate(r.low)} and up` : `band ${formatRate(r.low)}–${formatRate(r.high)}`} (${displayText(shortTableName(r.tableName), 60)})`
    : e.rate !== null
      ? 'no benchmark'
      : '';
  const evidence: string[] = [];
  if (e.seed) evidence.push(displayText(e.seed.text, 240));
  if (r)
    evidence.push(
      `Rated by: ${displayText(r.tableName, 120)}. Below ${formatRate(r.low)} is low${r.high === null ? '' : `, above ${formatRate(r.high)} is high`} by ${r.basis} for accounts of ${formatCount(r.rowMin)}${r.rowMax === null ? '+' : `–${formatCount(r.rowMax)}`} followers. Source: ${displayText(plainSource(r.source), 160)}. The table and preset are in the dashboard's settings.`,
    );
  if (e.denominator === 'views') {
    evidence.push('By views: (likes + comments + shares) ÷ views, shares included');
    if (e.followerRate !== null)
      evidence.push(
        `By followers (the seed's formula, likes + comments ÷ followers): ${formatRate(e.followerRate)}`,
      );
  }
  for (const note of e.notes) evidence.push(displayText(note, 200));
  for (const p of e.posts.slice(0, MAX_EVIDENCE_ITEMS))
    evidence.push(
      postLine(
        p,
        reading.posts.find((post) => post.id === p.postId),
      ),
    );
  if (e.posts.length > MAX_EVIDENCE_ITEMS)
    evidence.push(`… and ${e.posts.length - MAX_EVIDENCE_ITEMS} more posts`);
  return {
    testId: 'scout-engagement-rate',
    label: 'Engagement rate',
    value: e.rate,
    text: e.rate === null ? '—' : `${e.rounded ? '≈' : ''}${formatRate(e.rate)}`,
    basis: e.rate === null ? null : e.postsUsed,
    note: [basis, band].filter(Boolean).join(' · '),
    level: r?.level === 'low' ? 'bad' : r?.level === 'high' ? 'good' : null,
    evidence,
  };
}

export function spamMetric(verdict: Verdict, t: Thresholds): MetricView {
  const s = verdict.spam;
  const n = s.audienceComments;
  const note =
    n === 0
      ? 'no audience comments read'
      : s.enough
        ? `of ${n} audience comment${n === 1 ? '' : 's'}`
        : `${n} audience comment${n === 1 ? '' : 's'} read, ${s.minimum} needed`;
  const evidence = [
    displayText(s.message, 200),
    `${s.spam} spam, ${s.generic} generic, ${s.genuine} genuine${s.creatorReplies ? `; ${s.creatorReplies} replies by the creator not counted` : ''}`,
  ];
  // Spam first: it is what the ratio counts and what a marketer looks for.
  const suspicious = verdict.comments
    .filter((c) => !c.isCreatorReply && c.label !== 'genuine')
    .sort((a, b) => Number(b.label === 'spam') - Number(a.label === 'spam'));
  for (const c of suspicious.slice(0, MAX_EVIDENCE_ITEMS)) {
    const author = c.author ? `@${displayText(c.author, 40)}` : 'someone';
    const why = c.reasons.length
      ? ` (${c.reasons.map((r) => displayText(r, OWN_SENTENCE)).join('; ')})`
      : '';
    evidence.push(`${c.label}: ${author} “${displayText(c.text, 120)}”${why}`);
  }
  if (suspicious.length > MAX_EVIDENCE_ITEMS)
    evidence.push(`… and ${suspicious.length - MAX_EVIDENCE_ITEMS} more`);
  return {
    testId: 'scout-spam-ratio',
    label: 'Spam comments',
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
        ? s.ratio >= t.spamSkipRatio
          ? 'bad'
          : s.ratio <= t.spamStrongMax
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
      ...emptyMetric('scout-audience-fit', 'Audience fit', 'no active campaign brief'),
      evidence: [
        'Choose an active campaign with a brief (in the dashboard) to measure audience fit.',
      ],
    };
  const evidence = [displayText(fit.message, 200)];
  for (const c of fit.components) {
    evidence.push(
      `${c.id}: ${c.score === null ? 'not checked' : formatRate(c.score)} — ${displayText(c.message, 160)}`,
    );
    for (const e of c.evidence.slice(0, 4)) evidence.push(`  ${evidenceLine(e)}`);
  }
  return {
    testId: 'scout-audience-fit',
    label: 'Audience fit',
    value: fit.score,
    text: formatRate(fit.score),
    basis: null,
    note: `for “${displayText(brief.name, 60)}”`,
    level: null,
    evidence,
  };
}
