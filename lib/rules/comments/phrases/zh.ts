import type { PhraseSet } from './types';

/** Chinese (written without spaces: whole short phrases). */
export const zh: PhraseSet = {
  lang: 'zh',
  genericWords: [
    '厉害',
    '可爱',
    '喜欢',
    '太好看了',
    '太美了',
    '好可爱',
    '好看',
    '好美',
    '漂亮',
    '爱了',
    '牛',
    '真棒',
    '绝了',
    '赞',
  ],
};
