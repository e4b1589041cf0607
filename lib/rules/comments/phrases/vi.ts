import type { PhraseSet } from './types';

/** Vietnamese. */
export const vi: PhraseSet = {
  lang: 'vi',
  genericWords: [
    'anh',
    'chị',
    'dễ',
    'em',
    'hay',
    'quá',
    'thương',
    'tuyệt',
    'video',
    'vời',
    'xinh',
    'đẹp',
    'đỉnh',
    'ơi',
    'ảnh',
  ],
};
