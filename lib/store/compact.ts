import { AudienceAggregate } from '../model/audience';
import type { Count, PageReading } from '../model/reading';
import { cutAtWord } from '../panel/text';

/**
 * What of a visit's reading and verdict is kept on the creator record: the numbers and the
 * verdict's headline, not copies of page text. The posts' numbers live once, in the record's
 * recent posts (the reading keeps their ids); comments are kept only as the few spam or generic
 * examples the evidence shows, without their authors. A record stays under ~4 KB with 50 visits.
 */
export const MAX_BIO = 300;
export const MAX_REASONS = 4;
export const MAX_FLAGS = 10;
export const MAX_FLAG_EVIDENCE = 2;
/**
 * A sentence of our own (a reason, a flag, why a comment looks like spam) is kept whole: the cap
 * only bounds the page text (a handle, a matched word) quoted inside one.
 */
export const MAX_OWN_SENTENCE = 400;
export const MAX_EVIDENCE_TEXT = 60;
/** A piece of evidence kept as its message when that message (as JSON) is no longer than this. */
export const MAX_EVIDENCE_SAID = 120;
/** Spam or generic comments kept as examples, with their label and reason. */
export const KEEP_COMMENT_EXAMPLES = 3;
export const MAX_COMMENT = 100;

/** At most `max` characters, "…" included, cut between words where it can. */
export const cut = (text: string, max: number): string => cutAtWord(text, max - 1);

const cutOrNull = (text: string | null, max: number): string | null =>
  text === null ? null : cut(text, max);

/** A count without where-exactly (a JSON path or selector: developers' words) or the others' values. */
const slimCount = (count: Count): Count => ({
  value: count.value,
  exact: count.exact,
  source: count.source,
});

export function compactReading(reading: PageReading): PageReading {
  const p = reading.profile;
  return {
    platform: reading.platform,
    page: reading.page,
    url: reading.url,
    handle: reading.handle,
    status: reading.status,
    profile: p && {
      ...p,
      bio: cutOrNull(p.bio, MAX_BIO),
      followers: slimCount(p.followers),
      following: slimCount(p.following),
      posts: slimCount(p.posts),
      likes: slimCount(p.likes),
    },
    posts: [],
    comments: [],
    missing: reading.missing
      .slice(0, 6)
      .map((m) => ({ field: cut(m.field, 40), reason: cut(m.reason, MAX_EVIDENCE_TEXT) })),
    readAt: reading.readAt,
  };
}

/** The ids of the reading's posts, whose numbers the record keeps among its recent posts. */
export const postIdsOf = (reading: PageReading): string[] =>
  reading.posts.map((post) => post.id).filter((id) => id !== '');

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const text = (v: unknown, max: number): string => cut(typeof v === 'string' ? v : '', max);

/**
 * The verdict's label, scores, reasons and flags (with a little of their evidence), the comment
 * counts and fit score, and a few labelled spam or generic comments. Per-post rates and growth
 * intervals are not kept: the snapshots and kept posts hold their numbers. Plain JSON on purpose
 * (see LastReading); every field is read leniently.
 */
export function compactVerdict(
  verdict: Record<string, unknown> | null,
): Record<string, unknown> | null {
  if (verdict === null) return null;
  const kept: Record<string, unknown> = {};
  // Platform, page, handle and status are the reading's; the time is the last reading's.
  for (const field of ['verdict', 'scores']) if (field in verdict) kept[field] = verdict[field];
  // A reason that a flag states word for word is kept once, as the flag.
  const flagged = new Set(list(verdict.flags).map((f) => (isObject(f) ? f.message : null)));
  if ('reasons' in verdict)
    kept.reasons = list(verdict.reasons)
      .filter((r) => isObject(r) && !flagged.has(r.text))
      .slice(0, MAX_REASONS)
      .filter(isObject)
      // A sentence with its message is kept as the message (a key and numbers), not its words.
      .map(({ text: words, ...r }) =>
        isObject(r.said) ? r : { ...r, text: text(words, MAX_OWN_SENTENCE) },
      );
  if ('flags' in verdict)
    kept.flags = list(verdict.flags)
      .slice(0, MAX_FLAGS)
      .filter(isObject)
      .map((f) => ({
        id: f.id,
        severity: f.severity,
        ...(isObject(f.said) ? { said: f.said } : { message: text(f.message, MAX_OWN_SENTENCE) }),
        evidence: list(f.evidence).slice(0, MAX_FLAG_EVIDENCE).filter(isObject).map(keptEvidence),
      }));
  // The message says what the counts say (and the reasons repeat it).
  if (isObject(verdict.spam)) {
    const { message: _message, minimum: _minimum, ...counts } = verdict.spam;
    kept.spam = counts;
  }
  if (isObject(verdict.fit) && typeof verdict.fit.score === 'number')
    kept.fit = { score: verdict.fit.score, message: text(verdict.fit.message, MAX_OWN_SENTENCE) };
  if ('comments' in verdict) kept.comments = commentExamples(list(verdict.comments));
  // The followers sample: its figures and at most ten example handles, nothing else of anyone.
  const audience = AudienceAggregate.safeParse(verdict.audience);
  if (audience.success) kept.audience = audience.data;
  return roundNumbers(kept) as Record<string, unknown>;
}

/**
 * A flag's evidence: its message where it has one of a bounded size (a count, "sponsored", a
 * follower's signs), else its words cut short. A comment is kept as who wrote what; why it looks
 * like spam is in the comments kept with their reasons.
 */
function keptEvidence(e: Record<string, unknown>): Record<string, unknown> {
  const base = { kind: e.kind, id: e.id ?? null };
  const said = e.said;
  if (isObject(said) && said.key === 'evCommentReasons' && Array.isArray(said.args))
    return {
      ...base,
      detail: text(`${String(said.args[0])}: "${String(said.args[1])}"`, MAX_EVIDENCE_TEXT),
    };
  if (isObject(said) && JSON.stringify(said).length <= MAX_EVIDENCE_SAID) return { ...base, said };
  return { ...base, detail: text(e.detail, MAX_EVIDENCE_TEXT) };
}

/** Rates and shares to 4 significant digits: no screen shows more. */
function roundNumbers(value: unknown): unknown {
  if (typeof value === 'number')
    return Number.isInteger(value) || !Number.isFinite(value)
      ? value
      : Number(value.toPrecision(4));
  if (Array.isArray(value)) return value.map(roundNumbers);
  if (isObject(value))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, roundNumbers(v)]));
  return value;
}

/** A few audience comments labelled spam or generic, spam first, without their authors. */
function commentExamples(comments: unknown[]): unknown[] {
  const flagged = comments
    .filter(isObject)
    .filter((c) => !c.isCreatorReply && (c.label === 'spam' || c.label === 'generic'));
  flagged.sort((a, b) => Number(b.label === 'spam') - Number(a.label === 'spam'));
  const seen = new Set<unknown>();
  const distinct = flagged.filter((c) => !seen.has(c.text) && seen.add(c.text));
  // Read back with no id, post, author, and not by the creator (lib/dashboard/creator-view.ts).
  return distinct.slice(0, KEEP_COMMENT_EXAMPLES).map((c) => ({
    text: text(c.text, MAX_COMMENT),
    label: c.label,
    reasons: list(c.reasons)
      .slice(0, 1)
      .map((r) => text(r, MAX_OWN_SENTENCE)),
  }));
}
