import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

/** The command line run as the user runs it: a subprocess through tsx. */
const run = promisify(execFile);
const TSX = join('node_modules', '.bin', 'tsx');

export interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

export async function scout(args: readonly string[], stdin?: string): Promise<Outcome> {
  const child = run(TSX, ['scripts/scout.ts', ...args], { maxBuffer: 16 * 1024 * 1024 });
  if (stdin !== undefined) child.child.stdin!.end(stdin);
  try {
    const { stdout, stderr } = await child;
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** A folder of input files for one test file; `file` writes one and returns its path. */
export function inputFolder(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const file = (name: string, content: string | Buffer) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  return { dir, file };
}
