import { expect, test } from 'vitest';
import { namesRunTogether } from '../../../lib/rules/text';

test.each([
  ['@acme.paints', 'Acme Paints', true],
  ['#AcmePaintsHaul', 'Acme Paints', true],
  ['@acme_paints_es', 'Acme Paints', true],
  ['@acmepaint', 'Acme Paints', false],
  // short names: the whole handle, or the handle and a regional code
  ['@gap', 'Gap', true],
  ['@gap_uk', 'Gap', true],
  ['@gap.es', 'Gap', true],
  ['@gapyear', 'Gap', false],
  ['@gapuk', 'Gap', false],
  ['@anything', '', false],
])('%j names %j: %s', (token, name, named) => {
  expect(namesRunTogether(token, name)).toBe(named);
});
