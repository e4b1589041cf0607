import type { Contact, ContactEmail, ContactLink, ContactWhere } from '../model/contact';

/**
 * Link-in-bio services: one page of a creator's links. Named so the marketer knows the link leads
 * to more links, not to a shop or a site. Hosts as they appear in bios, without "www.".
 */
export const LINK_IN_BIO: Readonly<Record<string, string>> = {
  'linktr.ee': 'Linktree',
  'beacons.ai': 'Beacons',
  'beacons.page': 'Beacons',
  'lnk.bio': 'Lnk.Bio',
  'campsite.bio': 'Campsite',
  'stan.store': 'Stan',
  'linkin.bio': 'Later Linkin.bio',
  'tap.bio': 'Tap Bio',
  'bio.link': 'bio.link',
  'hoo.be': 'hoo.be',
  'msha.ke': 'Milkshake',
  'komi.io': 'Komi',
  'snipfeed.co': 'Snipfeed',
  'solo.to': 'solo.to',
  'carrd.co': 'Carrd',
  'linkbio.co': 'Linkbio',
  'linkpop.com': 'Linkpop',
  'allmylinks.com': 'AllMyLinks',
  'direct.me': 'Direct.me',
  'lit.link': 'lit.link',
  'flowcode.com': 'Flowcode',
  'link.me': 'Link.me',
  'shor.by': 'Shorby',
  'koji.to': 'Koji',
  'withkoji.com': 'Koji',
};

/** Top-level domains accepted for a bare "site.tld/path" in a bio (with a scheme, any is taken). */
const BARE_TLDS = new Set(
  (
    'com net org gov edu io co me bio ee ai store shop app link page tv info biz site online ' +
    'studio art design blog uk de fr es it pt br mx ar cl co nl be ch at se no dk fi pl ie ' +
    'ca au nz in jp kr id ph sg my za ng ru ua tr gr ro cz hu to ly gg fm so am xyz one club'
  ).split(' '),
);

const MAX_EACH = 10;
/** Bios are at most a few hundred characters (Instagram 150, TikTok 80); longer text is not a bio. */
const MAX_TEXT = 1000;

const EMAIL = /[\p{L}\p{N}._%+-]{1,64}@(?:[\p{L}\p{N}-]+\.)+[\p{L}]{2,24}/gu;
/** "jane [at] mail [dot] com", "jane(at)mail(dot)com": the usual ways bios hide an address. */
const HIDDEN_AT = /\s*[[(]\s*at\s*[\])]\s*/gi;
const HIDDEN_DOT = /\s*[[(]\s*dot\s*[\])]\s*/gi;
const SCHEMED = /\bhttps?:\/\/[^\s<>"'“”‘’()]+/gi;
const BARE =
  /(?<![\p{L}\p{N}@._%+/:-])(?:www\.)?(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+([a-z]{2,12})(?:\/[^\s<>"'“”‘’()]*)?/giu;

const unhide = (text: string): string =>
  text.slice(0, MAX_TEXT).replace(HIDDEN_AT, '@').replace(HIDDEN_DOT, '.');

const trimTail = (s: string): string => s.replace(/[.,;:!?…)\]}»'"]+$/u, '');

/** An http(s) URL with its scheme, or null when the text is no such link. */
export function absoluteLink(text: string): string | null {
  const raw = trimTail(text.trim());
  if (!raw || /\s/.test(raw)) return null;
  const withScheme = /^https?:\/\//i.test(raw)
    ? raw
    : /^[a-z]+:/i.test(raw)
      ? null
      : `https://${raw}`;
  if (!withScheme) return null;
  try {
    const url = new URL(withScheme);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    if (!url.hostname.includes('.')) return null;
    return url.href;
  } catch {
    return null;
  }
}

/** The link-in-bio service a URL belongs to, by its host (subdomains too: jane.carrd.co). */
export function linkInBioService(url: string): string | null {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
  for (const [domain, name] of Object.entries(LINK_IN_BIO))
    if (host === domain || host.endsWith(`.${domain}`)) return name;
  return null;
}

/** E-mail addresses written in a text, including "[at]"/"(dot)" spellings; lower-cased domain. */
export function emailsIn(text: string): string[] {
  const unhidden = unhide(text);
  const found: string[] = [];
  for (const m of unhidden.matchAll(EMAIL)) {
    const [local, domain] = trimTail(m[0]).split('@') as [string, string];
    const clean = `${local.replace(/^[._%+-]+/, '')}@${domain.toLowerCase()}`;
    if (!clean.startsWith('@') && !found.some((f) => f.toLowerCase() === clean.toLowerCase()))
      found.push(clean);
  }
  return found;
}

/** Links written in a text: with a scheme, or a bare "site.tld/path" on a known top-level domain. */
export function linksIn(text: string): string[] {
  const withoutEmails = unhide(text).replace(EMAIL, ' ');
  const found: string[] = [];
  const add = (raw: string) => {
    const url = absoluteLink(raw);
    if (url && !found.some((f) => sameLink(f, url))) found.push(url);
  };
  for (const m of withoutEmails.matchAll(SCHEMED)) add(m[0]);
  for (const m of withoutEmails.replace(SCHEMED, ' ').matchAll(BARE))
    if (BARE_TLDS.has(m[1]!.toLowerCase())) add(m[0]);
  return found;
}

/** Same place, ignoring scheme, "www." and a trailing slash. */
export function sameLink(a: string, b: string): boolean {
  const key = (u: string) =>
    u
      .toLowerCase()
      .replace(/^https?:\/\/(www\.)?/, '')
      .replace(/\/+$/, '');
  return key(a) === key(b);
}

export interface ContactSources {
  bio: string | null;
  /** The profile's website field (Instagram external_url, TikTok bioLink). */
  profileLink: string | null;
  /** Further links the profile lists (Instagram bio_links). */
  profileLinks?: readonly string[];
  /** Addresses behind the profile's contact / e-mail button (Instagram business_email, public_email). */
  buttonEmails?: readonly (string | null | undefined)[];
}

/** The contact a profile shows, from its bio, its links and its contact button. Pure: no request. */
export function readContact(src: ContactSources): Contact {
  const emails: ContactEmail[] = [];
  const links: ContactLink[] = [];
  const addEmail = (address: string, where: ContactWhere) => {
    if (
      emails.length < MAX_EACH &&
      !emails.some((e) => e.address.toLowerCase() === address.toLowerCase())
    )
      emails.push({ address, where });
  };
  const addLink = (raw: string, where: ContactWhere) => {
    const url = absoluteLink(raw);
    if (!url || links.length >= MAX_EACH || links.some((l) => sameLink(l.url, url))) return;
    links.push({ url, where, linkInBio: linkInBioService(url) });
  };
  for (const raw of src.buttonEmails ?? []) {
    const address = raw ? emailsIn(raw)[0] : undefined;
    if (address) addEmail(address, 'contact-button');
  }
  if (src.bio) for (const address of emailsIn(src.bio)) addEmail(address, 'bio');
  if (src.profileLink) addLink(src.profileLink, 'profile-link');
  for (const raw of src.profileLinks ?? []) addLink(raw, 'profile-link');
  if (src.bio) for (const url of linksIn(src.bio)) addLink(url, 'bio');
  return { emails, links };
}
