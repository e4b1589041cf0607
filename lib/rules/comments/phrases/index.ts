import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { ja } from './ja';
import { pt } from './pt';
import { id } from './id';
import { tr } from './tr';
import { nl } from './nl';
import { pl } from './pl';
import { ru } from './ru';
import { ar } from './ar';
import { ko } from './ko';
import { tl } from './tl';
import { hi } from './hi';
import { fa } from './fa';
import { th } from './th';
import { vi } from './vi';
import { zh } from './zh';
import type { PhraseSet } from './types';

export type { PhraseSet } from './types';
export const phraseSets: readonly PhraseSet[] = [
  en,
  es,
  fr,
  pt,
  de,
  it,
  id,
  tr,
  nl,
  pl,
  ru,
  ar,
  ko,
  tl,
  hi,
  fa,
  th,
  vi,
  ja,
  zh,
];
