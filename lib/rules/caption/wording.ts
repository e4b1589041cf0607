import { platformName } from '../../model/platforms';
import type { Platform } from '../../model/reading';

/** What the approval checklist says to the marketer (kept together for a later _locales move). */
export const CAPTION_TEXT = {
  noDisclosure:
    'No ad disclosure: add #ad, "Paid partnership" or the local tag (#publi, #anzeige, #sponsorisé…)',
  disclosureHidden: (tag: string, cutoff: number, platform: Platform) =>
    `"${tag}" comes after the first ${cutoff} characters, hidden behind "more" on ${platformName(platform)}: move it to the start`,
  noCode: (code: string) => `The discount code ${code} is not in the caption`,
  noLink: (link: string) => `The tracked link ${link} is not in the caption`,
  linkInBio: 'The caption points to the link in bio: check that the bio carries the tracked link',
  noBrand: (brand: string) => `The brand (${brand}) is not named`,
  competitor: (name: string) => `Mentions a competitor: ${name}`,
  excludedTopic: (topic: string) => `Mentions an excluded topic: ${topic}`,
};

/** What text cannot show: the marketer ticks these after watching the draft. */
export const MANUAL_CHECKS = [
  'The product is shown in the first 3–5 seconds',
  'The content is brand-safe (no excluded topics in picture or sound)',
  'The disclosure is also said or shown in the video, not only written',
  'Usage rights and posting date match the agreement',
] as const;
