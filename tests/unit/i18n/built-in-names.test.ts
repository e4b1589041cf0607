import { afterEach, expect, test } from 'vitest';
import de from '../../../public/_locales/de/messages.json';
import { tableLabel, tableSourceLabel, tierLabel } from '../../../lib/i18n/labels';
import { setMessageSource, substitute, type MessageKey } from '../../../lib/i18n/messages';
import { saidText } from '../../../lib/i18n/said';
import { defaultBenchmarks, defaultTiers } from '../../../lib/model/settings';
import { scoreReading } from '../../../lib/rules/score';
import { genuineComments, NOW, posts, reading } from '../rules/build';

afterEach(() => setMessageSource(null));

const german = () =>
  setMessageSource({
    message: (key: MessageKey, args) =>
      Object.hasOwn(de, key) ? substitute(de[key as keyof typeof de], args) : '',
    locale: 'de-DE',
  });

test('each built-in table has its name and source in English word for word', () => {
  for (const table of defaultBenchmarks) {
    expect(tableLabel(table.id, table.name)).toBe(table.name);
    expect(tableSourceLabel(table.id, table.source)).toBe(table.source);
  }
});

test('in German a built-in table is named in German, a renamed or own table as written', () => {
  german();
  for (const table of defaultBenchmarks) {
    expect(tableLabel(table.id, table.name)).not.toBe(table.name);
    expect(tableSourceLabel(table.id, table.source)).not.toBe(table.source);
  }
  expect(tableLabel('seed-rule', 'Our 2026 targets')).toBe('Our 2026 targets');
  expect(tableLabel('my-table', 'Mine')).toBe('Mine');
});

test('the verdict names the rating table in the UI language', () => {
  const verdict = scoreReading(
    reading({ posts: posts([900, 1200, 700, 1500]), comments: genuineComments(40) }),
    { now: NOW },
  );
  const rated = verdict.reasons.find((r) => r.said?.key === 'rsRated')!;
  expect(rated.text).toContain('Seed rule of thumb');
  german();
  const shown = saidText(rated.said, rated.text);
  expect(shown).toContain('Faustregel der Methode');
  expect(shown).not.toContain('Seed rule');
});

test('each built-in tier is named in English word for word, in German in German, a renamed one as written', () => {
  for (const tier of defaultTiers) expect(tierLabel(tier)).toBe(tier.label);
  german();
  expect(defaultTiers.map(tierLabel)).toEqual([
    'Nano (1K–10K)',
    'Mikro (10K–100K)',
    'Mittel (100K–500K)',
    'Makro (500K–1M)',
    'Mega (1M+)',
  ]);
  expect(tierLabel({ id: 'micro', label: 'Small (10K–50K)' })).toBe('Small (10K–50K)');
  expect(tierLabel({ id: 'rising', label: 'Rising' })).toBe('Rising');
});
