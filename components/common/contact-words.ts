import type { ContactWhere } from '../../lib/model/contact';

/** The contact feature's words, together so they can move into _locales. */
export const CONTACT_WORDS = {
  heading: 'Contact',
  none: 'No e-mail or link on the page',
  copy: 'Copy',
  copyLabel: (value: string) => `Copy ${value}`,
  copied: 'Copied',
  copyFailed: 'Couldn’t copy: select it and copy by hand',
  linkInBio: (service: string) => `link-in-bio page (${service})`,
  where: {
    bio: 'in the bio',
    'contact-button': 'contact button',
    'profile-link': 'profile link',
  } satisfies Record<ContactWhere, string>,
  notFetched: 'Read from the page; the links were not opened.',
} as const;
