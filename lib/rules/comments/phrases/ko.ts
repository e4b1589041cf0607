import type { PhraseSet } from './types';

/** Korean. */
export const ko: PhraseSet = {
  lang: 'ko',
  genericWords: [
    '귀여워요',
    '너무',
    '대박',
    '멋있어요',
    '멋져요',
    '멋지다',
    '사랑해요',
    '사진',
    '영상',
    '예뻐요',
    '예쁘네요',
    '예쁘다',
    '와',
    '완전',
    '우와',
    '정말',
    '좋네요',
    '좋아요',
    '진짜',
    '짱',
    '최고',
    '최고예요',
  ],
};
