import type { Problem } from '../model/messages';
import { PLATFORMS } from '../model/platforms';
import { formatDateTime } from '../panel/format';
import { parseCreatorStorageKey } from '../store/keys';

/**
 * A stored value that failed validation, told the way a marketer reads it: what it was (a
 * creator, a campaign, the settings), where in the dashboard it belongs, when it was found, why it
 * could not be used and what became of it. The storage key, the field paths and zod's messages
 * stay in the "Export problems" file for whoever debugs it.
 */
export interface ProblemView {
  /** "The record of @ann on Instagram", "Campaign “Spring kit”", "Your settings". */
  what: string;
  /** The dashboard page it belongs to, with its address; null when it belongs to none. */
  page: { label: string; href: string } | null;
  /** "Dec 5, 2026, 10:00 PM": when it was found. */
  when: string;
  /** Why it could not be used, in plain words. */
  why: string;
  /** What became of it: still in use without the unreadable parts, or set aside. */
  outcome: string;
  /** The details that could not be read, in words ("discount code (campaign entries)"). */
  fields: string[];
}

type Place = { what: string; page: ProblemView['page'] };

const PAGES = {
  creators: { label: 'Creators', href: '#/creators' },
  campaigns: { label: 'Campaigns', href: '#/campaigns' },
  templates: { label: 'Templates', href: '#/templates' },
  settings: { label: 'Settings', href: '#/settings' },
  toVet: { label: 'To vet', href: '#/to-vet' },
} as const;

/** "campaigns[3]" → 3; null without a position. */
const position = (key: string): number | null => {
  const m = /\[(\d+)\]$/.exec(key);
  return m ? Number(m[1]) : null;
};

const named = (raw: unknown, field: string): string | null => {
  if (typeof raw !== 'object' || raw === null) return null;
  const value = (raw as Record<string, unknown>)[field];
  return typeof value === 'string' && value.trim() !== '' ? value.trim().slice(0, 80) : null;
};

const ORDINAL: Record<number, string> = { 1: 'st', 2: 'nd', 3: 'rd' };
/** 0 → "1st", 10 → "11th", 21 → "22nd". */
const nth = (n: number): string => {
  const one = n + 1;
  const teen = one % 100 >= 11 && one % 100 <= 13;
  return `${one}${teen ? 'th' : (ORDINAL[one % 10] ?? 'th')}`;
};

function placeOf(p: Problem): Place {
  const creator = parseCreatorStorageKey(p.key);
  if (creator)
    return {
      what: `The record of @${creator.handle} on ${PLATFORMS[creator.platform].name}`,
      page:
        p.resolution === 'repaired'
          ? {
              label: `@${creator.handle}`,
              href: `#/creator/${creator.platform}/${encodeURIComponent(creator.handle)}`,
            }
          : PAGES.creators,
    };
  if (p.key.startsWith('creator:'))
    return { what: 'A stored creator that names no account', page: PAGES.creators };
  if (p.key.startsWith('index:'))
    return { what: 'Part of the list of your creators', page: PAGES.creators };
  const at = position(p.key);
  const base = p.key.replace(/\[\d+\]$/, '');
  const list = (one: string, all: string, nameField: string): string => {
    if (at === null) return all;
    const name = named(p.raw, nameField);
    return name ? `${one} “${name}”` : `The ${nth(at)} ${one.toLowerCase()}`;
  };
  switch (base) {
    case 'campaigns':
      return { what: list('Campaign', 'Your campaigns', 'name'), page: PAGES.campaigns };
    case 'templates':
      return { what: list('Template', 'Your message templates', 'name'), page: PAGES.templates };
    case 'prospects':
      return {
        what:
          at === null
            ? 'Your list of accounts to vet'
            : `An account on your list to vet${named(p.raw, 'handle') ? ` (@${named(p.raw, 'handle')})` : ''}`,
        page: PAGES.toVet,
      };
    case 'settings':
      return { what: 'Your settings', page: PAGES.settings };
    case 'quarantine':
      return { what: 'An entry of this list of problems', page: null };
    default:
      return { what: 'A stored item', page: null };
  }
}

/** The store's reasons (lib/store) in plain words; anything else is "couldn't be read". */
function whyOf(p: Problem): string {
  const e = p.error;
  if (/newer version/i.test(e))
    return 'It was written by a newer version of Creator Scout: update the extension to use it.';
  if (/does not say which version/i.test(e))
    return "It doesn't say which version of Creator Scout wrote it.";
  if (/migration/i.test(e)) return "It couldn't be brought up to date for this version.";
  if (/names no Instagram or TikTok account/i.test(e))
    return 'It is stored as a creator, but names no Instagram or TikTok account.';
  if (/index shard/i.test(e))
    return 'It was damaged; it has been rebuilt from the creators’ own records.';
  if (/fields replaced/i.test(e) || p.resolution === 'repaired')
    return 'Some of its details couldn’t be read.';
  return 'Its contents couldn’t be read.';
}

/** "discountCode" → "discount code", "utm_source" → "utm source". */
const words = (name: string): string =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase()
    .trim();

/** A field path ("campaigns[0].results.revenue") as words: "revenue (campaigns, results)". */
export function fieldWords(path: string): string | null {
  const names = path
    .split(/[.[\]]+/)
    .filter((part) => part !== '' && !/^\d+$/.test(part) && part !== '(root)')
    .map(words)
    .filter((w) => w !== '');
  if (names.length === 0) return null;
  const leaf = names.at(-1)!;
  const within = names.slice(0, -1);
  return within.length ? `${leaf} (in ${within.join(', ')})` : leaf;
}

export function problemView(p: Problem): ProblemView {
  const place = placeOf(p);
  const fields = [...new Set(p.issues.map((i) => fieldWords(i.path)).filter((f) => f !== null))];
  return {
    ...place,
    when: formatDateTime(p.at),
    why: whyOf(p),
    outcome:
      p.resolution === 'repaired'
        ? 'Still in use: the details that couldn’t be read were reset, the rest is kept.'
        : 'Set aside and not in use. Export it first if you may need it, then dismiss it.',
    fields,
  };
}
