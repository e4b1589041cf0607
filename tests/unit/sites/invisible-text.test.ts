import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readInstagramPage } from '../../../lib/sites/instagram/read-page';
import { stripInvisible } from '../../../lib/sites/text';
import { parseHtmlDocument } from '../../../scripts/lib/parse-html';

describe('stripInvisible', () => {
  test.each([
    ['a\u200bb', 'ab'],
    ['x\u200dy', 'xy'],
    ['\ufeffname\u2060', 'name'],
    ['soft\u00adhyphen', 'softhyphen'],
    ['\u200fabc\u202e', 'abc'],
    ['\u200cab', 'ab'],
    ['a\u2066b\u2069', 'ab'],
    // joiners that emoji sequences and scripts need stay
    ['👨\u200d👩\u200d👧', '👨\u200d👩\u200d👧'],
    ['❤\ufe0f\u200d🔥', '❤\ufe0f\u200d🔥'],
    ['👍🏽\u200d', '👍🏽'],
    ['می\u200cخواهم', 'می\u200cخواهم'],
  ])('%j → %j', (input, output) => {
    expect(stripInvisible(input)).toBe(output);
  });
});

describe('an Instagram reading shows no invisible characters', () => {
  test('zero-width characters in the caption of a real post page are removed', () => {
    const html = readFileSync('tests/fixtures/instagram/post-photo-logged-out-2024-12.html', 'utf8')
      .replaceAll('Una de mis', 'Una\u200b de\u200d mis\ufeff')
      .replaceAll('Per ardua', 'Per\u2060 ardua');
    const reading = readInstagramPage({
      document: parseHtmlDocument(html),
      url: 'https://www.instagram.com/p/CPeC-Eenc8l/',
      now: new Date('2024-12-01T00:00:00Z'),
    });
    expect(reading.posts[0]!.caption).toBe(
      'Una de mis nuevas sudaderas top!! Per ardua ad astra 🚀🚀🚀',
    );
  });
});
