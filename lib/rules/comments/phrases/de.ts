import type { PhraseSet } from './types';

export const de: PhraseSet = {
  lang: 'de',
  genericWords: [
    'bild',
    'cool',
    'das',
    'echt',
    'foto',
    'geil',
    'genial',
    'hammer',
    'hübsch',
    'krass',
    'mega',
    'schön',
    'sehr',
    'so',
    'super',
    'toll',
    'wahnsinn',
    'wow',
    'wunderschön',
  ],
};
