import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { detectFrancLanguage } from '../../lib/rules/fit/language';
import { scoreReading } from '../../lib/rules/score';
import { platformOf, readers } from '../../lib/sites/read-page';
import { toContractJson } from '../cli/vet';
import { parseHtmlDocument } from '../lib/parse-html';
import { savedPages } from '../lib/saved-pages';
import type { BenchSuite } from './types';

const PAGES = 1000;
const fixtures = resolve(import.meta.dirname, '..', '..', 'tests', 'fixtures');

/**
 * What `scout vet` costs per page beyond reading it: 1,000 saved pages through the CLI's own path
 * (file read, HTML parse, readers, rules, JSON out) against the HTML parse and readers alone.
 */
export const cliSuite: BenchSuite = async () => {
  const pages = Object.values(savedPages).map((p) => ({
    path: resolve(fixtures, p.file),
    url: p.url,
    platform: platformOf(p.url)!,
  }));
  const html = pages.map((p) => readFileSync(p.path, 'utf8'));

  let start = performance.now();
  for (let i = 0; i < PAGES; i++) {
    const page = pages[i % pages.length]!;
    readers[page.platform]({ document: parseHtmlDocument(html[i % pages.length]!), url: page.url });
  }
  const readMs = performance.now() - start;

  start = performance.now();
  for (let i = 0; i < PAGES; i++) {
    const page = pages[i % pages.length]!;
    const text = readFileSync(page.path, 'utf8');
    const reading = readers[page.platform]({ document: parseHtmlDocument(text), url: page.url });
    const verdict = scoreReading(reading, { detectLanguage: detectFrancLanguage });
    JSON.stringify(toContractJson(reading, verdict));
  }
  const cliMs = performance.now() - start;
  const ratio = cliMs / readMs;
  return [
    {
      area: 'cli',
      figure: `read ${PAGES} saved pages (HTML parse + readers)`,
      measured: `${(readMs / 1000).toFixed(2)} s`,
      target: 'reference',
      pass: true,
    },
    {
      area: 'cli',
      figure: `scout vet path on ${PAGES} pages (file, parse, read, score, JSON)`,
      measured: `${(cliMs / 1000).toFixed(2)} s`,
      target: '≤ 1.5× reading',
      pass: ratio <= 1.5,
    },
    {
      area: 'cli',
      figure: 'scout vet ÷ reading alone',
      measured: `${ratio.toFixed(2)}×`,
      target: '≤ 1.5×',
      pass: ratio <= 1.5,
    },
  ];
};
