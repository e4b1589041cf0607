import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { PLATFORMS, isPostHost, platformOfHost } from '../../../lib/model/platforms';
import { Platform } from '../../../lib/model/reading';

const ROOT = join(__dirname, '..', '..', '..');
const SCANNED = ['lib', 'components', 'entrypoints', 'scripts'];
/** The only places that may name a platform in code: its readers and the registry. */
const ALLOWED = [/^lib\/sites\//, /^lib\/model\/platforms\.ts$/];

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(e.name) ? [path] : [];
  });
}

const names = Platform.options.join('|');
const displayNames = Object.values(PLATFORMS)
  .map((p) => p.name)
  .join('|');
/** `x === 'tiktok'`, `'instagram' !== x`, `case 'tiktok':`, and a platform's name as a whole string. */
const BRANCH = new RegExp(
  [
    `[!=]==?\\s*['"\`](?:${names})['"\`]`,
    `['"\`](?:${names})['"\`]\\s*[!=]==?`,
    `case\\s+['"\`](?:${names})['"\`]`,
    `['"](?:${displayNames})['"]`,
  ].join('|'),
);

describe('platform registry', () => {
  test('the guard recognises the branches it forbids', () => {
    for (const bad of [
      "platform === 'tiktok' ? a : b",
      'r.platform !== "instagram"',
      "case 'tiktok':",
      "{ instagram: 'Instagram', tiktok: 'TikTok' }",
    ])
      expect(bad).toMatch(BRANCH);
    for (const fine of ['PLATFORMS[p].name', 'platform === other', "'Open a TikTok page'"])
      expect(fine).not.toMatch(BRANCH);
  });

  test('no platform ternary or platform name outside lib/sites and the registry', () => {
    const offenders = SCANNED.flatMap(sourceFiles)
      .map((path) => relative(ROOT, join(ROOT, path)).split('\\').join('/'))
      .filter((path) => !ALLOWED.some((re) => re.test(path)))
      .flatMap((path) =>
        readFileSync(join(ROOT, path), 'utf8')
          .split('\n')
          .flatMap((line, i) => (BRANCH.test(line) ? [`${path}:${i + 1}: ${line.trim()}`] : [])),
      );
    expect(offenders).toEqual([]);
  });

  test('profile and DM links encode the handle and stay on https', () => {
    expect(PLATFORMS.tiktok.profileUrl('a"b')).toBe('https://www.tiktok.com/@a%22b');
    expect(PLATFORMS.instagram.profileUrl('@jane.doe')).toBe('https://www.instagram.com/jane.doe/');
    expect(PLATFORMS.instagram.dm.url('x/../y')).toBe('https://ig.me/m/x%2F..%2Fy');
    for (const p of Platform.options) {
      expect(new URL(PLATFORMS[p].profileUrl('h')).protocol).toBe('https:');
      expect(new URL(PLATFORMS[p].dm.url('h')).protocol).toBe('https:');
    }
  });

  test('hosts: each platform owns its domain and subdomains, and nothing that merely ends alike', () => {
    for (const p of Platform.options) {
      const { domain, matches, postHosts } = PLATFORMS[p];
      expect(platformOfHost(domain)).toBe(p);
      expect(platformOfHost(`www.${domain.toUpperCase()}`)).toBe(p);
      expect(platformOfHost(`evil${domain}`)).toBeNull();
      for (const m of matches) expect(platformOfHost(new URL(m.replace('*', '')).hostname)).toBe(p);
      for (const h of postHosts) expect(platformOfHost(h)).toBe(p);
    }
    expect(isPostHost('instagram', 'www.instagram.com')).toBe(true);
    expect(isPostHost('instagram', 'www.tiktok.com')).toBe(false);
    expect(isPostHost('tiktok', 'm.tiktok.com')).toBe(true);
    expect(isPostHost('tiktok', 'vm.tiktok.com')).toBe(false);
  });
});
