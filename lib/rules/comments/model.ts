import type { Signals } from './signals';

/** Placeholder until the trained weights land: no model opinion. */
export function spamProbability(_text: string, _s: Signals): number | null {
  return null;
}
