import type { Offer } from '../model/offer';
import type { Platform } from '../model/reading';
import type { Template } from '../model/template';
import { dmLength, type DmLength } from './dm-length';
import { templateBody } from './builtin-templates';
import { uiDraftWords, type DraftWords } from './draft-words';
import { deriveFirstName } from './first-name';
import { describeOffer } from './offer-text';
import { describeCampaignDates, describeFollowingFor } from './phrases';
import { fillTemplate, type FillResult, type PlaceholderValues } from './placeholders';

/**
 * What a draft is made from. The UI maps its stored records (creator, campaign, readings) into
 * this shape; nothing here depends on how they are stored.
 */
export interface DraftInput {
  creator: {
    platform: Platform;
    handle: string;
    displayName?: string | null;
    /** Typed by the user; wins over the first name derived from the display name. */
    firstName?: string | null;
    topic?: string | null;
    /** ISO date the user started following the creator. */
    followingSince?: string | null;
  };
  /** From `pickRecentPost` (or the user): a real post, never an invented one. */
  recentPost?: {
    url: string;
    excerpt?: string | null;
    standout?: string | null;
  } | null;
  campaign: {
    brand?: string | null;
    product?: string | null;
    /** YYYY-MM-DD */
    startDate?: string | null;
    endDate?: string | null;
    offer?: Offer | null;
    /** Typed by the user; wins over the phrase made from `offer`. */
    offerText?: string | null;
  };
  code?: string | null;
  link?: string | null;
  sender?: string | null;
}

export interface DraftOptions {
  now?: Date;
  /** The language the draft is written in (built-in text and the phrases that fill any template); the UI's by default. */
  words?: DraftWords;
}

export interface Draft extends FillResult {
  templateId: string | null;
  length: DmLength;
}

const isWebUrl = (text: string): boolean => {
  try {
    const url = new URL(text);
    return (
      (url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password
    );
  } catch {
    return false;
  }
};

const present = (text: string | null | undefined): string | null =>
  text && text.trim() !== '' ? text : null;

/** The placeholder values of a draft; a value that cannot be known is null (reported as missing). */
export function draftValues(input: DraftInput, options: DraftOptions = {}): PlaceholderValues {
  const { now = new Date(), words = uiDraftWords() } = options;
  const { locale, say } = words;
  const { creator, campaign, recentPost } = input;
  const handle = creator.handle.trim().replace(/^@/, '');
  const postUrl = recentPost && isWebUrl(recentPost.url) ? recentPost.url : null;
  const link = present(input.link);
  return {
    firstName: present(creator.firstName) ?? deriveFirstName(creator.displayName).value,
    handle: handle ? `@${handle}` : null,
    topic: present(creator.topic),
    postUrl,
    postExcerpt: postUrl ? present(recentPost?.excerpt) : null,
    postStandout: postUrl ? present(recentPost?.standout) : null,
    followingFor: creator.followingSince
      ? describeFollowingFor(creator.followingSince, now, say)
      : null,
    company: present(campaign.brand),
    product: present(campaign.product),
    campaignDates: describeCampaignDates(campaign.startDate, campaign.endDate, locale, say),
    offer:
      present(campaign.offerText) ??
      (campaign.offer ? describeOffer(campaign.offer, locale, say).text : null),
    code: present(input.code),
    link: link && isWebUrl(link) ? link : null,
    sender: present(input.sender),
  };
}

/** Fills a template for one creator and measures it against the platform's DM limit. */
export function buildDraft(
  template: Template | string,
  input: DraftInput,
  options: DraftOptions = {},
): Draft {
  const words = options.words ?? uiDraftWords();
  const body = typeof template === 'string' ? template : templateBody(template, words.say);
  const filled = fillTemplate(body, draftValues(input, { ...options, words }));
  return {
    ...filled,
    templateId: typeof template === 'string' ? null : template.id,
    length: dmLength(filled.text, input.creator.platform),
  };
}
