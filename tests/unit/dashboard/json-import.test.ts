import { describe, expect, test } from 'vitest';
import { readBriefJson, briefToJson } from '../../../lib/dashboard/brief-io';
import { issuesWithLines, readJson } from '../../../lib/dashboard/import-errors';
import { linesOfPaths, prefixes } from '../../../lib/dashboard/json-lines';

describe('linesOfPaths', () => {
  const text =
    '{\n  "a": 1,\n  "list": [\n    { "x": "y" },\n    {\n      "x": "z\\"}"\n    }\n  ]\n}';
  test.each([
    ['a', 2],
    ['list', 3],
    ['list[0]', 4],
    ['list[0].x', 4],
    ['list[1].x', 6],
    // Missing fields: the line of the deepest parent present.
    ['list[1].missing', 5],
    ['nothing', 1],
    ['(root)', 1],
  ])('%s is on line %i', (path, line) => {
    expect(linesOfPaths(text, [path]).get(path)).toBe(line);
  });

  test('prefixes', () => {
    expect(prefixes('a.b[2].c')).toEqual(['(root)', 'a', 'a.b', 'a.b[2]', 'a.b[2].c']);
  });
});

describe('readJson / issuesWithLines', () => {
  test('a syntax error names its line', () => {
    const read = readJson('{\n  "a": 1,\n  "b": \n}');
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.errors[0]!.line).toBe(4);
  });
  test('issues are sorted by line', () => {
    const text = '{\n "a": 1,\n "b": 2\n}';
    expect(
      issuesWithLines(text, [
        { path: 'b', message: 'x' },
        { path: 'a', message: 'y' },
      ]).map((e) => e.line),
    ).toEqual([2, 3]);
  });
});

describe('readBriefJson', () => {
  test('a valid brief round-trips', () => {
    const brief = {
      name: 'Spring',
      keywords: ['watercolor'],
      languages: ['en'],
      followers: { min: 10_000 },
    };
    expect(readBriefJson(briefToJson(brief))).toEqual({ ok: true, brief });
  });
  test('unknown fields are errors naming them, on their line', () => {
    const read = readBriefJson(
      '{\n  "name": "x",\n  "budget": 5,\n  "followers": {\n    "min": 1,\n    "avg": 2\n  }\n}',
    );
    expect(read).toEqual({
      ok: false,
      errors: [
        { line: 3, field: 'budget', message: 'unknown field "budget"' },
        { line: 6, field: 'followers.avg', message: 'unknown field "avg"' },
      ],
    });
  });
  test('a bad value names its field and line', () => {
    const read = readBriefJson('{\n  "name": "x",\n  "countries": ["US", "usa"]\n}');
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.errors).toMatchObject([{ line: 3, field: 'countries[1]' }]);
  });
});

describe('syntax error lines', () => {
  test.each([
    ['{\n  "a": 1,\n  "b": \n}', 4],
    ['{\n  "a": 1\n  "b": 2\n}', 3],
    ['[1,\n2,\n]', 3],
    ['{\n "a": tru }', 2],
    ['{"a": "unterminated', 1],
    ['\n\n', 3],
  ])('%j fails on line %i', (text, line) => {
    const read = readJson(text);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.errors[0]!.line).toBe(line);
  });
  test('valid JSON has no error offset', async () => {
    const { firstErrorOffset } = await import('../../../lib/dashboard/json-lines');
    expect(firstErrorOffset('{"a": [1, -2.5e3, "x\\"y", true, null, {}]}')).toBeNull();
  });
});
