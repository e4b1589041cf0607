import { BUCKETS, CLASSES, HASH_BITS, hashedSums, packWeights } from './features';
import {
  COMBINATION_BITS,
  conceptMask,
  DENSE,
  DENSE_SIZE,
  denseName,
  FIRST_COMBINATION,
} from './dense-inputs';
import weights from './model-weights.json';
import { weightBytes } from './weight-text';

/**
 * The shipped weights: a three-class linear model (softmax) over features.ts, trained by
 * scripts/train-comments.ts. Hashed weights are stored per class as signed bytes, one character
 * each (weight-text.ts), times a per-class scale (a tenth of the size of JSON numbers, and the
 * precision a linear model needs).
 */
export interface ModelWeights {
  version: 4;
  hashBits: number;
  classes: string[];
  bias: number[];
  /** Per dense feature, one weight per class. */
  dense: Record<string, number[]>;
  /** Per class: weight = byte × scale. */
  scale: number[];
  /** Per class, the BUCKETS bytes as weight-text.ts writes them. */
  hashed: string[];
  /** Buckets of the most frequent words in training ("the", "de", "que"): never quoted as a reason. */
  common: number[];
  /**
   * Below this spam probability a comment the model leans to call spam keeps another label. Chosen
   * with the training epochs inside the training data only (scripts/train-comments.ts,
   * selectSettings), never by looking at a source the model is evaluated on.
   */
  spamAtLeast: number;
  epochs: number;
  /** How the two were chosen, in words (the inner folds and their score); not in the panel's copy. */
  selectedBy?: string;
  /** What the model was trained on, in words; not in the panel's copy. */
  trainedOn?: string;
}

export interface Model {
  bias: Float64Array;
  /** dense[c][k] */
  dense: Float64Array[];
  /**
   * The hashed weights as the stored bytes, bucket-major (bucket × classes + c): a quarter of the
   * memory of floats, so that a comment's few hundred look-ups stay in cache; weight = byte × scale[c].
   */
  bytes: Int8Array;
  /** The same bytes packed three to a number (features.ts, packWeights): what the sums read. */
  packed: Float64Array;
  /** Per class: weight = byte × scale. */
  scale: Float64Array;
  common: Set<number>;
  /** The same buckets as a table: commonBucket[bucket] is 1 for each. */
  commonBucket: Uint8Array;
  spamAtLeast: number;
}

export function loadModel(w: ModelWeights): Model {
  if (
    w.version !== 4 ||
    !(w.spamAtLeast > 0 && w.spamAtLeast < 1) ||
    w.hashBits !== HASH_BITS ||
    w.classes.join() !== CLASSES.join() ||
    w.hashed.length !== CLASSES.length
  )
    throw new Error(`model weights do not match the features (hashBits ${w.hashBits})`);
  const k = CLASSES.length;
  const bytes = new Int8Array(BUCKETS * k);
  for (let c = 0; c < k; c++) {
    const stored = weightBytes(w.hashed[c]!);
    if (stored.length !== BUCKETS) throw new Error('model weights have the wrong size');
    for (let b = 0; b < BUCKETS; b++) bytes[b * k + c] = stored[b]!;
  }
  return {
    bias: Float64Array.from(w.bias),
    dense: CLASSES.map((_, c) =>
      Float64Array.from({ length: DENSE_SIZE }, (_, k) => w.dense[denseName(k)]?.[c] ?? 0),
    ),
    bytes,
    packed: packWeights(bytes),
    scale: Float64Array.from(w.scale),
    common: new Set(w.common),
    commonBucket: commonTable(w.common),
    spamAtLeast: w.spamAtLeast,
  };
}

function commonTable(buckets: readonly number[]): Uint8Array {
  const table = new Uint8Array(BUCKETS);
  for (const b of buckets) if (b >= 0 && b < BUCKETS) table[b] = 1;
  return table;
}

/** Per class sums of hashed weights, reused from call to call. */
const sums = new Float64Array(CLASSES.length);
/** Dense inputs before the concepts'. */
const SIGNALS = DENSE.length;
/** The pairs of concepts (dense-inputs.ts) as local bindings: read for every comment with a concept. */
const PAIR_BITS = Int32Array.from(COMBINATION_BITS.flat());
const FIRST_PAIR = FIRST_COMBINATION;
/** Indices of a comment's nonzero signals, reused from call to call. */
const onSignals = new Int32Array(DENSE.length);

/**
 * Class probabilities (in CLASSES order) for a text's hashed features, its signals' dense inputs
 * and its concepts (features.ts: their inputs follow the signals').
 */
export function probabilities(model: Model, abstract: string, dense: readonly number[]): number[] {
  const k = CLASSES.length;
  const n = hashedSums(abstract, model.packed, model.scale, sums);
  // Read with the hashed features just now: no second pass over the text.
  const concepts = conceptMask(abstract);
  const z = new Array<number>(k);
  let max = -Infinity;
  // The few signals a comment has, found once for the three classes.
  let on = 0;
  for (let i = 0; i < dense.length; i++) if (dense[i]) onSignals[on++] = i;
  for (let c = 0; c < k; c++) {
    let v = model.bias[c]!;
    const d = model.dense[c]!;
    for (let j = 0; j < on; j++) {
      const i = onSignals[j]!;
      v += d[i]! * dense[i]!;
    }
    for (let m = concepts; m !== 0; m &= m - 1) v += d[SIGNALS + 31 - Math.clz32(m & -m)]!;
    if (concepts !== 0)
      for (let j = 0; j < PAIR_BITS.length; j += 2)
        if ((concepts & PAIR_BITS[j]!) !== 0 && (concepts & PAIR_BITS[j + 1]!) !== 0)
          v += d[FIRST_PAIR + (j >> 1)]!;
    if (n > 0) v += sums[c]! / Math.sqrt(n);
    z[c] = v;
    if (v > max) max = v;
  }
  let total = 0;
  for (let c = 0; c < k; c++) total += z[c] = Math.exp(z[c]! - max);
  for (let c = 0; c < k; c++) z[c]! /= total;
  return z;
}

let shipped: Model | null = null;
let given: ModelWeights | null = null;

/**
 * The on-page panel is built without the weights (the largest part of it) and is given them from
 * their own file of the extension (scripts/build/panel-module.ts) before it classifies anything.
 */
export function useShippedWeights(w: ModelWeights): void {
  given = w;
  shipped = null;
}

/** The model trained on all labelled data (lib/rules/comments/model-weights.json). */
export function shippedModel(): Model {
  const w = given ?? (weights as ModelWeights | null);
  if (!w) throw new Error('the comment model weights are not loaded');
  shipped ??= loadModel(w);
  return shipped;
}
