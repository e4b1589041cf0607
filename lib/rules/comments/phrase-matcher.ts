import { normalizeComment } from './normalize';

/** Words as the classifier splits them: letters and digits, with an inner apostrophe ("i'm"). */
export const WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;

export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

/**
 * Finds whole-word phrases in a list of words in one pass (a map from first word to phrases), so
 * that hundreds of phrases in six languages cost about as much as one lookup per word.
 */
export class PhraseMatcher<K extends string> {
  private readonly byFirst = new Map<string, { words: string[]; phrase: string; kind: K }[]>();

  constructor(lists: Record<K, readonly string[]>) {
    for (const kind of Object.keys(lists) as K[])
      for (const raw of lists[kind]) {
        const words = wordsOf(normalizeComment(raw));
        if (!words.length) continue;
        const list = this.byFirst.get(words[0]!) ?? [];
        list.push({ words, phrase: words.join(' '), kind });
        list.sort((a, b) => b.words.length - a.words.length);
        this.byFirst.set(words[0]!, list);
      }
  }

  /** Calls `found` for each phrase found (longest first at each position, per kind). */
  find(words: readonly string[], found: (kind: K, phrase: string) => void): void {
    for (let i = 0; i < words.length; i++) {
      const candidates = this.byFirst.get(words[i]!);
      if (!candidates) continue;
      for (const c of candidates) {
        if (i + c.words.length > words.length) continue;
        let ok = true;
        for (let k = 1; k < c.words.length; k++)
          if (words[i + k] !== c.words[k]) {
            ok = false;
            break;
          }
        if (ok) found(c.kind, c.phrase);
      }
    }
  }
}
