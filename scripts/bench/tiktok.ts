import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readTikTokPage } from '../../lib/sites/tiktok/read-page';
import { SCRIPT_IDS } from '../../lib/sites/tiktok/selectors';
import { parseHtmlDocument } from '../lib/parse-html';
import { medianMs } from './measure';
import type { BenchSuite } from './types';

const FIXTURE = fileURLToPath(
  new URL('../../tests/fixtures/tiktok/profile-rendered-2025-12.html', import.meta.url),
);
const URL_ = 'https://www.tiktok.com/@illojuan';
const TARGET_MS = 5;
const TARGET_RATIO = 2;

/**
 * Reading a real profile page (profile-rendered-2025-12.html, 540 KB, 244 KB of embedded JSON):
 * readTikTokPage on the parsed linkedom Document, against a bare JSON.parse of the same embedded
 * JSON measured in the same run.
 */
export const tiktokSuite: BenchSuite = async () => {
  const doc = parseHtmlDocument(readFileSync(FIXTURE, 'utf8'));
  const json = doc.getElementById(SCRIPT_IDS.universal)?.textContent ?? '';
  const check = readTikTokPage({ document: doc, url: URL_ });
  if (check.status !== 'ok' || check.profile?.followers.value !== 783427) {
    throw new Error(`tiktok bench: unexpected reading (${check.status})`);
  }
  // Warm the JIT on both, then interleave rounds so both see the same machine state; the figure
  // is the median of the rounds' medians.
  for (let i = 0; i < 100; i++) readTikTokPage({ document: doc, url: URL_ });
  for (let i = 0; i < 100; i++) JSON.parse(json);
  const rounds = 9;
  const reads: number[] = [];
  const parses: number[] = [];
  for (let i = 0; i < rounds; i++) {
    parses.push(medianMs(() => JSON.parse(json), 30, 3));
    reads.push(medianMs(() => readTikTokPage({ document: doc, url: URL_ }), 30, 3));
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1]!;
  const read = median(reads);
  const parse = median(parses);
  const ratio = read / parse;
  return [
    {
      area: 'tiktok',
      figure: 'readTikTokPage, profile page (median)',
      measured: `${read.toFixed(2)} ms`,
      target: `≤ ${TARGET_MS} ms`,
      pass: read <= TARGET_MS,
    },
    {
      area: 'tiktok',
      figure: 'same, ÷ bare JSON.parse of its embedded JSON',
      measured: `${ratio.toFixed(2)}× (JSON.parse ${parse.toFixed(2)} ms)`,
      target: `≤ ${TARGET_RATIO}×`,
      pass: ratio <= TARGET_RATIO,
    },
  ];
};
