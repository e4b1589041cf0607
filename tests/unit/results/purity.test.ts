import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const dirs = ['lib/results', 'lib/offer'];
const root = new URL('../../../', import.meta.url);
const files = dirs.flatMap((dir) =>
  readdirSync(new URL(dir, root)).map((name) => `${dir}/${name}`),
);
// What pure results/offer code may import: our model and each other, the words and locale of
// lib/i18n/messages (pure: a JSON file), zod, papaparse.
const allowed =
  /^(?:zod|papaparse|\.\/[\w-]+|\.\.\/(?:model|offer|results)\/[\w-]+|\.\.\/i18n\/messages)$/;

describe('lib/results and lib/offer stay pure', () => {
  test.each(files)('%s imports only the model, the messages, zod and papaparse', (file) => {
    const text = readFileSync(new URL(file, root), 'utf8');
    const imports = [...text.matchAll(/from '([^']+)'/g)].map((m) => m[1]!);
    expect(imports.filter((source) => !allowed.test(source))).toEqual([]);
    const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
    expect(code).not.toMatch(/\b(?:window|document|chrome|browser|fetch|localStorage)\s*[.(]/);
  });
});
