import { platformName } from '../../lib/model/platforms';
import type { DmLength } from '../../lib/outreach';

const UNIT = { 'utf8-bytes': 'bytes', 'utf16-units': 'characters', graphemes: 'characters' };
const n = new Intl.NumberFormat('en-US');

/** "412 of 1,000 bytes (Instagram DM limit)", and how far over when it is. */
export function lengthText(length: DmLength): { text: string; over: string | null } {
  const unit = UNIT[length.unit];
  const text = `${n.format(length.length)} of ${n.format(length.limit)} ${unit} (${platformName(length.platform)} DM limit)`;
  const over = length.over
    ? `${n.format(-length.remaining)} ${unit} over the limit: the message may be cut. Shorten it or send it in two parts.`
    : null;
  return { text, over };
}
