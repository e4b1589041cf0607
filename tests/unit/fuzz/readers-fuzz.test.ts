import { expect, test } from 'vitest';
import { PageReading, type Count } from '../../../lib/model/reading';
import { scoreReading } from '../../../lib/rules/score';
import { platformOf, readers } from '../../../lib/sites/read-page';
import { parseHtmlDocument } from '../../../scripts/lib/parse-html';
import { mutate } from './mutate';
import { rng } from './random';
import { loadSeeds, type Seed } from './seeds';
import { statedNumbers } from './stated-numbers';
import { saidMismatches } from '../i18n/said-check';

/**
 * ≥ 10,000 mutated saved pages through the readers and the rules: nothing throws, every reading is
 * valid, and no number is reported that the mutated page does not state. Each iteration has its own
 * seed: a failure names it, and `FUZZ_SEED=<seed> FUZZ_ITERATIONS=1` replays exactly that page.
 */
const ITERATIONS = Number(process.env.FUZZ_ITERATIONS ?? 10_000);
const BASE_SEED = Number(process.env.FUZZ_SEED ?? 20261125);
const NOW = new Date('2026-11-25T12:00:00Z');

function countsOf(reading: PageReading): Array<[string, Count]> {
  const out: Array<[string, Count]> = [];
  const p = reading.profile;
  if (p)
    for (const k of ['followers', 'following', 'posts', 'likes'] as const)
      out.push([`profile.${k}`, p[k]]);
  for (const post of reading.posts) {
    for (const k of ['likes', 'comments', 'views', 'shares', 'saves'] as const)
      out.push([`post ${post.id}.${k}`, post[k]]);
  }
  return out;
}

function runOnce(seed: Seed, iterationSeed: number): string | null {
  const r = rng(iterationSeed);
  const { text, steps } = mutate(seed.text, r);
  const where = `seed ${iterationSeed} (${seed.file}: ${steps.join(' → ')})`;
  const platform = platformOf(seed.url)!;
  let reading: PageReading;
  try {
    if (seed.kind === 'json') {
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        return null; // the content script drops responses that are not JSON
      }
      reading = readers[platform]({
        document: null,
        url: seed.url,
        responses: [{ url: seed.url, body }],
        now: NOW,
      });
    } else {
      reading = readers[platform]({ document: parseHtmlDocument(text), url: seed.url, now: NOW });
    }
    const valid = PageReading.safeParse(reading);
    if (!valid.success) return `${where}: invalid reading ${valid.error.issues[0]?.message}`;
    const said = saidMismatches(scoreReading(reading, { now: NOW }));
    if (said.length) return `${where}: ${said[0]}`;
  } catch (error) {
    return `${where}: threw ${error instanceof Error ? error.stack : String(error)}`;
  }
  let stated: Set<number> | null = null;
  for (const [field, count] of countsOf(reading)) {
    if (count.value === null) continue;
    if (text.includes(String(count.value))) continue;
    stated ??= statedNumbers(text);
    if (!stated.has(count.value))
      return `${where}: ${field} = ${count.value} is not stated on the page (${count.detail ?? count.source})`;
  }
  return null;
}

test(`readers and rules survive ${ITERATIONS} mutated pages`, () => {
  const seeds = loadSeeds();
  const failures: string[] = [];
  for (let i = 0; i < ITERATIONS && failures.length < 5; i++) {
    const iterationSeed = BASE_SEED + i;
    const failure = runOnce(seeds[rng(iterationSeed).int(seeds.length)]!, iterationSeed);
    if (failure) failures.push(failure);
  }
  expect(failures).toEqual([]);
}, 600_000);
