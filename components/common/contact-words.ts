import { t } from '../../lib/i18n/messages';
import type { ContactWhere } from '../../lib/model/contact';

const WHERE = {
  bio: 'contactWhereBio',
  'contact-button': 'contactWhereButton',
  'profile-link': 'contactWhereProfileLink',
} as const satisfies Record<ContactWhere, string>;

/** The contact feature's words, read from the UI language when shown. */
export const CONTACT_WORDS = {
  get heading() {
    return t('contactHeading');
  },
  get none() {
    return t('contactNone');
  },
  get copy() {
    return t('copy');
  },
  copyLabel: (value: string) => t('copyValueLabel', value),
  get copied() {
    return t('copied');
  },
  get copyFailed() {
    return t('copyFailedByHand');
  },
  linkInBio: (service: string) => t('contactLinkInBio', service),
  where: (where: ContactWhere) => t(WHERE[where]),
  get notFetched() {
    return t('contactNotFetched');
  },
};
