import { readFile, stat } from 'node:fs/promises';
import { UsageError } from './usage-error';

/**
 * Largest file a command reads: real saved pages are 0.5–5 MB; a 15 MB page takes about 9 s and
 * 0.9 GB to vet (HTML parse), so past this the time and memory would grow without a bound.
 */
export const MAX_INPUT_BYTES = 16 * 1024 * 1024;
/** Deepest HTML element nesting read (estimated from the tags): real pages nest under 100. */
export const MAX_HTML_DEPTH = 5000;
/** Deepest JSON nesting read: real responses nest under 40 levels. */
export const MAX_JSON_DEPTH = 512;

/**
 * Reads a text file for a command, refusing in one line what no command can use: a missing or
 * unreadable file, one over MAX_INPUT_BYTES, an empty one, and binary data (NUL bytes or text that
 * is not UTF-8).
 */
export async function readTextInput(path: string): Promise<string> {
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new UsageError(`${path} is a folder, not a file`);
    if (info.size > MAX_INPUT_BYTES) throw tooLarge(path, info.size);
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      `cannot read ${path}: ${code === 'ENOENT' ? 'no such file' : String(code ?? error)}`,
    );
  }
  return checkText(path, bytes);
}

/** Standard input, with the same limits. */
export async function readStdinInput(): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > MAX_INPUT_BYTES) throw tooLarge('standard input', size);
    chunks.push(chunk as Buffer);
  }
  return checkText('standard input', Buffer.concat(chunks));
}

function tooLarge(what: string, size: number): UsageError {
  const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
  return new UsageError(`${what} is larger than ${mb(MAX_INPUT_BYTES)} (${mb(size)}): not read`);
}

function checkText(what: string, bytes: Buffer): string {
  if (bytes.includes(0)) throw new UsageError(`${what} is not a text file (binary data)`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UsageError(`${what} is not a text file (not UTF-8 text)`);
  }
  if (!text.trim()) throw new UsageError(`${what} is empty`);
  return text;
}

/** JSON.parse after checking the nesting depth, so a hostile file cannot exhaust time or stack. */
export function parseBoundedJson(text: string): unknown {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > MAX_JSON_DEPTH)
        throw new UsageError(`JSON nested deeper than ${MAX_JSON_DEPTH} levels: not read`);
    } else if (c === 125 || c === 93) depth--;
  }
  return JSON.parse(text);
}

const VOID_OR_SELF_CLOSING = new Set(
  'area base br col embed hr img input link meta source track wbr p li option tr td th dt dd'.split(
    ' ',
  ),
);

/** Refuses HTML nested deeper than MAX_HTML_DEPTH (counted from open and close tags, before parsing). */
export function checkHtmlDepth(html: string): void {
  let depth = 0;
  for (const match of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(\/?)>/g)) {
    const name = match[2]!.toLowerCase();
    if (VOID_OR_SELF_CLOSING.has(name) || match[3]) continue;
    depth += match[1] ? -1 : 1;
    if (depth > MAX_HTML_DEPTH)
      throw new UsageError(`HTML nested deeper than ${MAX_HTML_DEPTH} levels: not read`);
  }
}
