import type { AudienceThresholds } from '../../model/audience';
import { wording, type Worded } from './wording';

/** Digraphs and trigraphs that sound as one consonant: "nightschool" is not random letters. */
const CLUSTERS = /sch|tch|ght|ph|th|ch|sh|ck|wh|gh|ng|qu/g;
const CONSONANTS = /[bcdfghjklmnpqrstvwxzGS]+/g;

/**
 * Why a handle looks generated, or null. Only patterns a person rarely picks: the platform's default
 * `user` + digits, long digit runs (a year or a short number is normal: "jane_doe_1990"), a handle
 * made mostly of digits, digits scattered in three or more groups, or a run of consonants no
 * language writes ("xkqzvbt"). One of these alone never makes an account fake.
 */
export function generatedHandle(
  handle: string,
  t: Pick<AudienceThresholds, 'handleDigitRun' | 'handleConsonantRun'>,
): Worded | null {
  const h = handle.replace(/^@/, '').toLowerCase();
  if (/^user\d{4,}$/.test(h)) return wording.handle.platformDefault;
  const run = h.match(new RegExp(`\\d{${t.handleDigitRun},}`));
  if (run) return wording.handle.digitRun(run[0]);
  if ((h.match(/\d+/g) ?? []).length >= 3 && /[a-z]\d+[a-z]+\d+[a-z]/.test(h))
    return wording.handle.digitGroups;
  const digits = h.replace(/\D/g, '').length;
  if (h.length >= 6 && digits / h.length > 0.5) return wording.handle.mostlyDigits;
  for (const word of h.match(/[a-z]+/g) ?? []) {
    const collapsed = word
      .replace(/(.)\1+/g, '$1')
      .replace(CLUSTERS, (m) => (m === 'sch' || m === 'sh' ? 'S' : 'G'));
    for (const consonants of collapsed.match(CONSONANTS) ?? [])
      if (consonants.length >= t.handleConsonantRun) return wording.handle.randomLetters(word);
  }
  return null;
}
