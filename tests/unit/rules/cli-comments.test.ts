import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { run } from '../../../scripts/cli/comments';
import { UsageError } from '../../../scripts/cli/usage-error';

const dir = mkdtempSync(join(tmpdir(), 'scout-comments-'));
const file = (name: string, body: string) => {
  const path = join(dir, name);
  writeFileSync(path, body);
  return path;
};

async function lines(argv: string[]): Promise<Record<string, unknown>[]> {
  let out = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  try {
    await run(argv);
  } finally {
    spy.mockRestore();
  }
  return out
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

afterEach(() => vi.restoreAllMocks());

describe('scout comments', () => {
  test('one comment per line → one JSON object per line', async () => {
    const out = await lines([
      file('c.txt', 'nice pic 🔥\n\nCheck my bio for a collab\nWhere is this beach?\n'),
    ]);
    expect(out.map((o) => [o.text, o.label])).toEqual([
      ['nice pic 🔥', 'generic'],
      ['Check my bio for a collab', 'spam'],
      ['Where is this beach?', 'genuine'],
    ]);
    for (const o of out) {
      expect(Object.keys(o).sort()).toEqual(['confidence', 'label', 'reasons', 'text']);
      expect(o.confidence).toBeGreaterThan(0.33);
      expect(o.confidence).toBeLessThanOrEqual(1);
      expect((o.reasons as string[]).length).toBeGreaterThan(0);
    }
  });

  test('a CSV with a text column, quoted commas and newlines', async () => {
    const out = await lines([
      file('c.csv', 'id,text\n1,"Hello, where is this?"\n2,"two\nlines"\n'),
    ]);
    expect(out.map((o) => o.text)).toEqual(['Hello, where is this?', 'two\nlines']);
  });

  test('a YouTube export (CONTENT column, BOM) is read too', async () => {
    const out = await lines([
      file(
        'y.csv',
        '\uFEFFCOMMENT_ID,AUTHOR,DATE,CONTENT,CLASS\na,b,c,"subscribe to my channel<br />",1\n',
      ),
    ]);
    expect(out).toHaveLength(1);
    expect(out[0]!.label).toBe('spam');
  });

  test.each([
    [['/no/such/file.txt'], 'no such file'],
    [[], 'usage'],
    [['a.txt', 'b.txt'], 'unexpected argument'],
  ])('%j → usage error (%s)', async (argv, message) => {
    await expect(run(argv)).rejects.toThrow(UsageError);
    await expect(run(argv)).rejects.toThrow(message);
  });
});
