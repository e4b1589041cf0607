import type { Problem } from '../model/messages';
import { PLATFORMS } from '../model/platforms';
import { t } from '../i18n/messages';
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
  creators: () => ({ label: t('navCreators'), href: '#/creators' }),
  campaigns: () => ({ label: t('navCampaigns'), href: '#/campaigns' }),
  templates: () => ({ label: t('templatesHeading'), href: '#/templates' }),
  settings: () => ({ label: t('settingsHeading'), href: '#/settings' }),
  toVet: () => ({ label: t('toVet'), href: '#/to-vet' }),
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

function placeOf(p: Problem): Place {
  const creator = parseCreatorStorageKey(p.key);
  if (creator)
    return {
      what: t('problemCreatorRecord', creator.handle, PLATFORMS[creator.platform].name),
      page:
        p.resolution === 'repaired'
          ? {
              label: `@${creator.handle}`,
              href: `#/creator/${creator.platform}/${encodeURIComponent(creator.handle)}`,
            }
          : PAGES.creators(),
    };
  if (p.key.startsWith('creator:'))
    return { what: t('problemCreatorNoAccount'), page: PAGES.creators() };
  if (p.key.startsWith('index:')) return { what: t('problemIndex'), page: PAGES.creators() };
  const at = position(p.key);
  const base = p.key.replace(/\[\d+\]$/, '');
  const list = (
    one: (name: string) => string,
    numbered: (n: number) => string,
    all: string,
    nameField: string,
  ): string => {
    if (at === null) return all;
    const name = named(p.raw, nameField);
    return name ? one(name) : numbered(at + 1);
  };
  switch (base) {
    case 'campaigns':
      return {
        what: list(
          (n) => t('problemCampaignNamed', n),
          (n) => t('problemCampaignAt', n),
          t('problemCampaigns'),
          'name',
        ),
        page: PAGES.campaigns(),
      };
    case 'templates':
      return {
        what: list(
          (n) => t('problemTemplateNamed', n),
          (n) => t('problemTemplateAt', n),
          t('problemTemplates'),
          'name',
        ),
        page: PAGES.templates(),
      };
    case 'prospects':
      return {
        what:
          at === null
            ? t('problemProspects')
            : named(p.raw, 'handle')
              ? t('problemProspectNamed', named(p.raw, 'handle')!)
              : t('problemProspect'),
        page: PAGES.toVet(),
      };
    case 'settings':
      return { what: t('problemSettings'), page: PAGES.settings() };
    case 'quarantine':
      return { what: t('problemQuarantine'), page: null };
    default:
      return { what: t('problemStoredItem'), page: null };
  }
}

/** The store's reasons (lib/store) in plain words; anything else is "couldn't be read". */
function whyOf(p: Problem): string {
  const e = p.error;
  if (/newer version/i.test(e)) return t('problemWhyNewer');
  if (/does not say which version/i.test(e)) return t('problemWhyNoVersion');
  if (/migration/i.test(e)) return t('problemWhyMigration');
  if (/names no Instagram or TikTok account/i.test(e)) return t('problemWhyNoAccount');
  if (/index shard/i.test(e)) return t('problemWhyRebuilt');
  if (/fields replaced/i.test(e) || p.resolution === 'repaired') return t('problemWhySomeDetails');
  return t('problemWhyContents');
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
  return within.length ? t('problemFieldWithin', leaf, within.join(', ')) : leaf;
}

export function problemView(p: Problem): ProblemView {
  const place = placeOf(p);
  const fields = [...new Set(p.issues.map((i) => fieldWords(i.path)).filter((f) => f !== null))];
  return {
    ...place,
    when: formatDateTime(p.at),
    why: whyOf(p),
    outcome: p.resolution === 'repaired' ? t('problemOutcomeRepaired') : t('problemOutcomeAside'),
    fields,
  };
}
