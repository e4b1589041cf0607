import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadModel, shippedModel, type ModelWeights } from '../../../../lib/rules/comments/model';
import { trainShipped } from '../../../../scripts/train-comments';

const file = resolve(import.meta.dirname, '../../../../lib/rules/comments/model-weights.json');

describe('the shipped comment model', () => {
  test('npm run train:comments reproduces the shipped weights byte for byte', () => {
    expect(trainShipped().json).toBe(readFileSync(file, 'utf8'));
  }, 120_000);

  test('is at most 1.5 MB on disk and loads', () => {
    expect(statSync(file).size).toBeLessThanOrEqual(1.5 * 1024 * 1024);
    expect(shippedModel().hashed).toHaveLength(3);
  });

  test('weights of another shape are refused, not misread', () => {
    const w = JSON.parse(readFileSync(file, 'utf8')) as ModelWeights;
    expect(() => loadModel({ ...w, hashBits: 14 })).toThrow(/do not match/);
    expect(() => loadModel({ ...w, classes: ['spam', 'genuine', 'generic'] })).toThrow();
  });
});
