import type { Platform } from '../model/reading';
import { graphemes } from './plain-text';

/** How a platform measures a message: UTF-8 bytes, UTF-16 code units (JS `length`) or graphemes. */
export type LengthUnit = 'utf8-bytes' | 'utf16-units' | 'graphemes';

export interface DmLimit {
  limit: number;
  unit: LengthUnit;
  source: string;
}

/**
 * Direct-message limits. Neither platform publishes a limit for DMs typed in its app, so these are
 * the documented limits of each platform's messaging API, the only published figures, counted in
 * the strictest unit the documentation allows so that a draft within the limit is never cut:
 * - Instagram: text "UTF-8, size (maximum) 1,000 bytes" (Instagram Messaging API, as documented
 *   by Infobip, https://www.infobip.com/docs/instagram/messaging/message-types, read 2026). An
 *   emoji is 4 bytes, "é" 2. Third-party tools report ~1,000 characters (Chatwoot) or less in the
 *   app (iDirect: 485); the byte limit is the strictest published one.
 * - TikTok: "The message text can contain up to 6000 characters" (TikTok Business Messaging, as
 *   documented by Infobip, https://www.infobip.com/docs/tiktok/message-types, read 2026). The unit
 *   is not stated; UTF-16 code units count an emoji as 2 or more, never fewer than it could be.
 */
export const DM_LIMITS: Record<Platform, DmLimit> = {
  instagram: {
    limit: 1000,
    unit: 'utf8-bytes',
    source: 'Instagram Messaging API text limit, 1,000 UTF-8 bytes (infobip.com/docs/instagram)',
  },
  tiktok: {
    limit: 6000,
    unit: 'utf16-units',
    source: 'TikTok Business Messaging text limit, 6,000 characters (infobip.com/docs/tiktok)',
  },
};

export interface DmLength {
  platform: Platform;
  unit: LengthUnit;
  /** The text's length in `unit`. */
  length: number;
  limit: number;
  /** limit − length; negative when over. */
  remaining: number;
  over: boolean;
  /** What the user sees as characters, for display next to the figure. */
  graphemes: number;
}

const encoder = new TextEncoder();

export function measure(text: string, unit: LengthUnit): number {
  switch (unit) {
    case 'utf8-bytes':
      return encoder.encode(text).length;
    case 'utf16-units':
      return text.length;
    case 'graphemes':
      return graphemes(text).length;
  }
}

/** The draft's length against the platform's DM limit. */
export function dmLength(text: string, platform: Platform): DmLength {
  const { limit, unit } = DM_LIMITS[platform];
  const length = measure(text, unit);
  return {
    platform,
    unit,
    length,
    limit,
    remaining: limit - length,
    over: length > limit,
    graphemes: graphemes(text).length,
  };
}
