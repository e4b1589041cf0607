import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { pt } from './pt';
import type { PhraseSet } from './types';

export type { PhraseSet } from './types';
export const phraseSets: readonly PhraseSet[] = [en, es, fr, pt, de, it];
