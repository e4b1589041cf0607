import { ObservedResponse } from '../model/reading';
import { OBSERVED_MESSAGE } from './observer';

/** The most recent responses kept; readers pick what belongs to the page in the URL. */
const MAX_KEPT = 60;

/**
 * Collects the JSON responses the main-world observer hands over. Everything that arrives is
 * untrusted: any script on the page can post such a message, so it is parsed and shape-checked here
 * and again by the readers' zod schemas.
 */
export function collectResponses(win: Window, onChange: () => void) {
  const kept: ObservedResponse[] = [];
  const listener = (event: MessageEvent) => {
    if (event.source !== win) return;
    const data: unknown = event.data;
    if (!data || typeof data !== 'object' || (data as { type?: unknown }).type !== OBSERVED_MESSAGE)
      return;
    const { url, rootField, text } = data as Record<string, unknown>;
    if (typeof url !== 'string' || typeof text !== 'string') return;
    const body = parseJson(text);
    if (body === undefined) return;
    const parsed = ObservedResponse.safeParse({
      url,
      rootField: typeof rootField === 'string' ? rootField : null,
      body,
      receivedAt: new Date().toISOString(),
    });
    if (!parsed.success) return;
    kept.push(parsed.data);
    if (kept.length > MAX_KEPT) kept.splice(0, kept.length - MAX_KEPT);
    onChange();
  };
  win.addEventListener('message', listener);
  return {
    list: (): ObservedResponse[] => kept.slice(),
    /**
     * On in-app navigation: responses that do not name their post (Instagram's comment lists) would
     * be taken for the new page's. Keeps only what arrived in the last moments, which the new page
     * itself may have fetched just before its URL changed.
     */
    forgetBefore: (time: number) => {
      const keep = kept.filter((r) => Date.parse(r.receivedAt ?? '') >= time);
      kept.splice(0, kept.length, ...keep);
    },
    stop: () => win.removeEventListener('message', listener),
  };
}

/** Instagram prefixes some JSON with `for (;;);` against JSON hijacking. */
export function parseJson(text: string): unknown {
  const trimmed = text.replace(/^\s*for\s*\(;;\);\s*/, '');
  try {
    return JSON.parse(trimmed) as unknown;
  } catch {
    return undefined;
  }
}
