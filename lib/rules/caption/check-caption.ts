import type { Brief } from '../../model/brief';
import type { Platform } from '../../model/reading';
import { PLATFORMS } from '../../model/platforms';
import { escape, findDisclosure, foldWithMap, WORD, type DisclosureFinding } from './disclosure';
import { CAPTION_TEXT } from './wording';
import { hashtagsIn, squash } from '../text';
import { topicHit, topicText } from '../fit/topic-match';

export interface CaptionCheckInput {
  caption: string;
  platform?: Platform | null;
  brief?: Brief | null;
  /** The creator's discount code, when the offer has one. */
  code?: string | null;
  /** The tracked link, when the offer has one. */
  link?: string | null;
}

export interface CaptionCheck {
  disclosure: DisclosureFinding;
  code: boolean | null;
  link: boolean | null;
  brand: boolean | null;
  competitors: string[];
  excludedTopics: string[];
  problems: string[];
}

/** Whether a name occurs as words in the caption, or as a hashtag or @mention that `named` accepts. */
function mentions(folded: string, name: string, named: (token: string) => boolean): boolean {
  const key = foldWithMap(name.trim()).text;
  if (!key) return false;
  const words = key.split(/\s+/).map(escape).join('\\s+');
  const asWords = new RegExp(`(?<!${WORD})${words}(?!${WORD})`, 'u');
  if (asWords.test(folded)) return true;
  for (const m of folded.matchAll(/[#@]([\p{L}\p{N}._]+)/gu)) if (named(m[1]!)) return true;
  return false;
}

/**
 * The brand's own account or tag: its name run together (@acmepaints, @acme.paints, #AcmePaints),
 * its official account, or a regional one (@acmepaints_es, @acme.paints.uk). A fan page
 * (@acmepaints_fans) does not name the brand.
 */
function brandAccount(name: string): (token: string) => boolean {
  const sq = squash(name);
  return (token) => {
    const t = token.replace(/[._]+$/, '');
    if (squash(t) === sq || squash(t) === `${sq}official`) return true;
    const regional = /^(.+)[._]\p{L}{2}$/u.exec(t);
    return regional !== null && squash(regional[1]!) === sq;
  };
}

function hasCode(caption: string, code: string): boolean {
  const key = code.trim();
  if (!key) return false;
  return new RegExp(`(?<!${WORD})${escape(key)}(?!${WORD})`, 'iu').test(caption);
}

/** A link as written in captions: no scheme, no "www.", no trailing slash, host case-insensitive. */
function linkKey(link: string): string {
  const bare = link
    .trim()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
    .replace(/^www\./i, '')
    .replace(/\/+$/, '');
  const slash = bare.indexOf('/');
  return slash < 0 ? bare.toLowerCase() : bare.slice(0, slash).toLowerCase() + bare.slice(slash);
}

function hasLink(caption: string, link: string): boolean {
  const key = linkKey(link);
  if (!key) return false;
  for (const m of caption.matchAll(/(?:[a-z][a-z0-9+.-]*:\/\/)?[^\s<>"']+\.[^\s<>"']+/giu)) {
    const found = linkKey(m[0].replace(/[.,;:!?)\]]+$/, ''));
    if (found === key) return true;
  }
  return false;
}

const LINK_IN_BIO =
  /(?<![\p{L}])(link in (?:my )?bio|link na bio|enlace en (?:mi )?bio|lien en bio|link in der bio|link in bio)/iu;

/**
 * The approval checklist of the marketer's step 4 for one caption: disclosure and its position,
 * the offer's code and link, the brand, and the brief's competitors and excluded topics.
 */
export function checkCaption(input: CaptionCheckInput): CaptionCheck {
  const { caption, platform, brief } = input;
  const folded = foldWithMap(caption).text;
  const disclosure = findDisclosure(caption, platform ? PLATFORMS[platform].captionCutoff : null);
  const code = input.code?.trim() ? hasCode(caption, input.code) : null;
  const link = input.link?.trim() ? hasLink(caption, input.link) : null;
  const brand = brief?.brand?.trim()
    ? mentions(folded, brief.brand, brandAccount(brief.brand))
    : null;
  // Competitors and excluded topics are found as on the creator's page.
  const text = topicText(
    folded,
    hashtagsIn(caption),
    [...folded.matchAll(/@([\p{L}\p{N}._]+)/gu)].map((m) => m[1]!),
  );
  const competitors = (brief?.competitors ?? []).filter((c) => topicHit(text, c) !== null);
  const excludedTopics = (brief?.excludedTopics ?? []).filter((t) => topicHit(text, t) !== null);

  const t = CAPTION_TEXT;
  const problems: string[] = [];
  if (!disclosure.found) problems.push(t.noDisclosure());
  else if (disclosure.beforeCutoff === false && platform)
    problems.push(t.disclosureHidden(disclosure.tag!, PLATFORMS[platform].captionCutoff, platform));
  if (code === false) problems.push(t.noCode(input.code!.trim()));
  if (link === false)
    problems.push(LINK_IN_BIO.test(caption) ? t.linkInBio() : t.noLink(input.link!.trim()));
  if (brand === false) problems.push(t.noBrand(brief!.brand!.trim()));
  for (const c of competitors) problems.push(t.competitor(c));
  for (const topic of excludedTopics) problems.push(t.excludedTopic(topic));
  return { disclosure, code, link, brand, competitors, excludedTopics, problems };
}
