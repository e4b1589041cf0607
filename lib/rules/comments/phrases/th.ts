import type { PhraseSet } from './types';

/**
 * Thai, as the comments' normalisation splits it into words ("สวยมากค่ะ" is สวย, มาก, ค่ะ: normalize.ts),
 * with the repetition mark ๆ written onto a word ("สุดๆ", "มากๆ").
 */
export const th: PhraseSet = {
  lang: 'th',
  genericWords: [
    'ครับ',
    'คะ',
    'ค่ะ',
    'งาม',
    'จริงๆ',
    'จัง',
    'ชอบ',
    'ชอบๆ',
    'ดี',
    'ที่สุด',
    'นะ',
    'น่า',
    'ปัง',
    'ปังๆ',
    'มาก',
    'มากๆ',
    'ยอด',
    'รัก',
    'ว้าว',
    'สวย',
    'สวยงาม',
    'สุด',
    'สุดๆ',
    'หล่อ',
    'เก่ง',
    'เจ๋ง',
    'เท่',
    'เยี่ยม',
    'เลย',
    'เลิศ',
    'แจ่ม',
  ],
};
