import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  handKeys,
  loadHandSample,
  loadHeldout,
  loadLabelled,
  loadSecondReading,
} from '../../../../scripts/data/comments/load';
import { trainingRows } from '../../../../scripts/train-comments';
import {
  NOT_SPAM,
  predict,
  toExample,
  train,
  trainingTarget,
} from '../../../../scripts/lib/comment-learner';

const dir = resolve(import.meta.dirname, '../../../../scripts/data/comments');
const fileRows = (name: string) =>
  readFileSync(resolve(dir, name), 'utf8')
    .split('\n')
    .slice(1)
    .filter(Boolean)
    .map((l) => l.split('\t'));

describe('real comments labelled by hand', () => {
  const rows = loadLabelled();
  const keys = handKeys(rows);
  const byKey = new Map([...keys].map(([r, k]) => [k, r]));

  test('every labelled row still holds its text and carries the label a person gave it', () => {
    for (const name of ['real-sample-labelled.tsv', 'real-hand-labelled.tsv'])
      for (const [source, index, label, by] of fileRows(name)) {
        const row = byKey.get(`${source}\t${index}`)!;
        expect(row.label).toBe(label);
        expect(by === 'source').toBe(row.spam);
      }
  });

  test('the evaluation sample and the training rows do not overlap', () => {
    const sample = new Set(fileRows('real-sample-labelled.tsv').map(([s, i]) => `${s}\t${i}`));
    for (const [s, i] of fileRows('real-hand-labelled.tsv'))
      expect(sample.has(`${s}\t${i}`)).toBe(false);
    expect(loadHandSample(rows).size).toBe(sample.size);
  });

  test('the second reading reads every comment of the sample that is not spam, and trains nothing', () => {
    const sample = loadHandSample(rows);
    const second = loadSecondReading(rows);
    const notSpam = [...sample].filter(([, l]) => l !== 'spam').map(([k]) => k);
    expect([...second.keys()].sort()).toEqual(notSpam.sort());
    expect(new Set(second.values())).toEqual(new Set(['generic', 'genuine']));
    // A row's training label is the first reading's wherever the two differ.
    const differ = [...second].filter(([k, l]) => sample.get(k) !== l);
    expect(differ.length).toBeGreaterThan(0);
    for (const [k] of differ) expect(byKey.get(k)!.label).toBe(sample.get(k));
  });

  test('an unlabelled real comment teaches only "not spam"; a labelled one its class', () => {
    const unlabelled = {
      text: 'this reminds me of the summer we drove to Lisbon',
      spam: false,
      source: 'youtube:Psy',
      creator: null,
    };
    expect(trainingTarget(unlabelled)).toBe(NOT_SPAM);
    expect(trainingTarget({ ...unlabelled, label: 'generic' })).toBe(1);
    expect(trainingTarget({ ...unlabelled, text: 'nice 🔥' })).toBe(1);
    expect(trainingTarget({ ...unlabelled, spam: true })).toBe(0);
  });
});

describe('training on "not spam"', () => {
  test('moves comments away from spam and leaves generic against genuine as it was', () => {
    const row = (text: string, spam: boolean) => ({
      text,
      spam,
      source: 'youtube:Psy',
      creator: null,
    });
    const examples = [
      row('buy cheap followers at my page now', true),
      row('the bridge at 2:10 gave me chills, who plays that guitar', false),
      row('my grandmother sang this to me every night', false),
      row('promote your account with real followers dm us', true),
    ].map(toExample);
    expect(examples.map((e) => e.y)).toEqual([0, NOT_SPAM, NOT_SPAM, 0]);
    const m = train(examples, { epochs: 20 });
    const [spam, generic, genuine] = predict(m, examples[1]!);
    expect(spam).toBeLessThan(0.2);
    expect(generic).toBeCloseTo(genuine!, 9);
  });
});

describe('the comments written blind and held out', () => {
  test('are read, three labels each, and trained on by no row (the same sentence in no training row)', () => {
    const heldout = loadHeldout();
    expect(heldout.length).toBeGreaterThanOrEqual(1080);
    expect(new Set(heldout.map((r) => r.source))).toEqual(
      new Set(['heldout:2026-12-a', 'heldout:2026-12-b', 'heldout:2026-12-c']),
    );
    expect(new Set(heldout.map((r) => r.label))).toEqual(new Set(['spam', 'generic', 'genuine']));
    const key = (t: string) => t.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
    const trained = new Set(trainingRows().map((r) => key(r.text)));
    expect(trainingRows().some((r) => r.source.startsWith('heldout:'))).toBe(false);
    // Short praise ("wow", "🔥🔥🔥") is written by anyone; a sentence is not.
    const sentences = heldout.filter((r) => key(r.text).split(' ').length >= 5);
    expect(sentences.length).toBeGreaterThan(750);
    expect(sentences.filter((r) => trained.has(key(r.text)))).toEqual([]);
  });
});
