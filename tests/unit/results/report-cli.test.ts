import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const fixtures = join(root, 'tests/fixtures/results');

function scout(...args: string[]) {
  const result = spawnSync('npx', ['tsx', 'scripts/scout.ts', 'report', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function tempCsv(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'scout-report-')), 'results.csv');
  writeFileSync(path, text);
  return path;
}

describe('scout report', { timeout: 30_000 }, () => {
  test('--json prints one object: creators with ratios and groups, and totals', () => {
    const { code, stdout, stderr } = scout(
      join(fixtures, 'campaign-results-synthetic.csv'),
      '--json',
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(Object.keys(report).sort()).toEqual(['creators', 'topConversionShare', 'totals']);
    expect(report.creators).toHaveLength(8);
    for (const creator of report.creators) {
      for (const field of [
        'handle',
        'spend',
        'revenue',
        'conversions',
        'clicks',
        'roas',
        'cpa',
        'cvr',
        'ctr',
        'group',
      ]) {
        expect(creator).toHaveProperty(field);
      }
      expect(['top', 'middle', 'bottom']).toContain(creator.group);
    }
    expect(report.creators[0]).toEqual({
      handle: 'jane_paints',
      code: 'JANE15',
      spend: 800,
      revenue: 6000,
      conversions: 60,
      clicks: 1200,
      impressions: 40000,
      roas: 7.5,
      cpa: 800 / 60,
      cvr: 0.05,
      ctr: 0.03,
      group: 'top',
      problems: [],
    });
    const byHandle = Object.fromEntries(
      report.creators.map((c: { handle: string }) => [c.handle, c]),
    );
    expect(byHandle.gift_only).toMatchObject({ spend: 0, roas: null, group: 'middle' });
    expect(byHandle.kim_paints).toMatchObject({ cpa: null, cvr: null, ctr: 0 });
    expect(byHandle.lee_sketches).toMatchObject({ impressions: null, ctr: null });
    // Ranked conversions 134 (gift_only is unranked), 60% = 80.4: jane 60 + theo 12 + mia 30 (ROAS
    // tie with omar, more conversions). Bottom: every creator losing money (ROAS below 1: lee, kim,
    // zoe), the lowest quartile (kim) among them.
    expect(
      report.creators.map((c: { handle: string; group: string }) => `${c.handle}=${c.group}`),
    ).toEqual([
      'jane_paints=top',
      'omar-draws=middle',
      'lee_sketches=bottom',
      'mia.watercolor=top',
      'theo_inks=top',
      'gift_only=middle',
      'kim_paints=bottom',
      'zoe.brush=bottom',
    ]);
    expect(report.totals).toMatchObject({
      creators: 8,
      spend: 3450,
      revenue: 13750,
      conversions: 144,
      clicks: 3140,
    });
    expect(report.totals.roas).toBeCloseTo(13750 / 3450);
  });

  test('without --json prints a table with "—" for undefined ratios and a totals line', () => {
    const { code, stdout, stderr } = scout(join(fixtures, 'campaign-results-synthetic.csv'));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^handle\s+spend\s+revenue/);
    expect(stdout).toMatch(/^gift_only .*—.*middle$/m);
    expect(stdout).toMatch(/^total \(8\)\s+3,450\.00\s+13,750\.00/m);
    expect(stdout).not.toMatch(/Infinity|NaN/);
  });

  test('bad rows: exit 2, one stderr line per error with its line, nothing on stdout', () => {
    const { code, stdout, stderr } = scout(
      join(fixtures, 'creator-sheet-bad-rows-synthetic.csv'),
      '--json',
    );
    expect(code).toBe(2);
    expect(stdout).toBe('');
    const lines = stderr.trimEnd().split('\n');
    expect(
      lines.filter((l) => / line \d+: /.test(l)).map((l) => l.replace(/^.*?: line/, 'line')),
    ).toEqual([
      'line 3: conversions: not a number "twenty-five"',
      'line 6: spend: negative amount "-650"',
      'line 7: conversions: empty',
      'line 8: handle: "jane_paints" already on line 2',
      'line 9: handle: empty',
      'line 11: handle: a totals row (totals are computed)',
    ]);
    expect(lines.at(-1)).toMatch(/6 errors in .*; nothing reported$/);
  });

  test.each([
    ['a missing file', ['/nonexistent/results.csv'], /cannot read \/nonexistent\/results\.csv/],
    [
      'an unknown flag',
      [join(fixtures, 'campaign-results-synthetic.csv'), '--csv'],
      /unknown option --csv/,
    ],
    ['no file', [], /usage: report/],
    ['two files', ['a.csv', 'b.csv'], /usage: report/],
  ])('%s: one line on stderr, exit 2', (_name, args, message) => {
    const { code, stdout, stderr } = scout(...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
  });

  test('a file without the required columns: exit 2 naming them', () => {
    const { code, stdout, stderr } = scout(tempCsv('handle,revenue\njane,5\n'), '--json');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/line 1: missing columns spend, conversions, clicks/);
  });

  test('a header-only file is an empty report, not an error', () => {
    const { code, stdout } = scout(tempCsv('handle,spend,revenue,conversions,clicks\n'), '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ creators: [], totals: { creators: 0, roas: null } });
  });
});
