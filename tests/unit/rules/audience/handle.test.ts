import { describe, expect, test } from 'vitest';
import { AudienceThresholds } from '../../../../lib/model/audience';
import { generatedHandle } from '../../../../lib/rules/audience/handle';

const t = AudienceThresholds.parse({});

describe('generated-looking handles', () => {
  // Real handles from the follower captures (tests/fixtures/instagram/*-graphql-2020-08.json) and
  // ordinary ones that merely contain digits, words or consonant clusters: none is "generated".
  test.each([
    'blink182fan',
    'jane_doe_1990',
    'martinasalomao0602',
    'raquelinda0204',
    'mehtiyev_16',
    'd3nnis_can',
    'sanjay.madhukar.7509',
    'sabri_mini80',
    'aldanaarganaraz99',
    'yram4086',
    'christiehemmklok',
    'nightschool_art',
    'the.sketchbook.club',
    'thedanielbruhl',
    'matchstick_studio',
    'schwarzkopf',
    'strengths_coach',
    'shruti_pvttttttt',
    'kristenanniebell',
    'officialfootprintcoalition',
    'probably.paige',
    '1fafw',
    'user_experience',
  ])('%s is a person’s choice', (handle) => {
    expect(generatedHandle(handle, t)).toBeNull();
  });

  test.each([
    ['user84736291', 'default "user" + digits'],
    ['user5551234987', 'default "user" + digits'],
    ['maria38472916', 'long run of digits in the handle (38472916)'],
    ['kap624193', 'long run of digits in the handle (624193)'],
    ['shopdeals99821', 'long run of digits in the handle (99821)'],
    ['48213759a', 'long run of digits'],
    ['a8k3j9d2q', 'letters and digits mixed'],
    ['h7t2m9x4', 'letters and digits mixed'],
    ['xkqzvbtr', 'random-looking letters in the handle ("xkqzvbtr")'],
    ['jdjsjdbsk', 'random-looking letters'],
    ['qwrtplkmn', 'random-looking letters'],
    ['12a34b', 'mostly of digits'],
  ])('%s looks generated (%s)', (handle, reason) => {
    expect(generatedHandle(handle, t)?.text).toContain(reason);
  });

  test('the digit-run threshold comes from the settings', () => {
    expect(generatedHandle('anna_2024', { ...t, handleDigitRun: 4 })?.text).toContain('2024');
    expect(generatedHandle('anna_2024', t)).toBeNull();
  });
});
