import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { classifyComment } from '../lib/rules/comments/classify';
import { loadAuthored, loadLabelled } from './data/comments/load';

/**
 * What the comment classifier says on a fixed sample of the labelled comments: the first 15 of each
 * source (ScamSpot's accounts as one) and every 97th comment of all, with the set's creator handle
 * where it names one. tests/unit/rules/comments/classifier-outputs.test.ts holds the classifier to
 * the stored answers, so that a change meant only to make it faster cannot change a label, a
 * confidence or a reason. After a deliberate change (retrained weights, new wording), write them
 * again: `npx tsx scripts/classifier-outputs.ts`.
 */

export interface SampleOutput {
  source: string;
  text: string;
  label: string;
  /** Rounded to 6 decimals. */
  confidence: number;
  reasons: string[];
}

const FIRST = 15;
const EVERY = 97;

export function classifierSample(): SampleOutput[] {
  const rows = [...loadLabelled(), ...loadAuthored()];
  const seen = new Map<string, number>();
  const out: SampleOutput[] = [];
  rows.forEach((r, i) => {
    const group = r.source.startsWith('scamspot:') ? 'scamspot' : r.source;
    const n = seen.get(group) ?? 0;
    seen.set(group, n + 1);
    if (n >= FIRST && i % EVERY !== 0) return;
    const c = classifyComment(r.text, { creatorHandle: r.creator });
    out.push({
      source: r.source,
      text: r.text,
      label: c.label,
      confidence: Math.round(c.confidence * 1e6) / 1e6,
      reasons: c.reasons,
    });
  });
  return out;
}

export const SAMPLE_FILE = join(
  dirname(fileURLToPath(import.meta.url)),
  '../tests/fixtures/comments/classifier-outputs.json',
);

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const sample = classifierSample();
  writeFileSync(SAMPLE_FILE, JSON.stringify(sample, null, 1) + '\n');
  console.log(`wrote ${SAMPLE_FILE} (${sample.length} comments)`);
}
