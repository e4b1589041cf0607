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
export const negotiationRedFlags: readonly NegotiationRedFlag[] = [
  {
    id: 'full-payment-upfront',
    question: 'Does the creator ask for the full payment upfront?',
    why: 'Nothing is left to secure delivery of the agreed posts.',
    fairAlternative: 'Pay 50% on signing and 50% once the content is live.',
  },
  {
    id: 'brand-only-after-nda',
    question: 'Will the creator not name the brands they work with before an NDA?',
    why: 'You cannot check conflicts with competitors or past disclosure habits.',
    fairAlternative: 'Ask for the categories of recent partners and links to disclosed posts.',
  },
  {
    id: 'twenty-plus-posts-a-month',
    question: 'Does the creator propose (or already post) 20 or more posts a month?',
    why: 'Audiences tire of constant promotion and each post reaches fewer engaged followers.',
    fairAlternative:
      'Agree on a few posts a month, and prefer feeds that are mostly the creator’s own content.',
  },
  {
    id: 'refuses-tracking',
    question: 'Does the creator refuse a discount code or tracked link?',
    why: 'Without tracking you cannot compute conversions, CPA or ROAS for the deal.',
    fairAlternative: 'Make a unique code and a UTM link a condition of the offer.',
  },
];

/** The red flags the user ticked, in checklist order; unknown ids are ignored, not invented. */
export function tickedRedFlags(ticked: Iterable<string>): NegotiationRedFlag[] {
  const set = new Set(ticked);
  return negotiationRedFlags.filter((flag) => set.has(flag.id));
}
