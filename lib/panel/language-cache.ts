import type { LanguageDetector } from '../rules/fit/detector';
import type { Send } from './store-context';

const MAX_TEXT = 5000;
const MAX_BATCH = 500;
const MAX_KEPT = 3000;

/**
 * Comment languages for audience fit, detected by the background: the detector (franc) is too
 * large to load into every creator page. `detect` answers from what is known and queues the rest;
 * when the answers arrive `onLearned` asks for a new score. Texts the background could not answer
 * count as unclear (null), so a failing background is not asked again and again.
 */
export function createLanguageCache(send: Send, onLearned: () => void) {
  const known = new Map<string, string | null>();
  const pending = new Set<string>();
  let scheduled = false;

  const flush = async () => {
    scheduled = false;
    const texts = [...pending].slice(0, MAX_BATCH);
    for (const text of texts) pending.delete(text);
    if (texts.length === 0) return;
    const answer = await send({ type: 'lang/detect', texts });
    texts.forEach((text, i) =>
      known.set(text, answer.ok ? (answer.data.languages[i] ?? null) : null),
    );
    for (const oldest of known.keys()) {
      if (known.size <= MAX_KEPT) break;
      known.delete(oldest);
    }
    if (pending.size) schedule();
    onLearned();
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(() => void flush().catch(() => undefined));
  };

  const detect: LanguageDetector = (raw) => {
    const text = raw.slice(0, MAX_TEXT);
    if (known.has(text)) return known.get(text) ?? null;
    pending.add(text);
    schedule();
    return null;
  };
  return { detect };
}
