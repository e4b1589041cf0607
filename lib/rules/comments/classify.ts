import type { CommentLabel } from '../../model/verdict';
import { deobfuscate } from './deobfuscate';
import { explain } from './explain';
import { abstractText, CLASSES } from './features';
import { denseFeatures } from './dense-inputs';
import { probabilities, shippedModel, type Model } from './model';
import { normalizeComment } from './normalize';
import { distinctWordCount, signalsOf, type Signals } from './signals';
import { wordKey } from './scan';
import { accountReasons, cloneOfCreator, type CommenterFacts } from './commenter';

export interface Classification {
  label: CommentLabel;
  reasons: string[];
  /** How sure the label is, 0..1: 1 for the certain rules, the model's probability otherwise. */
  confidence: number;
}

export interface ClassifyContext {
  /** Texts of other comments (e.g. on other posts): a repeat among them marks a copy-paste. */
  otherTexts?: readonly string[];
  creatorHandle?: string | null;
  /** A model other than the shipped one (evaluation folds). */
  model?: Model;
  /** Who wrote it and when, where the page shows it. */
  commenter?: CommenterFacts;
}

/** Below this probability the label is shown as unsure. */
export const UNSURE_BELOW = 0.6;

/**
 * Words beyond generic praise a repeated text needs to count as copy-paste: many people write
 * "i love this song so much" on their own, a repeated sentence of five words beyond those is a template.
 */
const MIN_COPY_WORDS = 5;

/** A comment prepared for the model: normalised and de-obfuscated text, signals, features. */
export interface Prepared {
  norm: string;
  signals: Signals;
  abstract: string;
  /** The signals' dense inputs (the concepts' are read with the hashed features: model.ts). */
  dense: number[];
}

/**
 * Filter dodges: mathematical alphanumerics, enclosed, small-capital and fullwidth letters
 * ("𝖋𝖗𝖊𝖊", "ꜰʀᴇᴇ") in FANCY; in DRAWN negative squared letters two in a row ("🅵🆁🅴🅴": 🅿️
 * alone is parking), a keycap digit inside a word ("KYT4️⃣D"), and three letters in a row each
 * carrying a combining mark ("P͎U͎L͎A͎U͎", "W̶I̶N̶"). Text as people type it carries its accents
 * precomposed, and a stray combining mark or two does not make three marked letters in a row.
 */
const FANCY =
  /[\u{1d400}-\u{1d7ff}\u{1f130}-\u{1f14f}\u24b6-\u24e9\uff21-\uff5a\u1d00\u0299\u1d04\u1d05\u1d07\ua730\u0262\u029c\u026a\u1d0a\u1d0b\u029f\u1d0d\u0274\u1d0f\u1d18\ua7af\u0280\ua731\u1d1b\u1d1c\u1d20\u1d21\u028f\u1d22]/u;
/** Any character FANCY or DRAWN needs, one class scanned fast: most comments hold none. */
const MAYBE_FANCY =
  /[\u0300-\u036f\u20d0-\u20ff\u{1d400}-\u{1d7ff}\u{1f130}-\u{1f189}\u24b6-\u24e9\uff21-\uff5a\u1d00-\u1d22\u0262-\u029f\ua730\ua731\ua7af]/u;
const DRAWN =
  /[\u{1f150}-\u{1f189}]\ufe0f?[\u{1f150}-\u{1f189}]|[a-zA-Z]\d\ufe0f?\u20e3|\u20e3[a-zA-Z]|[\u0300-\u036f\u20d0-\u20e2\u20e4-\u20ff][^\s\u0300-\u036f\u20d0-\u20ff][\u0300-\u036f\u20d0-\u20e2\u20e4-\u20ff]+[^\s\u0300-\u036f\u20d0-\u20ff][\u0300-\u036f\u20d0-\u20e2\u20e4-\u20ff]/u;

const fancy = (raw: string) => MAYBE_FANCY.test(raw) && (FANCY.test(raw) || DRAWN.test(raw));

export function prepare(raw: string, creatorHandle?: string | null): Prepared {
  const clean = deobfuscate(normalizeComment(raw));
  const signals = signalsOf(clean.text, creatorHandle);
  const abstract = abstractText(clean.text);
  const dense = denseFeatures(signals, clean.changed || fancy(raw), clean.text);
  return { norm: clean.text, signals, abstract, dense };
}

/** What a label rests on when no single signal or word stands out. */
const FALLBACK: Record<CommentLabel, string> = {
  spam: 'the wording as a whole reads like spam',
  generic: 'short praise with nothing specific',
  genuine: 'no sign of spam or of empty praise',
};

const pct = (p: number) => `${Math.round(p * 100)}%`;

function certain(label: CommentLabel, reasons: string[]): Classification {
  return { label, reasons, confidence: 1 };
}

/** Labels a prepared comment; `copies` says how often its text was seen on other posts or accounts. */
export function classifyPrepared(
  p: Prepared,
  copies: number,
  model: Model = shippedModel(),
  commenter: CommenterFacts = {},
): Classification {
  const s = p.signals;
  const rules: string[] = [];
  if (s.cryptoAddress) rules.push('crypto wallet address');
  if (s.link && !s.youtubeLinkOnly) rules.push('contains a link');
  if (cloneOfCreator(commenter))
    rules.push(`posted by @${commenter.author}, a look-alike of the creator's account`);
  if (copies > 0 && !s.emojiOnly && !s.mentionOnly && distinctWordCount(s.words) >= MIN_COPY_WORDS)
    rules.push(`copy-pasted: the same text appears ${copies + 1} times`);
  if ((commenter.samePostsByAuthor ?? 0) >= 3)
    rules.push(
      `the same account left near-identical comments on ${commenter.samePostsByAuthor} posts`,
    );
  if (rules.length) return certain('spam', rules);

  const probs = probabilities(model, p.abstract, p.dense);
  let best = 0;
  for (let c = 1; c < probs.length; c++) if (probs[c]! > probs[best]!) best = c;
  let label: CommentLabel = CLASSES[best]!;
  let confidence = probs[best]!;
  // Spam is what the seed calls obvious spam: below the model's spamAtLeast (chosen in training,
  // never on a source it is evaluated on) the comment keeps the likelier of the other two labels,
  // and says how close to spam it came.
  let nearSpam: string | null = null;
  if (label === 'spam' && confidence < model.spamAtLeast) {
    nearSpam = `unsure: ${pct(confidence)} spam`;
    label = probs[1]! > probs[2]! ? 'generic' : 'genuine';
    confidence = 1 - probs[0]!;
  }
  // Generic by definition: no words, only tags, or a few words all of them empty praise (unless
  // the model reads spam into them).
  if (s.emojiOnly || s.mentionOnly || (s.genericPraise && label === 'genuine')) {
    label = 'generic';
    confidence = Math.max(probs[1]!, s.genericPraise ? probs[1]! + probs[2]! : probs[1]!);
  }
  const against: CommentLabel =
    label === 'genuine' ? (probs[0]! >= probs[1]! ? 'spam' : 'generic') : 'genuine';
  const reasons = s.emojiOnly
    ? [s.hasEmoji ? 'emoji only' : 'no words']
    : s.mentionOnly
      ? ['only tags someone']
      : s.genericPraise && label === 'generic'
        ? ['a few words of praise, nothing specific to the post']
        : explain(model, p.abstract, p.dense, label, against);

  const account = accountReasons(commenter, label, probs[0]!);
  if (account.length) return { label: 'spam', reasons: [...account, ...reasons], confidence };

  if (reasons.length === 0) reasons.push(FALLBACK[label]);
  if (nearSpam) reasons.unshift(nearSpam);
  else if (confidence < UNSURE_BELOW) reasons.unshift(`unsure: ${pct(confidence)} ${label}`);
  return { label, reasons, confidence };
}

/** One comment: spam, generic or genuine, with the reasons. */
export function classifyComment(text: string, context: ClassifyContext = {}): Classification {
  const p = prepare(text, context.creatorHandle);
  let copies = 0;
  if (context.otherTexts && p.signals.wordCount >= 3) {
    const key = p.signals.words.join(' ');
    for (const o of context.otherTexts)
      if (wordKey(deobfuscate(normalizeComment(o)).text) === key) copies++;
  }
  return classifyPrepared(p, copies, context.model, {
    ...context.commenter,
    creator: context.commenter?.creator ?? context.creatorHandle ?? null,
  });
}

export interface CommentInput {
  text: string;
  postId?: string | null;
  author?: string | null;
  /** ISO time of the comment and of its post, where the page gives them. */
  createdAt?: string | null;
  postedAt?: string | null;
}

/**
 * A batch of comments. Also spots copy-paste: the same text (≥ 3 words) on more than one post, or
 * from more than one account; and one account leaving near-identical comments on several posts.
 */
export function classifyComments(
  comments: readonly CommentInput[],
  context: { creatorHandle?: string | null; model?: Model } = {},
): Classification[] {
  const keys: (string | null)[] = [];
  const prepared = comments.map((c) => {
    const p = prepare(c.text, context.creatorHandle);
    // Right after prepare, which scanned p.norm last: wordKey reads that scan's words.
    keys.push(p.signals.wordCount ? wordKey(p.norm) : null);
    return p;
  });
  const copies = copiesOf(comments, prepared, keys);
  const sameByAuthor = postsPerAuthorText(comments, prepared, keys);
  return prepared.map((p, i) => {
    const c = comments[i]!;
    return classifyPrepared(p, copies[i]!, context.model, {
      author: c.author ?? null,
      creator: context.creatorHandle ?? null,
      secondsAfterPost: secondsBetween(c.postedAt, c.createdAt),
      samePostsByAuthor: sameByAuthor[i]!,
    });
  });
}

function secondsBetween(from?: string | null, to?: string | null): number | null {
  if (!from || !to) return null;
  const d = (Date.parse(to) - Date.parse(from)) / 1000;
  return Number.isFinite(d) ? d : null;
}

/**
 * For each comment, how many other copies of it there are on other posts or from other accounts.
 * `keys`: each comment's words joined by spaces (null without words).
 */
function copiesOf(
  comments: readonly CommentInput[],
  prepared: readonly Prepared[],
  keys: readonly (string | null)[],
): number[] {
  const copies = new Array<number>(prepared.length).fill(0);
  const groups = new Map<string, number[]>();
  prepared.forEach((p, i) => {
    if (p.signals.wordCount < 3) return;
    const key = keys[i]!;
    if (key.length < 12) return;
    const g = groups.get(key);
    if (g) g.push(i);
    else groups.set(key, [i]);
  });
  for (const g of groups.values()) {
    if (g.length < 2) continue;
    const posts = new Set(g.map((i) => comments[i]!.postId ?? ''));
    const authors = new Set(g.map((i) => comments[i]!.author ?? `#${i}`));
    if (posts.size > 1 || authors.size > 1) for (const i of g) copies[i] = g.length - 1;
  }
  return copies;
}

/** For each comment, on how many posts its author left the same text (0 without an author). */
function postsPerAuthorText(
  comments: readonly CommentInput[],
  prepared: readonly Prepared[],
  wordKeys: readonly (string | null)[],
): number[] {
  const posts = new Map<string, Set<string>>();
  const keys = comments.map((c, i) => {
    if (!c.author || !c.postId) return null;
    // The words as one key; emoji-only comments keep their emoji.
    const text = wordKeys[i] ?? prepared[i]!.norm.replace(/\s+/g, '');
    const key = `${c.author.toLowerCase()}\n${text}`;
    let set = posts.get(key);
    if (!set) posts.set(key, (set = new Set()));
    set.add(c.postId);
    return key;
  });
  return keys.map((k) => (k ? posts.get(k)!.size : 0));
}
