import { z } from 'zod';
import { storedCommentsRead, type CreatorRecord } from '../model/creator';
import { PLATFORMS } from '../model/platforms';
import type { Count } from '../model/reading';
import {
  Evidence,
  Flag,
  LabelledComment,
  Reason,
  VerdictLabel,
  type Severity,
} from '../model/verdict';
import { evidenceLine } from '../panel/metrics';
import { fieldWords, plainReason } from '../panel/evidence-words';
import { formatCount, provenance } from '../panel/format';
import { displayText, httpUrl, OWN_SENTENCE } from '../panel/text';
import { saidText } from '../i18n/said';
import { t, uiLocale } from '../i18n/messages';
import { commentReasonText } from '../panel/comment-reasons';

/** The store keeps a sentence that has its message as the message alone (lib/store/compact). */
const StoredReason = Reason.extend({ text: z.string().default('') });
/** A flag as the store keeps it: a sentence, or evidence, may be kept as its message alone. */
const StoredFlag = Flag.extend({
  message: z.string().default(''),
  evidence: z.array(Evidence.extend({ detail: z.string().default('') })),
});
/** One point of a chart over time. */
export interface TimePoint {
  at: string;
  value: number;
}

export interface SnapshotSeries {
  followers: TimePoint[];
  /** Engagement rates by basis: rates on different bases are never drawn on one line. */
  engagement: { basis: 'followers' | 'views' | 'single-post'; points: TimePoint[] }[];
}

/** The snapshots as chart series, oldest first; visits without a number leave no point. */
export function snapshotSeries(record: Pick<CreatorRecord, 'snapshots'>): SnapshotSeries {
  const sorted = [...record.snapshots]
    .filter((s) => Number.isFinite(Date.parse(s.at)))
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const followers = sorted.flatMap((s) =>
    s.followers === null ? [] : [{ at: s.at, value: s.followers }],
  );
  const bases = ['followers', 'views', 'single-post'] as const;
  const engagement = bases
    .map((basis) => ({
      basis,
      points: sorted.flatMap((s) =>
        s.engagementBasis === basis && s.engagementRate !== null
          ? [{ at: s.at, value: s.engagementRate }]
          : [],
      ),
    }))
    .filter((series) => series.points.length > 0);
  return { followers, engagement };
}

export interface NumberEvidence {
  label: string;
  value: string;
  /** Where the number came from; "couldn't read …" when it could not be read. */
  lines: string[];
}

export interface FlagEvidence {
  id: string;
  severity: Severity;
  message: string;
  evidence: string[];
}

export interface CommentEvidence {
  author: string;
  text: string;
  label: LabelledComment['label'];
  reasons: string[];
  creatorReply: boolean;
}

export interface PostEvidence {
  id: string;
  url: string | null;
  takenAt: string | null;
  counts: string;
  caption: string;
}

export interface ReadingEvidence {
  at: string;
  /** The page read, when it is an http(s) URL. */
  url: string | null;
  verdict: VerdictLabel | null;
  reasons: string[];
  numbers: NumberEvidence[];
  flags: FlagEvidence[];
  posts: PostEvidence[];
  /** The spam or generic comments kept as examples, with their label and reasons. */
  comments: CommentEvidence[];
  /** How many audience comments were labelled at that visit; null when not known. */
  commentsRead: number | null;
  missing: string[];
}

const countText = (c: Count) => formatCount(c.value, c.exact);

/**
 * The evidence of the last visit, as plain text lines: every number with where it came from,
 * the flags with their evidence, the posts read and what could not be read. The verdict is
 * stored as plain JSON; each part is read on its own so that one odd field hides nothing else.
 */
export function readingEvidence(
  record: Pick<CreatorRecord, 'lastReading' | 'recentPosts'>,
): ReadingEvidence | null {
  const last = record.lastReading;
  if (!last) return null;
  const { reading } = last;
  const verdict = last.verdict ?? {};
  const label = VerdictLabel.safeParse(verdict.verdict);
  const reasons = Array.isArray(verdict.reasons) ? verdict.reasons : [];
  const flags = Array.isArray(verdict.flags) ? verdict.flags : [];
  const numbers: NumberEvidence[] = [];
  const p = reading.profile;
  if (p) {
    const parts: [string, Count][] = [
      [t('columnFollowers'), p.followers],
      [t('columnFollowing'), p.following],
      [t('columnPosts'), p.posts],
    ];
    if (PLATFORMS[reading.platform].profileLikes) parts.push([t('countLikes'), p.likes]);
    for (const [name, count] of parts)
      numbers.push({
        label: name,
        value: countText(count),
        lines: provenance(count, name.toLocaleLowerCase(uiLocale())),
      });
  }
  return {
    at: last.at,
    url: httpUrl(last.url),
    verdict: label.success ? label.data : null,
    reasons: reasons.flatMap((r) => {
      const parsed = StoredReason.safeParse(r);
      const words = parsed.success ? saidText(parsed.data.said, parsed.data.text) : '';
      return words ? [displayText(words, OWN_SENTENCE)] : [];
    }),
    numbers,
    flags: flags.flatMap((f) => {
      const parsed = StoredFlag.safeParse(f);
      if (!parsed.success) return [];
      return [
        {
          id: parsed.data.id,
          severity: parsed.data.severity,
          message: displayText(saidText(parsed.data.said, parsed.data.message), OWN_SENTENCE),
          evidence: parsed.data.evidence.slice(0, 12).map(evidenceLine),
        },
      ];
    }),
    posts: postsRead(record),
    comments: keptComments(verdict.comments),
    commentsRead: storedCommentsRead(verdict),
    missing: reading.missing.map((m) =>
      t(
        'couldntReadName',
        displayText(fieldWords(m.field), 60),
        displayText(plainReason(m.reason, t('notOnThisPage')), 240),
      ),
    ),
  };
}

const FIELD_WORD = { likes: 'fieldLikes', comments: 'fieldComments', views: 'fieldViews' } as const;

/** The posts of the last visit, with their numbers as the record keeps them (its recent posts). */
function postsRead(record: Pick<CreatorRecord, 'lastReading' | 'recentPosts'>): PostEvidence[] {
  const ids = new Set(record.lastReading?.postIds ?? []);
  return record.recentPosts
    .filter((post) => ids.has(post.id))
    .map((post) => {
      const counts = (['likes', 'comments', 'views'] as const)
        .filter((name) => post[name] !== null)
        .map((name) => `${formatCount(post[name], post.countsExact)} ${t(FIELD_WORD[name])}`)
        .join(', ');
      return {
        id: displayText(post.id, 40),
        url: httpUrl(post.url),
        takenAt: post.takenAt,
        counts: counts || t('noCounts'),
        caption: displayText(post.caption, 160),
      };
    });
}

function keptComments(stored: unknown): CommentEvidence[] {
  if (!Array.isArray(stored)) return [];
  return commentEvidence(
    stored.flatMap((c) => {
      const parsed = LabelledComment.safeParse({
        id: null,
        postId: null,
        author: null,
        isCreatorReply: false,
        ...(typeof c === 'object' ? c : {}),
      });
      return parsed.success ? [parsed.data] : [];
    }),
  );
}

/** Labelled comments as plain text, audience first; `labelled` comes from lib/rules labelComments. */
export function commentEvidence(labelled: readonly LabelledComment[]): CommentEvidence[] {
  return [...labelled]
    .sort((a, b) => Number(a.isCreatorReply) - Number(b.isCreatorReply))
    .map((c) => ({
      author: c.author ? `@${displayText(c.author, 40)}` : 'someone',
      text: displayText(c.text, 300),
      label: c.label,
      reasons: c.reasons.map((r) => displayText(commentReasonText(r), OWN_SENTENCE)),
      creatorReply: c.isCreatorReply,
    }));
}
