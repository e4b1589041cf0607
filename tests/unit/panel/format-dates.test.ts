import { afterEach, expect, test } from 'vitest';
import { setMessageSource } from '../../../lib/i18n/messages';
import { formatDateTime, formatDay } from '../../../lib/panel/format';

afterEach(() => setMessageSource(null));

// Noon UTC: the same day in every time zone the tests may run in.
const NOON = '2026-03-15T12:00:00.000Z';

test.each([
  ['en-US', 'Mar 15, 2026'],
  ['de-DE', '15.03.2026'],
  ['fr-FR', '15 mars 2026'],
  ['es-ES', '15 mar 2026'],
  ['pt-BR', '15 de mar. de 2026'],
])('a day follows the browser locale: %s → %s', (locale, expected) => {
  setMessageSource({ message: () => '', locale });
  expect(formatDay(NOON)).toBe(expected);
});

test('a day and time carry the hour; an unreadable or missing time is a dash, never 1970', () => {
  setMessageSource({ message: () => '', locale: 'en-US' });
  expect(formatDateTime(NOON)).toMatch(/^Mar 15, 2026, \d{1,2}:00\s?[AP]M$/);
  expect(formatDay('not a date')).toBe('—');
  expect(formatDay(null)).toBe('—');
  expect(formatDateTime(null)).toBe('—');
});
