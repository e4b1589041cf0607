import { expect, test } from 'vitest';
import { citiesByName, citiesIn } from '../../../../lib/rules/fit/cities';
import file from '../../../../lib/rules/fit/cities.json';
import { countriesIn } from '../../../../lib/rules/fit/countries';

test.each([
  ['📍 Almería', [{ code: 'ES', match: 'almeria' }]],
  ['📍Lyon | Paris', [{ code: 'FR', match: 'lyon' }]],
  ['Based in London, UK', [{ code: 'GB', match: 'london' }]],
  ['desde São Paulo ✨', [{ code: 'BR', match: 'sao paulo' }]],
  ['Illustrator living in New York City', [{ code: 'US', match: 'new york' }]],
  ['moro em Lisbon', [{ code: 'PT', match: 'lisbon' }]],
  ['basée à Lyon', [{ code: 'FR', match: 'lyon' }]],
  // A city name that is also a word only counts after a marker of where one lives.
  ['Como siempre, gracias', []],
  ['I love Nice food', []],
  ['Reading is my thing', []],
  // A name shared by large cities of several countries names none (Argentina, Spain, Mexico).
  ['from Córdoba', []],
  // The marker's clause ends at punctuation: "from" then something else.
  ['Greetings from the team, Madrid office', []],
  ['Made in Spain', []],
])('%s', (text, expected) => {
  expect(citiesIn(text)).toEqual(expected);
});

test('a city named as home gives its country to the place check, beside countries named', () => {
  expect(countriesIn('📍 Almería · 🇫🇷')).toEqual([
    { code: 'FR', match: '🇫🇷' },
    { code: 'ES', match: 'almeria' },
  ]);
  expect(countriesIn('Based in London, UK')).toEqual([{ code: 'GB', match: 'london' }]);
});

test('the city table holds large cities with their country codes', () => {
  const table = citiesByName(file);
  const entries = Object.entries(table);
  expect(entries.length).toBeGreaterThan(2000);
  expect(
    entries.every(([name, code]) => /^[\p{Ll}\p{N} ]+$/u.test(name) && /^[A-Z]{2}$/.test(code)),
  ).toBe(true);
  expect(table).toMatchObject({ madrid: 'ES', london: 'GB', 'mexico city': 'MX', almeria: 'ES' });
  expect(table).not.toHaveProperty('cordoba');
});
