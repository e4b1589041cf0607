import { t } from '../../lib/i18n/messages';
import type { ResultBasis } from '../../lib/model/results';

const WORD: Record<ResultBasis, () => string> = {
  code: () => t('resultBasisCode'),
  link: () => t('resultBasisLink'),
  handle: () => t('resultBasisHandle'),
  hand: () => t('resultBasisHand'),
  unknown: () => t('resultBasisUnknown'),
};

/** What a result's conversions and revenue count by, in words ("by code", "entered by hand"). */
export const basisWord = (basis: ResultBasis): string => WORD[basis]();
