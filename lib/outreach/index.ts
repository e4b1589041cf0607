/** Outreach: drafts from templates, first names, recent posts, offers, codes, links, DM limits. */
export { BUILTIN_TEMPLATES, builtinTemplate, templateBody } from './builtin-templates';
export { asciiLetters, makeDiscountCode, type CodeInput, type DiscountCode } from './discount-code';
export {
  DM_LIMITS,
  dmLength,
  measure,
  type DmLength,
  type DmLimit,
  type LengthUnit,
} from './dm-length';
export { buildDraft, draftValues, type Draft, type DraftInput, type DraftOptions } from './draft';
export {
  DRAFT_MESSAGE_KEYS,
  draftWordsFrom,
  uiDraftLanguage,
  uiDraftWords,
  type DraftMessageKey,
  type DraftWords,
  type Say,
} from './draft-words';
export { deriveFirstName, type FirstName } from './first-name';
export { describeOffer, formatMoney, formatPercent, type OfferText } from './offer-text';
export { describeCampaignDates, describeFollowingFor } from './phrases';
export {
  fillTemplate,
  findPlaceholders,
  isPlaceholderName,
  PLACEHOLDER_NAMES,
  PLACEHOLDERS,
  type FillResult,
  type PlaceholderGap,
  type PlaceholderName,
  type PlaceholderValues,
} from './placeholders';
export { blockText, capGraphemes, capWords, graphemes, inlineText } from './plain-text';
export {
  pickRecentPost,
  type PickOptions,
  type RecentPost,
  type RecentPostPick,
} from './recent-post';
export { buildTrackedLink, slugify, type TrackedLink, type TrackedLinkInput } from './tracked-link';
