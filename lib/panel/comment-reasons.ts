import { commentLabel } from '../i18n/labels';
import { t, uiLocale, type MessageKey } from '../i18n/messages';
import type { CommentLabel } from '../model/verdict';
import {
  COMBINATIONS,
  DENSE,
  type CombinationName,
  type DenseName,
} from '../rules/comments/input-names';
import { REASON_PHRASES } from '../rules/comments/reason-phrases';
import { formatCount } from './format';

/**
 * The comment classifier's reasons in the UI language. The classifier writes English (the CLI and
 * stored readings keep it); its reasons come from a fixed set of phrases and sentence shapes, each
 * mapped here to a message. A reason of another shape (written by a newer version) stays English.
 */

/** A structured signal's words towards spam, and towards generic or genuine where it has them. */
const SIGNAL: Record<DenseName, readonly [MessageKey, MessageKey?]> = {
  link: ['crLink'],
  youtubeLinkOnly: ['crYoutubeLinkOnly'],
  obfuscated: ['crObfuscated'],
  mention: ['crMention', 'crMentionOther'],
  mentions2: ['crMentions2'],
  mentionInside: ['crMentionInside'],
  handleTag: ['crHandleTag'],
  trailingHandle: ['crTrailingHandle'],
  paddedHandle: ['crPaddedHandle'],
  emojiOnly: ['crEmojiOnly', 'crEmojiOnly'],
  mentionOnly: ['crMentionOnly', 'crMentionOnly'],
  emoji: ['crEmoji'],
  money: ['crMoney'],
  moneyToAccount: ['crMoneyToAccount'],
  siteName: ['crSiteName'],
  cryptoAddress: ['crCryptoAddress'],
  phone: ['crPhone'],
  short: ['crShort', 'crShort'],
  long: ['crLong', 'crLongOther'],
  mentionsCreator: ['crMentionsCreator', 'crMentionsCreator'],
  question: ['crQuestion', 'crQuestion'],
};

/**
 * A pair of concepts (dense-inputs.ts, COMBINATIONS): "<its words>: 'x' with 'y'", or for a
 * possessive beside a channel word "<its words>: 'my channel'" (explain.ts).
 */
const PAIR: Record<CombinationName, MessageKey> = {
  sellsAudience: 'crSellsAudience',
  audienceElsewhere: 'crSellsAudience',
  featurePage: 'crFeaturePage',
  ownChannel: 'crOwnChannel',
  creatorsChannel: 'crCreatorsChannel',
  collabBait: 'crCollabBait',
  lure: 'crLure',
};
const QUOTED_AS_ONE: ReadonlySet<CombinationName> = new Set(['ownChannel', 'creatorsChannel']);

const PHRASES = new Map(Object.entries(REASON_PHRASES) as [string, MessageKey][]);
for (const [name, spam, other] of DENSE) {
  const [spamKey, otherKey] = SIGNAL[name];
  PHRASES.set(spam, spamKey);
  if (other !== null && otherKey) PHRASES.set(other, otherKey);
}

const LABEL = /^(spam|generic|genuine)$/;
const percent = (n: string) =>
  new Intl.NumberFormat(uiLocale(), { style: 'percent', maximumFractionDigits: 0 }).format(
    Number(n) / 100,
  );
const whole = (n: string) => formatCount(Number(n));

/** Sentence shapes: the pattern, its message, and how each captured part is written. */
const SHAPES: readonly [RegExp, MessageKey, ((part: string) => string)[]][] = [
  [/^words typical of spam: (.+)$/s, 'crWordsSpam', [String]],
  [/^words of praise with nothing specific: (.+)$/s, 'crWordsGeneric', [String]],
  [/^words specific to the post or a real exchange: (.+)$/s, 'crWordsGenuine', [String]],
  [
    /^unsure: (\d+)% (spam|generic|genuine)$/,
    'crUnsure',
    [percent, (l) => (LABEL.test(l) ? commentLabel(l as CommentLabel) : l)],
  ],
  [/^posted by @(\S+), a look-alike of the creator's account$/, 'crLookAlike', [String]],
  [/^copy-pasted: the same text appears (\d+) times$/, 'crCopyPasted', [whole]],
  [/^the same account left near-identical comments on (\d+) posts$/, 'crSameAccount', [whole]],
  [
    /^generic comment (\d+) s after the post went up: the speed of bots and engagement pods$/,
    'crBotSpeed',
    [whole],
  ],
  [/^posted by @(\S+), an account named like a promotion service$/, 'crPromoNamed', [String]],
  ...COMBINATIONS.map(([name, , , words]): [RegExp, MessageKey, ((part: string) => string)[]] => {
    const said = words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return QUOTED_AS_ONE.has(name)
      ? [new RegExp(`^${said}: '(.+)'$`, 's'), PAIR[name], [String]]
      : [new RegExp(`^${said}: '(.+)' with '(.+)'$`, 's'), PAIR[name], [String, String]];
  }),
];

/** The message a reason is, with its parts written the UI language's way; null for an unknown shape. */
export function commentReasonMessage(reason: string): { key: MessageKey; args: string[] } | null {
  const key = PHRASES.get(reason);
  if (key) return { key, args: [] };
  for (const [pattern, shapeKey, parts] of SHAPES) {
    const m = pattern.exec(reason);
    if (m) return { key: shapeKey, args: parts.map((write, i) => write(m[i + 1]!)) };
  }
  return null;
}

/** A classifier reason in the UI language (English when it is of a shape this version does not know). */
export function commentReasonText(reason: string): string {
  const message = commentReasonMessage(reason);
  return message ? t(message.key, ...message.args) : reason;
}
