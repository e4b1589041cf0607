import { prepare } from '../../lib/rules/comments/classify';
import { BUCKETS, CLASSES, hashedBuckets } from '../../lib/rules/comments/features';
import { allInputs, conceptMask, DENSE_SIZE } from '../../lib/rules/comments/dense-inputs';
import type { LabelledRow } from '../data/comments/load';

/**
 * The comment model's learner: three-class softmax regression by plain SGD over the structured
 * signals and the hashed word and character grams (lib/rules/comments/features.ts). Seeded:
 * the same examples give the same weights. scripts/train-comments.ts writes them out.
 */

export type Label3 = (typeof CLASSES)[number];

/**
 * Three-class truth of a row. The real sets say spam or not; of the rest, comments with no words,
 * only tags, or a few words of praise and nothing else (the product's definition of generic,
 * docs/methodology.md) are generic, the others genuine.
 */
export function label3(row: LabelledRow): Label3 {
  if (row.label) return row.label;
  if (row.spam) return 'spam';
  const s = prepare(row.text, row.creator).signals;
  return s.emojiOnly || s.mentionOnly || s.genericPraise ? 'generic' : 'genuine';
}

/** An example's target when its truth is only "not spam": generic or genuine, the data does not say. */
export const NOT_SPAM = -1;

/**
 * What a row teaches: its class, or NOT_SPAM where the real sets say only "not spam" and no person
 * said which of generic or genuine (the word list's "genuine" is its silence, not a reading: people
 * call most of those short reactions generic, docs/comment-model-evaluation.md). No words, only
 * tags, or only praise words are generic by definition.
 */
export function trainingTarget(row: LabelledRow): number {
  if (row.label) return CLASSES.indexOf(row.label);
  const truth = label3(row);
  return truth === 'genuine' ? NOT_SPAM : CLASSES.indexOf(truth);
}

export interface Example {
  dense: number[];
  buckets: Int32Array;
  /** 1 / sqrt(number of hashed features) */
  scale: number;
  /** The class index, or NOT_SPAM. */
  y: number;
}

export function toExample(row: LabelledRow): Example {
  const p = prepare(row.text, row.creator);
  const list = hashedBuckets(p.abstract);
  return {
    dense: allInputs(p.dense, conceptMask(p.abstract)),
    buckets: Int32Array.from(list),
    scale: list.length ? 1 / Math.sqrt(list.length) : 0,
    y: trainingTarget(row),
  };
}

export interface TrainOptions {
  /** Per example, how much its loss counts (default 1). */
  weights?: readonly number[];
  epochs?: number;
  rate?: number;
  l2?: number;
  seed?: number;
  /** Called after each epoch with the number of epochs done (snapshots for the choice of epochs). */
  onEpoch?: (done: number, m: Trained) => void;
}

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export interface Trained {
  bias: Float64Array;
  dense: Float64Array[];
  hashed: Float64Array[];
}

const K = CLASSES.length;

function scores(m: Trained, ex: Example): number[] {
  const z = new Array<number>(K);
  let max = -Infinity;
  for (let c = 0; c < K; c++) {
    let v = m.bias[c]!;
    const d = m.dense[c]!;
    for (let k = 0; k < d.length; k++) v += d[k]! * ex.dense[k]!;
    let sum = 0;
    const h = m.hashed[c]!;
    for (const b of ex.buckets) sum += h[b]!;
    z[c] = v + sum * ex.scale;
    if (z[c]! > max) max = z[c]!;
  }
  let total = 0;
  for (let c = 0; c < K; c++) total += z[c] = Math.exp(z[c]! - max);
  for (let c = 0; c < K; c++) z[c]! /= total;
  return z;
}

/** Plain SGD on the softmax loss with a decaying rate and L2 (applied lazily to the touched weights). */
export function train(examples: readonly Example[], o: TrainOptions = {}): Trained {
  const epochs = o.epochs ?? 30;
  const rate0 = o.rate ?? 0.3;
  const l2 = o.l2 ?? 1e-5;
  const random = rng(o.seed ?? 7);
  const m: Trained = {
    bias: new Float64Array(K),
    dense: CLASSES.map(() => new Float64Array(DENSE_SIZE)),
    hashed: CLASSES.map(() => new Float64Array(BUCKETS)),
  };
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const rate = rate0 / (1 + epoch * 0.1);
    for (const idx of order) {
      const ex = examples[idx]!;
      const w = o.weights?.[idx] ?? 1;
      const p = scores(m, ex);
      // "Not spam": the loss is −log(p generic + p genuine), whose gradient leaves the two's
      // balance as the model has it.
      const notSpam = ex.y === NOT_SPAM ? Math.max(1 - p[0]!, 1e-12) : 0;
      for (let c = 0; c < K; c++) {
        const g =
          ex.y === NOT_SPAM
            ? w * (c === 0 ? p[0]! : p[c]! - p[c]! / notSpam)
            : w * (p[c]! - (ex.y === c ? 1 : 0));
        m.bias[c]! -= rate * g;
        const d = m.dense[c]!;
        for (let k = 0; k < d.length; k++) d[k]! -= rate * (g * ex.dense[k]! + l2 * d[k]!);
        const gs = rate * g * ex.scale;
        const h = m.hashed[c]!;
        for (const b of ex.buckets) h[b] = h[b]! * (1 - rate * l2) - gs;
      }
    }
    o.onEpoch?.(epoch + 1, m);
  }
  return m;
}

export function predict(m: Trained, ex: Example): number[] {
  return scores(m, ex);
}
