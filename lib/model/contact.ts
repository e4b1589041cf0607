import { z } from 'zod';

/** Where on the page a contact was read. */
export const ContactWhere = z.enum(['bio', 'contact-button', 'profile-link']);
export type ContactWhere = z.infer<typeof ContactWhere>;

export const ContactEmail = z.object({
  address: z.string().min(3).max(254),
  where: ContactWhere,
});
export type ContactEmail = z.infer<typeof ContactEmail>;

export const ContactLink = z.object({
  /** Absolute http(s) URL as the page gave it (a scheme added to a bare "linktr.ee/jane"). */
  url: z.string().min(1).max(500),
  where: ContactWhere,
  /** The link-in-bio service's name ("Linktree") when the host is one; null for other sites. */
  linkInBio: z.string().nullable(),
});
export type ContactLink = z.infer<typeof ContactLink>;

/** The ways to reach a creator that the page itself shows; nothing is fetched from the links. */
export const Contact = z.object({
  emails: z.array(ContactEmail).max(10),
  links: z.array(ContactLink).max(10),
});
export type Contact = z.infer<typeof Contact>;

export const noContact = (): Contact => ({ emails: [], links: [] });

/** The contact of a stored creator: its last reading's, or null when no profile was read. */
export function contactOfReading(
  reading:
    | {
        profile: { contact?: Contact } | null;
      }
    | null
    | undefined,
): Contact | null {
  return reading?.profile?.contact ?? null;
}
