import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readInstagramPage } from '../../lib/sites/instagram/read-page';
import { parseCount } from '../../lib/sites/parse-count';
import { parseHtmlDocument } from '../lib/parse-html';
import { medianMs } from './measure';
import type { BenchRow, BenchSuite } from './types';

const dir = resolve(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'instagram');

/** The saved profile pages: the real logged-out capture and the rendered logged-in header. */
const PROFILES = [
  ['profile-logged-out-2024-12.html', 'https://www.instagram.com/pluto__travel/'],
  ['profile-logged-in-synthetic.html', 'https://www.instagram.com/nasa/'],
] as const;
const POSTS = [
  ['reel-logged-in-2024-03.html', 'https://www.instagram.com/reel/C10MvewSSYl/'],
  ['post-rendered-with-comments-2021-10.html', 'https://www.instagram.com/p/BWUDBntl3_Z/'],
] as const;

const PROFILE_TARGET_MS = 5;

function row(figure: string, ms: number, targetMs: number | null): BenchRow {
  return {
    area: 'instagram',
    figure,
    measured: `${ms.toFixed(2)} ms`,
    target: targetMs === null ? '—' : `≤ ${targetMs} ms`,
    pass: targetMs === null || ms <= targetMs,
  };
}

/**
 * readInstagramPage on an already parsed linkedom Document: parsing the HTML is not part of the
 * reading time (in the extension the browser has parsed the page already).
 */
export const instagramSuite: BenchSuite = async () => {
  const rows: BenchRow[] = [];
  for (const [file, url] of PROFILES) {
    const document = parseHtmlDocument(readFileSync(resolve(dir, file), 'utf8'));
    const ms = medianMs(() => readInstagramPage({ document, url }), 100, 10);
    rows.push(
      row(`read profile ${file} (parsed Document, parse excluded), median`, ms, PROFILE_TARGET_MS),
    );
  }
  for (const [file, url] of POSTS) {
    const document = parseHtmlDocument(readFileSync(resolve(dir, file), 'utf8'));
    const ms = medianMs(() => readInstagramPage({ document, url }), 50, 5);
    rows.push(row(`read post ${file} (parsed Document, parse excluded), median`, ms, null));
  }
  const texts = ['1.2M', '1,2 Mio.', '12,3 k', '1 234', '104 mila', '12,3万', '1,2 млн', '2.362'];
  const ms = medianMs(() => {
    for (let i = 0; i < 1000; i++) parseCount(texts[i % texts.length]!, i % 2 ? 'de' : undefined);
  });
  rows.push(row('parseCount × 1,000 mixed locales, median', ms, null));
  return rows;
};
