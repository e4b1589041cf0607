import type { CommentLabel } from '../../model/verdict';
import { normalizeComment } from './normalize';
import { wordsOf } from './phrase-matcher';
import { distinctWordCount, signalsOf, type Signals } from './signals';
import { spamProbability, type Model } from './model';

export interface Classification {
  label: CommentLabel;
  reasons: string[];
}

export interface ClassifyContext {
  /** Texts of other comments (e.g. on other posts): a repeat among them marks a copy-paste. */
  otherTexts?: readonly string[];
  creatorHandle?: string | null;
  /** A model other than the shipped one (evaluation folds). */
  model?: Model;
  /** Model probability for spam (default MODEL_THRESHOLD). */
  threshold?: number;
}

/** Model probability at or above which a comment with no rule signal is called spam. */
export const MODEL_THRESHOLD = 0.6;

/**
 * Words beyond generic praise a repeated text needs to count as copy-paste: many people write
 * "i love this song so much" on their own, a repeated sentence of five words beyond those is a template.
 */
const MIN_COPY_WORDS = 5;

const WIN_LOSS_OR_HELP =
  /\b(?:won|win|winner|prize|lost|recover|recovery|hacked|scammed|ripped off|help|fix|guide|assist|support|legit|service)\b/u;

function ruleSpamReasons(s: Signals, text: string): string[] {
  const reasons: string[] = [];
  const finance = s.money || s.scam.length > 0;
  if (s.cryptoAddress) reasons.push('crypto token or wallet address');
  if (s.redirect && finance) reasons.push('money or crypto scam pointing to another account');
  else if (s.money && s.mentionInside)
    reasons.push('money claim with a mention of another account');
  if (
    s.financeHandleInside ||
    (s.financeHandle &&
      (finance ||
        s.testimonial.length > 0 ||
        s.contact.length > 0 ||
        s.mentionOnly ||
        s.genericPraise))
  )
    reasons.push('points readers to a trading or investment account');
  if (s.contact.length > 0 && (finance || WIN_LOSS_OR_HELP.test(text)))
    reasons.push(`offers money or help in private ("${s.contact[0]}")`);
  if (s.testimonial.length > 0 && (s.mentionInside || s.handleTag || s.financeHandle))
    reasons.push(`testimonial pointing to another account ("${s.testimonial[0]}")`);
  if (s.firstPeople && (finance || s.contact.length > 0))
    reasons.push('fake giveaway ("the first 10 people to message me")');
  if (s.trailingHandle && (finance || s.testimonial.length > 0))
    reasons.push('testimonial that ends on another account');
  if (s.moneyRequest) reasons.push('asks readers to send money');
  if (s.earningsClaim) reasons.push('claims earnings ("I made $5,000 …")');
  if (s.contactRedirect) reasons.push('tells readers to write to another account');
  if (s.paddedHandleInside && s.words.length >= 8)
    reasons.push('points readers to an account with an underscore-padded name');
  if (s.promo.length) reasons.push(`promotion ("${s.promo[0]}")`);
  if (s.selfPromo) reasons.push('asks for subscribers, views or a listen');
  if (s.phone && finance) reasons.push('phone number with a money offer');
  if (s.link && !s.youtubeLinkOnly) reasons.push('contains a link');
  return [...new Set(reasons)];
}

function genericReasons(s: Signals): string[] {
  if (s.emojiOnly) return [s.hasEmoji ? 'emoji only' : 'no words'];
  if (s.mentionOnly) return ['mention only'];
  if (s.genericPraise) return ['generic praise'];
  return [];
}

/** Labels from normalised text and its signals; `copyOf` says how often it was seen elsewhere. */
export function classifyNormalized(
  text: string,
  s: Signals,
  copies: number,
  model?: Model,
  threshold = MODEL_THRESHOLD,
): Classification {
  const rules = ruleSpamReasons(s, text);
  const generic = genericReasons(s);
  if (copies > 0 && generic.length === 0 && distinctWordCount(s.words) >= MIN_COPY_WORDS)
    rules.push(`copy-pasted: the same text appears ${copies + 1} times`);
  if (rules.length) return { label: 'spam', reasons: rules };
  if (generic.length) return { label: 'generic', reasons: generic };
  const p = spamProbability(text, s, model);
  if (p >= threshold)
    return {
      label: 'spam',
      reasons: [`reads like spam to the trained model (p = ${p.toFixed(2)})`],
    };
  return { label: 'genuine', reasons: [] };
}

/** One comment: spam, generic or genuine, with the reasons. */
export function classifyComment(text: string, context: ClassifyContext = {}): Classification {
  const norm = normalizeComment(text);
  const s = signalsOf(norm, context.creatorHandle);
  let copies = 0;
  if (context.otherTexts && s.words.length >= 3) {
    const key = s.words.join(' ');
    for (const o of context.otherTexts)
      if (wordsOf(normalizeComment(o)).join(' ') === key) copies++;
  }
  return classifyNormalized(norm, s, copies, context.model, context.threshold);
}

export interface CommentInput {
  text: string;
  postId?: string | null;
  author?: string | null;
}

/**
 * A batch of comments. Also spots copy-paste: the same text (≥ 3 words) on more than one post, or
 * from more than one account.
 */
export function classifyComments(
  comments: readonly CommentInput[],
  context: { creatorHandle?: string | null; model?: Model } = {},
): Classification[] {
  const norms = comments.map((c) => normalizeComment(c.text));
  const signals = norms.map((norm) => signalsOf(norm, context.creatorHandle));
  const copies = copiesOf(comments, signals);
  return norms.map((norm, i) => classifyNormalized(norm, signals[i]!, copies[i]!, context.model));
}

/** For each comment, how many other copies of it there are on other posts or from other accounts. */
function copiesOf(comments: readonly CommentInput[], signals: readonly Signals[]): number[] {
  const copies = new Array<number>(signals.length).fill(0);
  const groups = new Map<string, number[]>();
  signals.forEach((s, i) => {
    if (s.words.length < 3) return;
    const key = s.words.join(' ');
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
