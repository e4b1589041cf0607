/**
 * Draws the sample of real comments labelled by hand (scripts/data/comments/real-sample-labelled.tsv):
 * 80 rows of each real source, shuffled with a fixed seed. Prints the rows; the sets' spam label is
 * kept, the others were labelled generic or genuine by reading them, blind to the model.
 *   npx tsx scripts/draw-real-sample.ts > sample.tsv
 */
import { groupOf, loadLabelled, oneLine, SAMPLE_PER_SOURCE } from './data/comments/load';

const SEED = 20261207;

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const bySource = new Map<string, { text: string; spam: boolean }[]>();
for (const r of loadLabelled()) {
  const g = groupOf(r);
  if (!bySource.has(g)) bySource.set(g, []);
  bySource.get(g)!.push(r);
}
const out = ['source\tindex\tlabel\tby\tnote\ttext'];
for (const [source, rows] of bySource) {
  const rand = rng(SEED);
  const order = rows.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  for (const i of order.slice(0, SAMPLE_PER_SOURCE).sort((a, b) => a - b)) {
    const r = rows[i]!;
    out.push(
      `${source}\t${i}\t${r.spam ? 'spam' : ''}\t${r.spam ? 'source' : 'hand'}\t\t${oneLine(r.text)}`,
    );
  }
}
console.log(out.join('\n'));
