import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadModel, shippedModel, type ModelWeights } from '../../../../lib/rules/comments/model';
import { BUCKETS } from '../../../../lib/rules/comments/features';
import {
  EPOCH_CHOICES,
  selectSettings,
  SPAM_LINE_CHOICES,
  trainingRows,
  trainShipped,
} from '../../../../scripts/train-comments';

const file = resolve(import.meta.dirname, '../../../../lib/rules/comments/model-weights.json');

describe('the shipped comment model', () => {
  test('npm run train:comments reproduces the shipped weights byte for byte', () => {
    expect(trainShipped().json).toBe(readFileSync(file, 'utf8'));
    // Nine trainings (eight inner folds choose the spam line, then the model): ~45 s on a quiet
    // two-core machine, over two minutes when the suite's other files share it.
  }, 600_000);

  test('is at most 1.5 MB on disk and loads', () => {
    expect(statSync(file).size).toBeLessThanOrEqual(1.5 * 1024 * 1024);
    expect(shippedModel().bytes).toHaveLength(BUCKETS * 3);
  });

  test('weights of another shape are refused, not misread', () => {
    const w = JSON.parse(readFileSync(file, 'utf8')) as ModelWeights;
    expect(() => loadModel({ ...w, hashBits: 14 })).toThrow(/do not match/);
    expect(() => loadModel({ ...w, hashed: w.hashed.map((h) => h.slice(1)) })).toThrow(
      /wrong size/,
    );
    expect(() => loadModel({ ...w, classes: ['spam', 'genuine', 'generic'] })).toThrow();
  });
});

describe('the spam line is chosen inside the training data', () => {
  const w = JSON.parse(readFileSync(file, 'utf8')) as ModelWeights;

  test('the shipped line is one of the choices, and the weights say how it was chosen', () => {
    expect(SPAM_LINE_CHOICES).toContain(w.spamAtLeast);
    expect(EPOCH_CHOICES).toContain(w.epochs);
    expect(w.selectedBy).toMatch(/inner left-out sources \(youtube:Psy, .*scamspot/);
    expect(shippedModel().spamAtLeast).toBe(w.spamAtLeast);
  });

  test('a line outside 0..1 is refused', () => {
    expect(() => loadModel({ ...w, spamAtLeast: 1.2 })).toThrow(/do not match/);
  });

  test('a source left out of the rows never takes part in the choice', () => {
    const rows = trainingRows().filter(
      (r) =>
        r.source === 'youtube:Psy' || r.source === 'youtube:Eminem' || r.source === 'authored:en',
    );
    const s = selectSettings(rows);
    expect(s.inner).toEqual(['youtube:Psy', 'youtube:Eminem']);
    expect(s.scores).toHaveLength(EPOCH_CHOICES.length * SPAM_LINE_CHOICES.length);
    const best = Math.max(...s.scores.map((c) => c.score));
    expect(s.score).toBe(best);
    expect(SPAM_LINE_CHOICES).toContain(s.settings.spamAtLeast);
  }, 120_000);
});
