import { afterEach, expect, test } from 'vitest';
import { z } from 'zod';
import en from 'zod/v4/locales/en.js';
import de from '../../../public/_locales/de/messages.json';
import { briefToForm, readBriefForm } from '../../../lib/dashboard/brief-form';
import { formatImportError } from '../../../lib/dashboard/import-errors';
import { readShortlistCsv } from '../../../lib/dashboard/shortlist-import';
import { setMessageSource, substitute, type MessageKey } from '../../../lib/i18n/messages';
import { applyZodLocale } from '../../../lib/i18n/zod-locale';
import { ENGLISH } from '../../../lib/i18n/english';
import { SCHEMA_WORDS } from '../../../lib/model/schema-words';
import type { Campaign } from '../../../lib/model/campaign';
import { parseAmount } from '../../../lib/results/parse-amount';

afterEach(() => {
  setMessageSource(null);
  z.config(en());
});

const german = () => {
  setMessageSource({
    message: (key: MessageKey, args) =>
      Object.hasOwn(de, key) ? substitute(de[key as keyof typeof de], args) : '',
    locale: 'de-DE',
  });
  applyZodLocale('de-DE');
};

const campaigns = [{ id: 'c1', name: 'Spring' }] as unknown as Campaign[];
/** Cells a row cannot hold, and rows that cannot go together (checked once every cell reads). */
const FILES = [
  [
    'platform,handle,campaign,tracked_link,publish_at',
    'instagram,anna,Spring,ftp://x.example,2026-03-05T17:00:00Z',
    'instagram,carla,Spring,,yesterday',
    'facebook,dora,Spring,,',
  ],
  [
    'platform,handle,campaign',
    'instagram,bert,Winter',
    'instagram,anna,Spring',
    'instagram,anna,Spring',
  ],
];

const errors = () =>
  FILES.flatMap((lines) => {
    const read = readShortlistCsv(lines.join('\n'), campaigns);
    if (read.ok) throw new Error('the file should be refused');
    return read.errors.map(formatImportError);
  });

test('a refused shortlist file says why on each line in English', () => {
  const lines = errors().join('\n');
  expect(lines).toContain('expected an http(s) link');
  expect(lines).toContain('no campaign named "Winter"');
  expect(lines).toContain('expected a date and time such as 2026-03-05T17:00:00Z');
  expect(lines).toContain('the same creator and campaign appear on an earlier line');
  expect(lines).toMatch(/expected one of "instagram"\|"tiktok"/);
});

test('in a German browser the same file is refused in German, zod’s own words included', () => {
  german();
  const lines = errors().join('\n');
  expect(lines).toContain('erwartet wurde ein http(s)-Link');
  expect(lines).toContain('keine Kampagne namens „Winter“');
  expect(lines).toContain('erwartet wurden Datum und Uhrzeit');
  expect(lines).toContain('derselbe Creator und dieselbe Kampagne');
  expect(lines).toMatch(/Ungültige Option: erwartet eine von "instagram"\|"tiktok"/);
  expect(lines).not.toMatch(/expected|campaign named|earlier line|Invalid/);
});

test('a brief form and a results cell say what is wrong in the UI language', () => {
  const form = { ...briefToForm(null, 'Spring'), followersMin: 'ten', followersMax: '' };
  expect(readBriefForm(form)).toMatchObject({
    ok: false,
    errors: [{ path: 'followers.min', message: 'write a whole number such as 10000' }],
  });
  expect(parseAmount('-5')).toEqual({ ok: false, message: 'negative amount "-5"' });
  german();
  expect(readBriefForm(form)).toMatchObject({
    ok: false,
    errors: [{ path: 'followers.min', message: 'eine ganze Zahl eingeben, zum Beispiel 10000' }],
  });
  expect(parseAmount('12%')).toEqual({
    ok: false,
    message: 'ein Prozentwert „12%“, wo eine Zahl erwartet wird',
  });
});

test('the schemas’ own sentences follow the UI language (a brief’s language code, as the brief form shows it)', () => {
  const form = { ...briefToForm(null, 'Spring'), languages: 'english' };
  const english = readBriefForm(form);
  expect(english).toMatchObject({ ok: false });
  expect(JSON.stringify(english)).toContain('expected an ISO 639-1 code such as \\"en\\"');
  german();
  const read = readBriefForm(form);
  expect(JSON.stringify(read)).toContain('erwartet wurde ein ISO-639-1-Code');
  expect(JSON.stringify(read)).not.toContain('expected');
});

test('each schema sentence has a message that says it word for word in English', () => {
  for (const [key, words] of Object.entries(SCHEMA_WORDS))
    expect(ENGLISH[key as keyof typeof ENGLISH]?.message, key).toBe(words);
});
