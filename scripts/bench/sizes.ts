import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchRow, BenchSuite } from './types';

const root = resolve(import.meta.dirname, '..', '..');
const out = resolve(root, '.output', 'chrome-mv3');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gzip = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/** A page's script and every chunk it imports statically, gzipped one by one (as the browser loads them). */
function pageBytes(html: string): number {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) {
      visit(resolve(dirname(file), m[1]!));
    }
  };
  const page = readFileSync(resolve(out, html), 'utf8');
  for (const m of page.matchAll(/<script[^>]+src="([^"]+)"/g))
    visit(resolve(out, m[1]!.replace(/^\//, '')));
  return [...seen].reduce((sum, file) => sum + gzip(file), 0);
}

export const sizesSuite: BenchSuite = async () => {
  if (!existsSync(resolve(out, 'manifest.json'))) {
    execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'ignore' });
  }
  const rows: BenchRow[] = [];
  for (const name of ['instagram', 'tiktok']) {
    const bytes = gzip(resolve(out, 'content-scripts', `${name}.js`));
    rows.push({
      area: 'size',
      figure: `${name} content script (gzip)`,
      measured: kb(bytes),
      target: '≤ 60 KB',
      pass: bytes <= 60 * 1024,
    });
  }
  const observer = gzip(resolve(out, 'content-scripts', 'page-data.js'));
  rows.push({
    area: 'size',
    figure: 'main-world observer (gzip)',
    measured: kb(observer),
    target: '≤ 5 KB',
    pass: observer <= 5 * 1024,
  });
  // The comment model's weights are a module of their own, loaded with the panel: counted with it.
  const panel =
    gzip(resolve(out, 'content-scripts', 'panel', 'panel.js')) +
    gzip(resolve(out, 'content-scripts', 'panel', 'model-weights.js'));
  rows.push({
    area: 'size',
    figure: 'panel module and comment weights, loaded on creator pages (gzip)',
    measured: kb(panel),
    target: '≤ 250 KB',
    pass: panel <= 250 * 1024,
  });
  for (const page of ['popup', 'dashboard']) {
    const bytes = pageBytes(`${page}.html`);
    const limit = page === 'popup' ? 150 : 250;
    rows.push({
      area: 'size',
      figure: `${page} page scripts (gzip)`,
      measured: kb(bytes),
      target: `≤ ${limit} KB`,
      pass: bytes <= limit * 1024,
    });
  }
  return rows;
};
