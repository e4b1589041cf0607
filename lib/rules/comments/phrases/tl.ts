import type { PhraseSet } from './types';

/** Tagalog. */
export const tl: PhraseSet = {
  lang: 'tl',
  genericWords: [
    'ang',
    'astig',
    'galing',
    'ganda',
    'ganyan',
    'grabe',
    'idol',
    'ikaw',
    'ka',
    'lodi',
    'maganda',
    'mo',
    'naman',
    'ng',
    'petmalu',
    'po',
    'sobrang',
    'talaga',
    'wow',
  ],
};
