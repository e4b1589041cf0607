import { t, uiLocale } from '../../lib/i18n/messages';
import { platformName } from '../../lib/model/platforms';
import type { DmLength } from '../../lib/outreach';

const UNIT = {
  'utf8-bytes': 'unitBytes',
  'utf16-units': 'unitCharacters',
  graphemes: 'unitCharacters',
} as const;

/** "412 of 1,000 bytes (Instagram DM limit)", and how far over when it is. */
export function lengthText(length: DmLength): { text: string; over: string | null } {
  const n = new Intl.NumberFormat(uiLocale());
  const unit = t(UNIT[length.unit]);
  const text = t(
    'lengthOf',
    n.format(length.length),
    n.format(length.limit),
    unit,
    platformName(length.platform),
  );
  const over = length.over ? t('lengthOver', n.format(-length.remaining), unit) : null;
  return { text, over };
}
