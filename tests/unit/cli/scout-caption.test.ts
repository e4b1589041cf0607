import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { inputFolder, scout, type Outcome } from './run-scout';

/** `scout caption` run as the user runs it (a subprocess through tsx), all cases at once. */

const { dir, file } = inputFolder('scout-caption-');
const captionText =
  'Painting day with my new travel set from Acme Paints, better than my old Sakura one. ' +
  'Use code MAYA15 at acme.com/kit?utm_content=maya for 15% off! #watercolor #Anzeige\n';
const caption = file('caption.txt', captionText);
/** All ASCII: the character position is the string index. */
const anzeigeAt = captionText.indexOf('#Anzeige');
const brief = file(
  'brief.json',
  JSON.stringify({ name: 'Spring kit', brand: 'Acme Paints', competitors: ['Sakura'] }),
);

const cases = {
  json: [
    'caption',
    caption,
    '--brief',
    brief,
    '--code',
    'MAYA15',
    '--link',
    'https://acme.com/kit?utm_content=maya',
    '--platform',
    'instagram',
    '--json',
  ],
  text: ['caption', caption, '--platform', 'tiktok'],
  badPlatform: ['caption', caption, '--platform', 'youtube'],
  badBrief: ['caption', caption, '--brief', file('bad-brief.json', '{"name":"x","brandd":"y"}')],
  empty: ['caption', file('empty.txt', ' \n')],
  binary: ['caption', file('caption.bin', Buffer.from([0x23, 0x61, 0x64, 0, 0xff]))],
  missing: ['caption', join(dir, 'nope.txt')],
  noFile: ['caption', '--json'],
  emptyCode: ['caption', caption, '--code', ''],
} as const;

const outcomes = {} as Record<keyof typeof cases, Outcome>;
let stdin: Outcome;

beforeAll(async () => {
  const names = Object.keys(cases) as (keyof typeof cases)[];
  const results = await Promise.all(names.map((name) => scout(cases[name])));
  names.forEach((name, i) => (outcomes[name] = results[i]!));
  stdin = await scout(['caption', '-', '--json'], 'Mon nouveau kit #sponsorisé');
}, 120_000);

describe('scout caption', () => {
  test('the contract JSON: disclosure position past the Instagram cut-off, competitor named', () => {
    expect(outcomes.json.code).toBe(0);
    const json = JSON.parse(outcomes.json.stdout);
    expect(json).toEqual({
      disclosure: { found: true, tag: '#Anzeige', position: anzeigeAt, beforeCutoff: false },
      code: true,
      link: true,
      brand: true,
      competitors: ['Sakura'],
      excludedTopics: [],
      problems: [
        expect.stringMatching(/"#Anzeige" comes after the first 125 characters/),
        'Mentions a competitor: Sakura',
      ],
    });
  });
  test('the text checklist ends with what to check by hand', () => {
    expect(outcomes.text.code).toBe(0);
    expect(outcomes.text.stdout).toContain(`✗ disclosure: #Anzeige at character ${anzeigeAt + 1}`);
    expect(outcomes.text.stdout).toMatch(/\[ \] The product is shown in the first 3–5 seconds/);
  });
  test('standard input', () => {
    expect(stdin.code).toBe(0);
    expect(JSON.parse(stdin.stdout).disclosure).toMatchObject({ tag: '#sponsorisé', position: 16 });
  });
  test.each([
    ['badPlatform', /--platform youtube is not one of: instagram, tiktok/],
    ['badBrief', /brandd/],
    ['empty', /is empty/],
    ['binary', /not a text file \(binary data\)/],
    ['missing', /no such file/],
    ['noFile', /usage: caption <file\|->/],
    ['emptyCode', /--code is empty/],
  ] as const)('%s: exit 2, one line saying why', (name, words) => {
    const o = outcomes[name];
    expect(o.code).toBe(2);
    expect(o.stdout).toBe('');
    const lines = o.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^scout: /);
    expect(lines[0]).toMatch(words);
  });
});
