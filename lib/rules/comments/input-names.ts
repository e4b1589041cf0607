/**
 * The names of the comment model's structured signals and pairs of concepts, with what a reason
 * says for each: read by the model (dense-inputs.ts) and by the UI that says its reasons in the
 * user's language (lib/panel/comment-reasons.ts), which needs none of the concepts' word lists.
 */

/**
 * Structured signals, each with the words a reason uses when it weighs towards spam, and (where it
 * can honestly say so) when it weighs towards generic or genuine; null: never quoted for those.
 */
export const DENSE = [
  ['link', 'contains a link', null],
  ['youtubeLinkOnly', 'links only to a video', null],
  [
    'obfuscated',
    'letters disguised to dodge filters (spaced, dotted, look-alike or fancy letters)',
    null,
  ],
  ['mention', 'points readers to another account', 'replies to or tags someone'],
  ['mentions2', 'names several other accounts', null],
  ['mentionInside', 'names another account inside the text', null],
  ['handleTag', 'a hashtag shaped like an account name', null],
  ['trailingHandle', 'ends on another account', null],
  ['paddedHandle', 'names an account with an underscore-padded name', null],
  ['emojiOnly', 'emoji only', 'emoji only'],
  ['mentionOnly', 'only tags someone', 'only tags someone'],
  ['emoji', 'uses emoji', null],
  ['money', 'names an amount of money', null],
  ['moneyToAccount', 'credits money to another account', null],
  ['siteName', 'a site name of letters and digits', null],
  ['cryptoAddress', 'crypto wallet address', null],
  ['phone', 'phone number', null],
  ['short', 'very short', 'very short'],
  ['long', 'very long', 'a long comment'],
  ['mentionsCreator', 'addresses the creator', 'addresses the creator'],
  ['question', 'asks a question', 'asks a question'],
] as const;
export type DenseName = (typeof DENSE)[number][0];

/**
 * Pairs of concepts that make one kind of spam together though each alone is ordinary: fans ask
 * where to buy things and congratulate on followers, but "buy" with "followers" sells followers; fans
 * ask for a collab, but a collab with "DM us" is bait. Each pair is one input: a comment with a word
 * of each side has it. [name, one side, other side, what a reason says]
 */
export const COMBINATIONS = [
  [
    'sellsAudience',
    ['buy', 'cheap', 'free', 'instant', 'guarantee', 'price', 'password'],
    ['followers', 'likesViews'],
    'offers followers, likes or views',
  ],
  [
    'audienceElsewhere',
    ['message', 'chatApp', 'bio', 'visit'],
    ['followers', 'likesViews'],
    'offers followers, likes or views',
  ],
  ['featurePage', ['promote'], ['account'], 'sends the post to another account for a feature'],
  [
    'collabBait',
    ['collab', 'ambassador', 'promote'],
    ['message', 'chatApp', 'bio'],
    'offers a collaboration in private',
  ],
  [
    'ownChannel',
    ['subscribe', 'followBack', 'visit', 'bio'],
    ['self'],
    'points to its own channel or page',
  ],
  [
    'creatorsChannel',
    ['subscribe', 'followBack', 'visit', 'bio', 'page'],
    ['you'],
    'about the creator’s channel or page',
  ],
  [
    'lure',
    ['earn', 'invest', 'win', 'gift', 'free', 'adult'],
    ['message', 'chatApp', 'bio', 'visit'],
    'promises money, a prize or more, elsewhere',
  ],
] as const;

export type CombinationName = (typeof COMBINATIONS)[number][0];
