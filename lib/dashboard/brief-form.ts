import { Brief } from '../model/brief';
import { toIssues } from '../model/messages';
import { splitList } from './brief-io';
import { t } from '../i18n/messages';
import { schemaText } from '../i18n/schema-text';

/** The brief editor's fields as typed: lists comma-separated, numbers as text. */
export interface BriefForm {
  name: string;
  brand: string;
  product: string;
  keywords: string;
  hashtags: string;
  languages: string;
  countries: string;
  competitors: string;
  excludedTopics: string;
  followersMin: string;
  followersMax: string;
}

const LISTS = [
  'keywords',
  'hashtags',
  'languages',
  'countries',
  'competitors',
  'excludedTopics',
] as const;

export function briefToForm(brief: Brief | null, fallbackName = ''): BriefForm {
  const list = (l: string[] | undefined) => (l ?? []).join(', ');
  return {
    name: brief?.name ?? fallbackName,
    brand: brief?.brand ?? '',
    product: brief?.product ?? '',
    keywords: list(brief?.keywords),
    hashtags: list(brief?.hashtags),
    languages: list(brief?.languages),
    countries: list(brief?.countries),
    competitors: list(brief?.competitors),
    excludedTopics: list(brief?.excludedTopics),
    followersMin: brief?.followers?.min?.toString() ?? '',
    followersMax: brief?.followers?.max?.toString() ?? '',
  };
}

export type BriefFormRead =
  { ok: true; brief: Brief } | { ok: false; errors: { path: string; message: string }[] };

/** The form as a Brief (the contract schema), with every error's field path. Empty fields are left out. */
export function readBriefForm(form: BriefForm): BriefFormRead {
  const errors: { path: string; message: string }[] = [];
  const count = (text: string, path: string): number | undefined => {
    const digits = text.trim().replace(/[,_\s]/g, '');
    if (digits === '') return undefined;
    if (!/^\d+$/.test(digits)) {
      errors.push({ path, message: t('bfWholeNumber') });
      return undefined;
    }
    return Number(digits);
  };
  const min = count(form.followersMin, 'followers.min');
  const max = count(form.followersMax, 'followers.max');
  if (min !== undefined && max !== undefined && min > max)
    errors.push({ path: 'followers.max', message: t('bfAtLeastMin') });
  const candidate: Record<string, unknown> = { name: form.name };
  for (const key of ['brand', 'product'] as const)
    if (form[key].trim()) candidate[key] = form[key].trim();
  for (const key of LISTS) {
    let items = splitList(form[key]);
    if (key === 'languages') items = items.map((s) => s.toLowerCase());
    if (key === 'countries') items = items.map((s) => s.toUpperCase());
    if (items.length) candidate[key] = items;
  }
  if (min !== undefined || max !== undefined)
    candidate.followers = { ...(min !== undefined && { min }), ...(max !== undefined && { max }) };
  const parsed = Brief.safeParse(candidate);
  if (!parsed.success)
    errors.push(...toIssues(parsed.error).map((i) => ({ ...i, message: schemaText(i.message) })));
  if (errors.length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, brief: parsed.data };
}
