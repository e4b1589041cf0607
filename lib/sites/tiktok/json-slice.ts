/**
 * The value of one key of a large JSON text, parsed without parsing the rest. The embedded data
 * of a profile page is ~250 KB, mostly translations; the user-detail entry is a few KB. A quoted
 * key followed by ":" can only be a real key (quotes inside JSON strings are escaped), and the
 * value is cut by a string-aware bracket scan. Null when absent or not an object, so the caller can
 * fall back to a full parse.
 */
export function sliceJsonObject(text: string, key: string): Record<string, unknown> | null {
  const needle = `"${key}":`;
  let from = 0;
  for (let guard = 0; guard < 8; guard++) {
    const at = text.indexOf(needle, from);
    if (at < 0) return null;
    from = at + needle.length;
    let start = from;
    while (start < text.length && isSpace(text.charCodeAt(start))) start++;
    if (text.charCodeAt(start) !== 0x7b /* { */) continue;
    const end = objectEnd(text, start);
    if (end < 0) return null;
    try {
      const value: unknown = JSON.parse(text.slice(start, end + 1));
      if (value && typeof value === 'object' && !Array.isArray(value)) {
        return value as Record<string, unknown>;
      }
    } catch {
      return null;
    }
  }
  return null;
}

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/** Index of the brace closing the object that opens at `start`, or -1. */
function objectEnd(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) depth++;
    else if (c === 0x7d || c === 0x5d) {
      depth--;
      if (depth === 0) return c === 0x7d ? i : -1;
    }
  }
  return -1;
}
