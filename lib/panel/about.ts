import type { Contact } from '../model/contact';
import type { PageReading } from '../model/reading';
import { displayText, httpUrl } from './text';

/** Who the page is about: name, handle and bio link, as inert text (the link only when http(s)). */
export interface AboutView {
  name: string | null;
  handle: string | null;
  /** The start of the bio, as text. */
  bio: string | null;
  link: { text: string; href: string | null } | null;
  /** E-mails and links the profile shows; null when no profile was read. */
  contact: Contact | null;
}

/** Enough of a bio to recognise the creator; the page itself shows the rest. */
const BIO_CHARS = 140;

export function aboutView(reading: PageReading): AboutView {
  const p = reading.profile;
  const raw = p?.externalUrl ?? null;
  return {
    name: p?.displayName ? displayText(p.displayName, 80) || null : null,
    handle: reading.handle ? displayText(reading.handle, 60) || null : null,
    bio: p?.bio ? displayText(p.bio, BIO_CHARS) || null : null,
    link: raw ? { text: displayText(raw, 80), href: httpUrl(raw) } : null,
    contact: p?.contact ?? null,
  };
}
