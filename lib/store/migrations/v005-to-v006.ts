import { readContact } from '../../sites/contact';
import type { Migration } from './types';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const textOrNull = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/**
 * Version 6: a profile reading carries the contact the page showed (e-mails, links, link-in-bio
 * pages). A stored last reading gets the contact its kept bio and profile link show; the contact
 * button's address was not read before, so it appears at the next visit.
 */
export const v005ToV006: Migration = {
  from: 5,
  description: 'profile readings carry the contact read from the bio and the profile link',
  creator: (value) => {
    const last = value.lastReading;
    if (!isObject(last) || !isObject(last.reading) || !isObject(last.reading.profile)) return value;
    const profile = last.reading.profile;
    if ('contact' in profile) return value;
    const contact = readContact({
      bio: textOrNull(profile.bio),
      profileLink: textOrNull(profile.externalUrl),
    });
    return {
      ...value,
      lastReading: { ...last, reading: { ...last.reading, profile: { ...profile, contact } } },
    };
  },
};
