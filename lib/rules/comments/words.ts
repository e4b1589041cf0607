/** Words as the classifier splits them: letters and digits, with an inner apostrophe ("i'm"). */
export const WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;

export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}
