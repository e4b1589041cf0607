/**
 * The fixed phrases the classifier gives as a reason besides the structured signals' words
 * (features.ts DENSE), each with the locale message that says it (lib/panel/comment-reasons.ts).
 * A test fails when a reason of the pinned classifier outputs has no message.
 */
export const REASON_PHRASES: Readonly<Record<string, string>> = {
  'no words': 'crNoWords',
  'a few words of praise, nothing specific to the post': 'crPraiseOnly',
  'the wording as a whole reads like spam': 'crFallbackSpam',
  'short praise with nothing specific': 'crFallbackGeneric',
  'no sign of spam or of empty praise': 'crFallbackGenuine',
};
