import { JSON_MARKER, JSON_MARKER_HEAD, SELECTORS } from './selectors';

/**
 * The JSON payloads embedded in the page: every `<script type="application/json">` that mentions
 * reading data (data-sjs Relay blocks, found once, anywhere in the tree), and the pre-2022
 * `window._sharedData` / `__additionalDataLoaded` inline scripts. Scripts without a marker near
 * their start are skipped without parsing: the logged-out pages carry ~30 blocks of client config.
 */
export interface EmbeddedPayloads {
  roots: unknown[];
  /** Scripts that had a marker but were not valid JSON. */
  failed: number;
}

function hasMarker(text: string): boolean {
  return JSON_MARKER.test(text.length > JSON_MARKER_HEAD ? text.slice(0, JSON_MARKER_HEAD) : text);
}

function parse(text: string, out: EmbeddedPayloads): void {
  try {
    out.roots.push(JSON.parse(text));
  } catch {
    out.failed++;
  }
}

const LEGACY_START =
  /window\._sharedData\s*=\s*\{|__additionalDataLoaded\(\s*['"][^'"]*['"]\s*,\s*\{/;

/** `window._sharedData = {…};` and `window.__additionalDataLoaded('/p/x/', {…});` */
function legacyObject(text: string): string | null {
  const start = LEGACY_START.exec(text);
  if (!start) return null;
  const from = start.index + start[0].length - 1;
  const to = text.lastIndexOf('}');
  return to > from ? text.slice(from, to + 1) : null;
}

export function embeddedPayloads(doc: Document): EmbeddedPayloads {
  const out: EmbeddedPayloads = { roots: [], failed: 0 };
  for (const script of doc.querySelectorAll(SELECTORS.jsonScripts)) {
    const text = script.textContent ?? '';
    if (hasMarker(text)) parse(text, out);
  }
  for (const script of doc.querySelectorAll(SELECTORS.inlineScripts)) {
    const text = script.textContent ?? '';
    if (!text.includes('_sharedData') && !text.includes('__additionalDataLoaded')) continue;
    const json = legacyObject(text);
    if (json && hasMarker(json)) parse(json, out);
  }
  return out;
}
