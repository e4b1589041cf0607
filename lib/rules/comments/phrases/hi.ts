import type { PhraseSet } from './types';

/** Hindi in Latin script. */
export const hi: PhraseSet = {
  lang: 'hi',
  genericWords: [
    'accha',
    'acha',
    'achha',
    'baat',
    'badhiya',
    'badiya',
    'bahut',
    'bhai',
    'bhaiya',
    'didi',
    'ekdum',
    'hai',
    'jabardast',
    'ji',
    'kamaal',
    'kamal',
    'kya',
    'mast',
    'photo',
    'shaandar',
    'shandar',
    'sundar',
    'video',
    'wah',
    'zabardast',
  ],
};
