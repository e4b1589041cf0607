import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import {
  classifierSample,
  SAMPLE_FILE,
  type SampleOutput,
} from '../../../../scripts/classifier-outputs';

// The classifier's answers on a fixed sample of the labelled comments (first of each source and
// every 97th), stored when they were last meant to change. A speed-up must leave every label,
// confidence and reason as it was; a deliberate change rewrites the file (see the script).
const stored = JSON.parse(readFileSync(SAMPLE_FILE, 'utf8')) as SampleOutput[];

test('the stored sample covers every source and all three labels', () => {
  const groups = new Set(stored.map((s) => s.source.split(':')[0]));
  expect([...groups].sort()).toEqual(['authored', 'janitr', 'scamspot', 'youtube', 'youtube-id']);
  expect(new Set(stored.map((s) => s.label))).toEqual(new Set(['spam', 'generic', 'genuine']));
  expect(stored.length).toBeGreaterThan(300);
});

test('the classifier gives the stored label, confidence and reasons on every sampled comment', () => {
  const now = classifierSample();
  expect(now.length).toBe(stored.length);
  const changed = now.flatMap((c, i) =>
    JSON.stringify(c) === JSON.stringify(stored[i]) ? [] : [{ now: c, stored: stored[i] }],
  );
  expect(changed.slice(0, 5), `${changed.length} of ${now.length} answers changed`).toEqual([]);
});
