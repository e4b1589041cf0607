import { t } from '../i18n/messages';
import { inlineText } from './plain-text';

/**
 * The placeholders a template may use, written `{name}` in its body. Each says what fills it, so
 * the template editor can list them.
 */
export const PLACEHOLDERS = {
  get firstName(): string {
    return t('phFirstName');
  },
  get handle(): string {
    return t('phHandle');
  },
  get topic(): string {
    return t('phTopic');
  },
  get postUrl(): string {
    return t('phPostUrl');
  },
  get postExcerpt(): string {
    return t('phPostExcerpt');
  },
  get postStandout(): string {
    return t('phPostStandout');
  },
  get followingFor(): string {
    return t('phFollowingFor');
  },
  get company(): string {
    return t('phCompany');
  },
  get product(): string {
    return t('phProduct');
  },
  get campaignDates(): string {
    return t('phCampaignDates');
  },
  get offer(): string {
    return t('phOffer');
  },
  get code(): string {
    return t('phCode');
  },
  get link(): string {
    return t('phLink');
  },
  get sender(): string {
    return t('phSender');
  },
};

export type PlaceholderName = keyof typeof PLACEHOLDERS;
export const PLACEHOLDER_NAMES = Object.keys(PLACEHOLDERS) as PlaceholderName[];

export type PlaceholderValues = Partial<Record<PlaceholderName, string | null | undefined>>;

/** A placeholder left in the text: `start`/`end` are UTF-16 offsets of `{name}` in `text`. */
export interface PlaceholderGap {
  name: string;
  kind: 'missing' | 'unknown';
  start: number;
  end: number;
}

export interface FillResult {
  text: string;
  /** Every placeholder still in `text`, in order; empty means the draft is ready to copy. */
  gaps: PlaceholderGap[];
  ready: boolean;
}

/** `{` + identifier + `}`; other braces ("{ }", "{not this}") are plain text. */
const TOKEN = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/** Longest value one placeholder may insert (a caption excerpt, a link). */
export const MAX_VALUE_LENGTH = 300;

export function isPlaceholderName(name: string): name is PlaceholderName {
  return Object.hasOwn(PLACEHOLDERS, name);
}

/**
 * Replaces each known placeholder that has a non-empty value; leaves the others in the text and
 * reports them with their positions. Values are inserted as plain text, cleaned of control and
 * bidi characters and capped; inserted text is never scanned for placeholders again.
 */
export function fillTemplate(body: string, values: PlaceholderValues): FillResult {
  const gaps: PlaceholderGap[] = [];
  let text = '';
  let last = 0;
  for (const match of body.matchAll(TOKEN)) {
    const [token, name] = match as unknown as [string, string];
    text += body.slice(last, match.index);
    last = match.index + token.length;
    const known = isPlaceholderName(name);
    const raw = known ? values[name] : undefined;
    const value = typeof raw === 'string' ? inlineText(raw, MAX_VALUE_LENGTH) : '';
    if (value !== '') {
      text += value;
      continue;
    }
    gaps.push({
      name,
      kind: known ? 'missing' : 'unknown',
      start: text.length,
      end: text.length + token.length,
    });
    text += token;
  }
  text += body.slice(last);
  return { text, gaps, ready: gaps.length === 0 };
}

/** The placeholders in a text (an edited draft, a template being written), with positions. */
export function findPlaceholders(text: string): PlaceholderGap[] {
  return Array.from(text.matchAll(TOKEN), (match) => {
    const name = match[1] ?? '';
    return {
      name,
      kind: isPlaceholderName(name) ? 'missing' : 'unknown',
      start: match.index,
      end: match.index + match[0].length,
    } satisfies PlaceholderGap;
  });
}
