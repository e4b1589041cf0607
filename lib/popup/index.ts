/** The popup's logic, free of the DOM and browser APIs. */
export { dmLink, isLinkableHandle, profileLink, type DmLink } from './dm-link';
export { gapHints, recentPostOf, toDraftInput, type DraftSources } from './draft-input';
export {
  filterShortlist,
  isFiltering,
  matchesFilter,
  matchesText,
  NO_FILTER,
  searchKey,
  type ShortlistFilter,
} from './filter';
export { displayNameOf, entryIn, summarize, type CreatorSummary } from './summary';
export { defaultTemplateId, draftLanguageFor, templatesFor } from './templates';
export {
  existingCodes,
  planTracking,
  trackingNeeds,
  UNKNOWN_TIER,
  type TrackingNeeds,
  type TrackingPlan,
} from './tracking';
