import type { PhraseSet } from './types';

export const pt: PhraseSet = {
  lang: 'pt',
  genericWords: [
    'amei',
    'amo',
    'arrasou',
    'demais',
    'foto',
    'incrível',
    'kkk',
    'kkkk',
    'kkkkk',
    'linda',
    'lindo',
    'maravilhosa',
    'maravilhoso',
    'muito',
    'parabéns',
    'perfeita',
    'perfeito',
    'que',
    'rainha',
    'show',
    'top',
    'vídeo',
  ],
};
