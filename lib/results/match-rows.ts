import type { IdentifierField } from './column-mapping';
import type { ImportedRow } from './import-rows';

/** What the store knows of a creator to recognise their rows: handle, discount code, tracked link. */
export interface MatchCreator {
  key: string;
  handle: string;
  code?: string | null;
  /** The creator's tracked link (its utm_content is what analytics exports show). */
  link?: string | null;
  /** The creator's affiliate link: rows carrying it in their link column are theirs too. */
  affiliateLink?: string | null;
}

export interface MatchedRow {
  row: ImportedRow;
  key: string;
  /** The first identifier that matched, in the order code, link, handle. */
  via: IdentifierField;
}

export interface UnmatchedRow {
  row: ImportedRow;
  reason: 'no-identifier' | 'no-match' | 'ambiguous';
  /** For `ambiguous`: the creators the row's identifiers point to. */
  candidates: string[];
}

export interface Matching {
  matched: MatchedRow[];
  unmatched: UnmatchedRow[];
}

const order: IdentifierField[] = ['code', 'link', 'handle'];

/**
 * Matches each row to one creator by code, link (utm_content or the URL) or handle, all compared
 * case-insensitively. A row whose identifiers point to two creators is `ambiguous`, not guessed.
 */
export function matchRows(
  rows: readonly ImportedRow[],
  creators: readonly MatchCreator[],
): Matching {
  const index: Record<IdentifierField, Map<string, Set<string>>> = {
    code: new Map(),
    link: new Map(),
    handle: new Map(),
  };
  const add = (field: IdentifierField, value: string | null, key: string) => {
    if (!value) return;
    const keys = index[field].get(value) ?? new Set<string>();
    keys.add(key);
    index[field].set(value, keys);
  };
  for (const creator of creators) {
    add('code', normalizeCode(creator.code), creator.key);
    for (const link of linkKeys(creator.link)) add('link', link, creator.key);
    for (const link of linkKeys(creator.affiliateLink)) add('link', link, creator.key);
    add('handle', normalizeHandle(creator.handle), creator.key);
  }

  const matching: Matching = { matched: [], unmatched: [] };
  for (const row of rows) {
    const found = new Set<string>();
    let via: IdentifierField | null = null;
    for (const field of order) {
      const cell = row.ids[field];
      if (!cell) continue;
      const values =
        field === 'code'
          ? [normalizeCode(cell)]
          : field === 'link'
            ? linkKeys(cell)
            : [normalizeHandle(cell)];
      for (const value of values) {
        for (const key of (value && index[field].get(value)) || []) {
          found.add(key);
          via ??= field;
        }
      }
    }
    if (order.every((field) => !row.ids[field])) {
      matching.unmatched.push({ row, reason: 'no-identifier', candidates: [] });
    } else if (found.size === 0) {
      matching.unmatched.push({ row, reason: 'no-match', candidates: [] });
    } else if (found.size > 1) {
      matching.unmatched.push({ row, reason: 'ambiguous', candidates: [...found].sort() });
    } else {
      matching.matched.push({ row, key: [...found][0]!, via: via! });
    }
  }
  return matching;
}

export function normalizeCode(code: string | null | undefined): string | null {
  const value = code?.trim().toUpperCase();
  return value ? value : null;
}

/** "@Jane.Doe", "instagram.com/jane.doe/", "https://www.tiktok.com/@jane.doe" -> "jane.doe". */
export function normalizeHandle(handle: string | null | undefined): string | null {
  let value = handle?.trim() ?? '';
  const profile = /(?:instagram\.com|tiktok\.com)\/@?([^/?#\s]+)/i.exec(value);
  if (profile) value = profile[1]!;
  value = value.replace(/^@/, '').toLowerCase();
  return value ? value : null;
}

/**
 * What a link can be recognised by: its utm_content and its normalized URL. A cell that is not a
 * URL or path (GA4's "Session manual ad content" column) is itself a utm_content value.
 */
export function linkKeys(link: string | null | undefined): string[] {
  const value = link?.trim();
  if (!value) return [];
  const looksLikeUrl =
    /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ||
    value.startsWith('/') ||
    /^[^\s/?#]+\.[a-z]{2,}\//i.test(value);
  if (!looksLikeUrl) return [`utm:${value.toLowerCase()}`];
  let url: URL;
  try {
    url = new URL(
      /^[a-z][a-z0-9+.-]*:\/\//i.test(value)
        ? value
        : value.startsWith('/')
          ? `https://any.invalid${value}`
          : `https://${value}`,
    );
  } catch {
    return [];
  }
  const keys: string[] = [];
  const content = url.searchParams.get('utm_content');
  if (content) keys.push(`utm:${content.trim().toLowerCase()}`);
  if (!value.startsWith('/')) {
    const host = url.hostname.replace(/^www\./, '').toLowerCase();
    const path = url.pathname.replace(/\/+$/, '');
    const query = [...url.searchParams].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    keys.push(`url:${host}${path}?${new URLSearchParams(query).toString()}`);
  }
  return keys;
}
