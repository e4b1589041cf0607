import { t, uiLocale } from '../../lib/i18n/messages';
import { platformName } from '../../lib/model/platforms';
import type { DmLength } from '../../lib/outreach';
import { plural } from '../../lib/i18n/plural';

const UNIT = {
  'utf8-bytes': ['unitBytesOne', 'unitBytesMany'],
  'utf16-units': ['unitCharactersOne', 'unitCharactersMany'],
  graphemes: ['unitCharactersOne', 'unitCharactersMany'],
} as const;

/** "412 of 1,000 bytes (Instagram DM limit)", and how far over when it is. */
export function lengthText(length: DmLength): { text: string; over: string | null } {
  const n = new Intl.NumberFormat(uiLocale());
  const [one, many] = UNIT[length.unit];
  const unit = (n: number) => plural(n, one, many);
  const text = t(
    'lengthOf',
    n.format(length.length),
    n.format(length.limit),
    unit(length.limit),
    platformName(length.platform),
  );
  const over = length.over
    ? t('lengthOver', n.format(-length.remaining), unit(-length.remaining))
    : null;
  return { text, over };
}
