import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import {
  basisLabel,
  severityLabel,
  statusLabel,
  verdictLabel,
  verdictShortLabel,
} from '../../../lib/i18n/labels';
import { ENGLISH } from '../../../lib/i18n/english';
import {
  setMessageSource,
  substitute,
  t,
  uiLocale,
  type LocaleMessage,
  type MessageKey,
} from '../../../lib/i18n/messages';
import { PipelineStatus } from '../../../lib/model/creator';
import { EngagementBasis, Severity, VerdictLabel } from '../../../lib/model/verdict';

const root = resolve(import.meta.dirname, '..', '..', '..');
const localesDir = join(root, 'public', '_locales');
const read = (lang: string) =>
  JSON.parse(readFileSync(join(localesDir, lang, 'messages.json'), 'utf8')) as Record<
    string,
    LocaleMessage
  >;
/** The placeholders a message uses; "$$" is a written dollar sign, not one. */
const placeholdersOf = (m: LocaleMessage) =>
  [...m.message.replaceAll('$$', '').matchAll(/\$([A-Za-z0-9_]+)\$|\$(\d)/g)]
    .map((x) => x[1] ?? x[2])
    .sort();

afterEach(() => setMessageSource(null));

test('the UI languages are English, Spanish, French, Portuguese and German', () => {
  expect(readdirSync(localesDir).sort()).toEqual(['de', 'en', 'es', 'fr', 'pt']);
});

describe.each(['es', 'fr', 'pt', 'de'])('%s', (lang) => {
  const messages = read(lang);
  test('has every key of English and no other', () => {
    expect(Object.keys(messages).sort()).toEqual(Object.keys(ENGLISH).sort());
  });
  test('every message is written and keeps the placeholders of the English one', () => {
    for (const [key, en] of Object.entries(ENGLISH)) {
      const m = messages[key];
      expect(m?.message.trim(), `${lang}: ${key}`).toBeTruthy();
      expect(placeholdersOf(m!), `${lang}: ${key}`).toEqual(placeholdersOf(en));
    }
  });
});

test('every English message says where it is shown', () => {
  for (const [key, m] of Object.entries(ENGLISH)) expect(m.description?.trim(), key).toBeTruthy();
});

test("substitution follows browser.i18n's rules", () => {
  const m: LocaleMessage = {
    message: '$count$ of $TOTAL$ read ($1 left), $$5',
    placeholders: { count: { content: '$1' }, total: { content: '$2' } },
  };
  expect(substitute(m, ['3', '40'])).toBe('3 of 40 read (3 left), $5');
  expect(substitute({ message: 'no $1' }, [])).toBe('no ');
});

test('a message the UI language lacks falls back to English, never to an empty text', () => {
  setMessageSource({ message: () => '', locale: 'de-DE' });
  expect(verdictLabel('skip')).toBe('Skip');
  expect(uiLocale()).toBe('de-DE');
});

test('the vocabulary comes from the UI language', () => {
  const es = read('es');
  setMessageSource({ message: (key: MessageKey) => es[key]?.message ?? '', locale: 'es-ES' });
  expect(verdictLabel('review')).toBe('Merece una revisión');
  expect(statusLabel('negotiating')).toBe('Negociando');
  expect(basisLabel('views')).toBe('por visualizaciones');
  expect(verdictShortLabel(null)).toBe('Sin puntuar');
});

test('every verdict, pipeline status, basis and flag severity has its words, each different', () => {
  const all = [
    Severity.options.map(severityLabel),
    VerdictLabel.options.map(verdictLabel),
    VerdictLabel.options.map(verdictShortLabel),
    PipelineStatus.options.map(statusLabel),
    EngagementBasis.options.map(basisLabel),
  ];
  for (const words of all) {
    expect(words.every((w) => w.trim() !== '')).toBe(true);
    expect(new Set(words).size).toBe(words.length);
  }
  expect(t('extName')).toBe('Creator Scout');
});

// The vocabulary is written once, in the messages: a copy of one of these words as a string in the
// code (the way labels used to be duplicated) fails here.
const VOCABULARY: MessageKey[] = (Object.keys(ENGLISH) as MessageKey[]).filter((k) =>
  /^(verdict|status|basis|severity)/.test(k),
);
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sourceFiles(join(dir, e.name))
      : /\.(ts|tsx)$/.test(e.name)
        ? [join(dir, e.name)]
        : [],
  );
}
test(
  'no verdict, status, basis or severity label is written as a string outside the locale files',
  { timeout: 30_000 },
  () => {
    const files = ['lib', 'components', 'entrypoints', 'scripts'].flatMap((d) =>
      sourceFiles(join(root, d)),
    );
    const patterns = VOCABULARY.map((key) => {
      const words = ENGLISH[key].message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      return { key, pattern: new RegExp(`(['"\`])${words}\\1|>\\s*${words}\\s*<`) };
    });
    const found: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/^\s*\/\/.*$/gm, '');
      for (const { key, pattern } of patterns)
        if (pattern.test(text))
          found.push(`${file.slice(root.length + 1)}: "${ENGLISH[key].message}"`);
    }
    expect(found).toEqual([]);
  },
);

test("a flag's severity is said in a marketer's words, never the stored id", () => {
  for (const s of Severity.options) {
    expect(severityLabel(s).toLowerCase()).not.toBe(s);
  }
  expect(severityLabel('high')).toBe('Serious');
  expect(severityLabel('medium')).toBe('Worth checking');
});
