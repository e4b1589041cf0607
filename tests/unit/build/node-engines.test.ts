import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

/**
 * package.json states the Node versions the project supports; every dependency npm installs must
 * support all of them, or `npm ci` warns (and, with .npmrc's engine-strict, refuses) on a Node we
 * promise to run on.
 */
const root = join(import.meta.dirname, '../../..');
const readJson = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8')) as unknown;

type Manifest = { name?: string; version?: string; engines?: unknown };
type Lock = { packages: Record<string, Manifest & { optional?: boolean }> };

const ours = (readJson('package.json') as Manifest).engines as { node: string };
const lock = readJson('package-lock.json') as Lock;
const checker = createRequire(import.meta.url)(join(root, '.ci/node-version.cjs')) as {
  satisfies(version: string, range: string): boolean | null;
};

/** engines.node as npm reads it: an object's `node`, or very old packages' ["node >= 0.8"]. */
function nodeRange(engines: unknown): string | null {
  if (Array.isArray(engines)) {
    const entry = engines.find((e): e is string => typeof e === 'string' && /^node\b/.test(e));
    return entry ? entry.replace(/^node\s*/, '') : null;
  }
  const node = (engines as { node?: unknown } | undefined)?.node;
  return typeof node === 'string' ? node : null;
}

/** Every package the lock file lists, with the manifest installed here (or the lock's copy for a
 * platform-specific package this machine does not install). */
function dependencies() {
  return Object.entries(lock.packages)
    .filter(([path]) => path.startsWith('node_modules/'))
    .map(([path, entry]) => {
      const installed = join(root, path, 'package.json');
      const manifest = existsSync(installed)
        ? (readJson(join(path, 'package.json')) as Manifest)
        : entry;
      return { path, installed: existsSync(installed), range: nodeRange(manifest.engines) };
    });
}

describe("package.json's Node range", () => {
  it('is a valid range that the Node running the tests satisfies', () => {
    expect(semver.validRange(ours.node)).not.toBeNull();
    expect(semver.satisfies(process.version, ours.node)).toBe(true);
  });

  it('is within the engines.node of every installed dependency', () => {
    const deps = dependencies().filter((d) => d.installed);
    expect(deps.length).toBeGreaterThan(100);
    const disagree = deps
      .filter((d) => d.range !== null && !semver.subset(ours.node, d.range, { loose: true }))
      .map((d) => `${d.path.replace(/^.*node_modules\//, '')} needs node ${d.range}`);
    expect(disagree).toEqual([]);
  });

  it('is within the engines.node of the platform-specific packages other machines install', () => {
    const disagree = dependencies()
      .filter(
        (d) =>
          !d.installed && d.range !== null && !semver.subset(ours.node, d.range, { loose: true }),
      )
      .map((d) => `${d.path.replace(/^.*node_modules\//, '')} needs node ${d.range}`);
    expect(disagree).toEqual([]);
  });
});

describe('.ci/node-version.cjs, the check .ci/run makes before installing', () => {
  const versions = [14, 16, 18, 19, 20, 21, 22, 23, 24, 25, 26].flatMap((major) =>
    [0, 1, 9, 12, 13, 18, 19, 20, 40].map((minor) => `${major}.${minor}.${minor % 3}`),
  );

  it.each([ours.node, '^20.19.0 || >=22.12.0', '>=20', '^18.0.0 || ^20.9.0 || >=21.1'])(
    'answers as npm does for %s',
    (range) => {
      const disagree = versions.filter(
        (v) => checker.satisfies(v, range) !== semver.satisfies(v, range),
      );
      expect(disagree).toEqual([]);
    },
  );

  it("says it can't read a range written another way rather than guessing", () => {
    expect(checker.satisfies('20.19.0', '20.x')).toBeNull();
    expect(checker.satisfies('20.19.0', '>=20 <23')).toBeNull();
  });

  const run = (fakeVersion?: string) =>
    spawnSync(
      process.execPath,
      [
        '--require',
        join(import.meta.dirname, 'fake-node-version.cjs'),
        join(root, '.ci/node-version.cjs'),
      ],
      { encoding: 'utf8', env: { ...process.env, FAKE_NODE_VERSION: fakeVersion ?? '' } },
    );

  it('lets this Node through silently', () => {
    const res = run();
    expect([res.status, res.stdout, res.stderr]).toEqual([0, '', '']);
  });

  it.each(['18.20.4', '20.18.1', '22.12.0', '23.11.0'])(
    'refuses Node %s with one line and exit code 2',
    (v) => {
      const res = run(v);
      expect(res.status).toBe(2);
      expect(res.stdout).toBe('');
      expect(res.stderr).toBe(
        `Creator Scout needs Node.js ${ours.node} (package.json engines); this machine runs v${v}.\n`,
      );
    },
  );
});
