/**
 * Where a value sits in a JSON text: the line of each wanted path (`creators[3].snapshots[0].at`,
 * written as lib/model/messages `formatPath` writes them), so that an import error names a line.
 * A path that is not in the text (a missing field) gets the line of its deepest parent present.
 * The text is assumed to be valid JSON (JSON.parse accepted it).
 */
export function linesOfPaths(text: string, paths: readonly string[]): Map<string, number> {
  const wanted = new Set<string>(['(root)']);
  for (const path of paths) for (const prefix of prefixes(path)) wanted.add(prefix);
  const found = new Map<string, number>();
  let i = 0;
  let line = 1;

  const skipSpace = () => {
    for (;;) {
      const ch = text[i];
      if (ch === '\n') line += 1;
      else if (ch !== ' ' && ch !== '\t' && ch !== '\r') return;
      i += 1;
    }
  };
  const readString = (): string => {
    const start = i;
    i += 1;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i += 1;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (path: string) => {
    skipSpace();
    if (wanted.has(path) && !found.has(path)) found.set(path, line);
    const ch = text[i];
    if (ch === '{') {
      i += 1;
      skipSpace();
      if (text[i] === '}') return void (i += 1);
      for (;;) {
        skipSpace();
        const key = readString();
        skipSpace();
        i += 1; // ':'
        value(path === '(root)' ? key : `${path}.${key}`);
        skipSpace();
        if (text[i++] === '}') return;
      }
    }
    if (ch === '[') {
      i += 1;
      skipSpace();
      if (text[i] === ']') return void (i += 1);
      for (let n = 0; ; n += 1) {
        value(path === '(root)' ? `[${n}]` : `${path}[${n}]`);
        skipSpace();
        if (text[i++] === ']') return;
      }
    }
    if (ch === '"') return void readString();
    while (i < text.length && !/[\s,\]}]/.test(text[i]!)) i += 1;
  };

  value('(root)');
  const out = new Map<string, number>();
  for (const path of paths) {
    const hit = [path, ...prefixes(path).reverse()].find((p) => found.has(p));
    out.set(path, hit ? found.get(hit)! : 1);
  }
  return out;
}

/** "a.b[2].c" -> ["(root)", "a", "a.b", "a.b[2]", "a.b[2].c"]. */
export function prefixes(path: string): string[] {
  if (path === '(root)') return ['(root)'];
  const out = ['(root)'];
  const re = /[.[]/g;
  let match: RegExpExecArray | null;
  while ((match = re.exec(path)) !== null)
    if (match.index > 0) out.push(path.slice(0, match.index));
  out.push(path);
  return out;
}

/** The line of a JSON.parse error, from the engine's message ("at position 12" or "line 3"). */
export function syntaxErrorLine(text: string, error: unknown): number | null {
  const message = error instanceof Error ? error.message : String(error);
  const byLine = /line (\d+)/i.exec(message);
  if (byLine) return Number(byLine[1]);
  const byPosition = /position (\d+)/i.exec(message);
  const position = byPosition ? Number(byPosition[1]) : firstErrorOffset(text);
  if (position === null) return null;
  let line = 1;
  for (let k = 0; k < Math.min(position, text.length); k += 1) if (text[k] === '\n') line += 1;
  return line;
}

/**
 * Where a JSON text first goes wrong (engines do not always say): a small validator that walks the
 * grammar and returns the offset of the first character it cannot accept, or null when valid.
 */
export function firstErrorOffset(text: string): number | null {
  let i = 0;
  const space = () => {
    while (i < text.length && ' \t\r\n'.includes(text[i]!)) i += 1;
  };
  const fail = (): never => {
    throw i;
  };
  const literal = (word: string) => {
    if (text.startsWith(word, i)) i += word.length;
    else fail();
  };
  const string = () => {
    if (text[i] !== '"') fail();
    i += 1;
    while (i < text.length && text[i] !== '"') {
      if (text[i]! < ' ') fail();
      i += text[i] === '\\' ? 2 : 1;
    }
    if (i >= text.length) fail();
    i += 1;
  };
  const value = (): void => {
    space();
    const ch = text[i];
    if (ch === '{') {
      i += 1;
      space();
      if (text[i] === '}') return void (i += 1);
      for (;;) {
        space();
        string();
        space();
        if (text[i] !== ':') fail();
        i += 1;
        value();
        space();
        if (text[i] === ',') i += 1;
        else if (text[i] === '}') return void (i += 1);
        else fail();
      }
    }
    if (ch === '[') {
      i += 1;
      space();
      if (text[i] === ']') return void (i += 1);
      for (;;) {
        value();
        space();
        if (text[i] === ',') i += 1;
        else if (text[i] === ']') return void (i += 1);
        else fail();
      }
    }
    if (ch === '"') return string();
    if (ch === 't') return literal('true');
    if (ch === 'f') return literal('false');
    if (ch === 'n') return literal('null');
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) fail();
    i += m![0].length;
  };
  try {
    value();
    space();
    return i < text.length ? i : null;
  } catch (at) {
    return typeof at === 'number' ? at : null;
  }
}
