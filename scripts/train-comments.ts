import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  DENSE,
  HASH_BITS,
  abstractText,
  denseFeatures,
  hashedBuckets,
} from '../lib/rules/comments/features';
import type { ModelWeights } from '../lib/rules/comments/model';
import { normalizeComment } from '../lib/rules/comments/normalize';
import { signalsOf } from '../lib/rules/comments/signals';
import { loadLabelled, type LabelledRow } from './data/comments/load';

/**
 * `npm run train:comments`: logistic regression on the labelled comments of scripts/data/comments
 * (features: lib/rules/comments/features.ts), written to lib/rules/comments/model-weights.json.
 * Deterministic (seeded shuffle), no network.
 */

export interface Example {
  dense: number[];
  buckets: Int32Array;
  /** 1 / sqrt(number of hashed features) */
  scale: number;
  y: number;
}

export function toExample(
  row: Pick<LabelledRow, 'text' | 'spam'> & { creator?: string | null },
): Example {
  const norm = normalizeComment(row.text);
  const s = signalsOf(norm, row.creator);
  const list = hashedBuckets(abstractText(norm));
  const n = list.length;
  return {
    dense: denseFeatures(s),
    buckets: Int32Array.from(list),
    scale: n ? 1 / Math.sqrt(n) : 0,
    y: row.spam ? 1 : 0,
  };
}

export interface TrainOptions {
  epochs?: number;
  rate?: number;
  l2?: number;
  seed?: number;
}

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export interface Trained {
  bias: number;
  dense: Float64Array;
  hashed: Float64Array;
}

/** Plain SGD with a decaying rate and L2 (applied lazily to the touched weights). */
export function train(examples: readonly Example[], o: TrainOptions = {}): Trained {
  const epochs = o.epochs ?? 40;
  const rate0 = o.rate ?? 0.3;
  const l2 = o.l2 ?? 1e-4;
  const random = rng(o.seed ?? 7);
  const hashed = new Float64Array(1 << HASH_BITS);
  const dense = new Float64Array(DENSE.length);
  let bias = 0;
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const rate = rate0 / (1 + epoch * 0.1);
    for (const idx of order) {
      const ex = examples[idx]!;
      let z = bias;
      for (let k = 0; k < dense.length; k++) z += dense[k]! * ex.dense[k]!;
      let sum = 0;
      for (const b of ex.buckets) sum += hashed[b]!;
      z += sum * ex.scale;
      const p = 1 / (1 + Math.exp(-z));
      const g = p - ex.y;
      bias -= rate * g;
      for (let k = 0; k < dense.length; k++)
        dense[k]! -= rate * (g * ex.dense[k]! + l2 * dense[k]!);
      const gs = rate * g * ex.scale;
      for (const b of ex.buckets) hashed[b] = hashed[b]! * (1 - rate * l2) - gs;
    }
  }
  return { bias, dense, hashed };
}

export function predict(m: Trained, ex: Example): number {
  let z = m.bias;
  for (let k = 0; k < m.dense.length; k++) z += m.dense[k]! * ex.dense[k]!;
  let sum = 0;
  for (const b of ex.buckets) sum += m.hashed[b]!;
  return 1 / (1 + Math.exp(-(z + sum * ex.scale)));
}

const SCALE = 1000;

export function toWeights(m: Trained, trainedOn: string): ModelWeights {
  return {
    version: 1,
    hashBits: HASH_BITS,
    scale: SCALE,
    bias: Math.round(m.bias * SCALE) / SCALE,
    dense: Object.fromEntries(
      DENSE.map((name, i) => [name, Math.round(m.dense[i]! * SCALE) / SCALE]),
    ),
    hashed: Array.from(m.hashed, (w) => Math.round(w * SCALE)),
    trainedOn,
  };
}

function main() {
  const rows = loadLabelled();
  const examples = rows.map(toExample);
  const model = train(examples);
  const sources = [...new Set(rows.map((r) => r.source.split(':')[0]))].join(' + ');
  const weights = toWeights(
    model,
    `${rows.length} comments (${rows.filter((r) => r.spam).length} spam) from ${sources}; see scripts/data/comments/SOURCES.md`,
  );
  const out = join(
    dirname(fileURLToPath(import.meta.url)),
    '../lib/rules/comments/model-weights.json',
  );
  const json = JSON.stringify(weights);
  writeFileSync(out, json + '\n');
  const correct = examples.filter((ex) => predict(model, ex) >= 0.5 === (ex.y === 1)).length;
  console.log(
    `trained on ${rows.length} comments; training accuracy ${((correct / rows.length) * 100).toFixed(1)}%`,
  );
  console.log(`wrote ${out} (${(json.length / 1024).toFixed(1)} KB)`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
