import type { PhraseSet } from './types';

export const it: PhraseSet = {
  lang: 'it',
  genericWords: [
    'bella',
    'bellissima',
    'bellissimo',
    'bello',
    'brava',
    'bravissima',
    'bravissimo',
    'bravo',
    'che',
    'complimenti',
    'fantastica',
    'fantastico',
    'foto',
    'grande',
    'meravigliosa',
    'meraviglioso',
    'molto',
    'stupenda',
    'stupendo',
    'super',
    'top',
    'troppo',
  ],
};
