import { t, type MessageKey } from '../i18n/messages';

/** One warning sign in a creator's counter-offer, as a checklist item the offer builder shows. */
export interface NegotiationRedFlag {
  id: string;
  /** The question the user ticks while reading the creator's terms. */
  question: string;
  /** Why it matters, in one sentence. */
  why: string;
  /** What to propose instead. */
  fairAlternative: string;
}

/** domain.md, "Negotiation red flags". Kept as data: the checklist test keeps it unique and complete. */
/** One flag's words in the UI language, by message key. */
const flag = (
  id: string,
  question: MessageKey,
  why: MessageKey,
  fairAlternative: MessageKey,
): NegotiationRedFlag => ({
  id,
  get question() {
    return t(question);
  },
  get why() {
    return t(why);
  },
  get fairAlternative() {
    return t(fairAlternative);
  },
});

export const negotiationRedFlags: readonly NegotiationRedFlag[] = [
  flag('full-payment-upfront', 'rfUpfrontQ', 'rfUpfrontWhy', 'rfUpfrontFair'),
  flag('brand-only-after-nda', 'rfNdaQ', 'rfNdaWhy', 'rfNdaFair'),
  flag('twenty-plus-posts-a-month', 'rfTwentyQ', 'rfTwentyWhy', 'rfTwentyFair'),
  flag('refuses-tracking', 'rfTrackingQ', 'rfTrackingWhy', 'rfTrackingFair'),
];

/** The red flags the user ticked, in checklist order; unknown ids are ignored, not invented. */
export function tickedRedFlags(ticked: Iterable<string>): NegotiationRedFlag[] {
  const set = new Set(ticked);
  return negotiationRedFlags.filter((flag) => set.has(flag.id));
}
