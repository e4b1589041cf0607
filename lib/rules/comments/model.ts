import { DENSE, denseFeatures, hashedSum, abstractText, HASH_BITS } from './features';
import weights from './model-weights.json';
import type { Signals } from './signals';

/** The shipped weights: logistic regression over features.ts, trained by scripts/train-comments.ts. */
export interface ModelWeights {
  version: 1;
  hashBits: number;
  /** Hashed weights are stored as integers: weight × scale. */
  scale: number;
  bias: number;
  dense: Record<string, number>;
  hashed: number[];
  trainedOn: string;
}

export interface Model {
  bias: number;
  dense: Float64Array;
  hashed: Float64Array;
}

export function loadModel(w: ModelWeights): Model {
  if (w.hashBits !== HASH_BITS || w.hashed.length !== 1 << HASH_BITS)
    throw new Error(`model weights do not match the features (hashBits ${w.hashBits})`);
  return {
    bias: w.bias,
    dense: Float64Array.from(DENSE, (name) => w.dense[name] ?? 0),
    hashed: Float64Array.from(w.hashed, (v) => v / w.scale),
  };
}

/** Logit of `spam` for a normalised text and its signals. */
export function logit(model: Model, norm: string, s: Signals): number {
  let z = model.bias;
  const d = denseFeatures(s);
  for (let i = 0; i < d.length; i++) z += model.dense[i]! * d[i]!;
  const { sum, count } = hashedSum(abstractText(norm), model.hashed);
  return count > 0 ? z + sum / Math.sqrt(count) : z;
}

let shipped: Model | null = null;

/** The model trained on all labelled data (lib/rules/comments/model-weights.json). */
export function shippedModel(): Model {
  shipped ??= loadModel(weights as ModelWeights);
  return shipped;
}

/** Spam probability of a normalised text; `model` defaults to the shipped one. */
export function spamProbability(norm: string, s: Signals, model: Model = shippedModel()): number {
  return 1 / (1 + Math.exp(-logit(model, norm, s)));
}
