import type { PhraseSet } from './types';

/** Japanese (words split where the script changes: features.ts, scan.ts). */
export const ja: PhraseSet = {
  lang: 'ja',
  genericWords: [
    'かっこいい',
    'かわいい',
    'きれい',
    'すごい',
    'すてき',
    'です',
    'に',
    'やばい',
    '可愛い',
    '大好き',
    '天才',
    '好き',
    '最高',
    '本当',
    '神',
    '素敵',
    '綺麗',
    '美しい',
  ],
};
