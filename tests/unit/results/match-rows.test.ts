import { describe, expect, test } from 'vitest';
import type { ImportedRow } from '../../../lib/results/import-rows';
import {
  linkKeys,
  matchRows,
  normalizeHandle,
  type MatchCreator,
} from '../../../lib/results/match-rows';

const creators: MatchCreator[] = [
  {
    key: 'ig:jane_paints',
    handle: 'jane_paints',
    code: 'JANE15',
    link: 'https://acmepaints.com/kit?utm_source=influencer&utm_medium=micro&utm_campaign=spring&utm_content=jane_paints',
  },
  { key: 'tt:omar-draws', handle: 'omar-draws', code: 'OMAR10', link: null },
  { key: 'ig:lee', handle: 'lee_sketches', code: null, link: 'https://www.acmepaints.com/lee/' },
];

const row = (line: number, ids: ImportedRow['ids']): ImportedRow => ({ line, ids, values: {} });

describe('matchRows', () => {
  test.each<[string, ImportedRow['ids'], string | null, string]>([
    ['code, any case', { code: 'jane15' }, 'ig:jane_paints', 'code'],
    ['code with spaces', { code: ' OMAR10 ' }, 'tt:omar-draws', 'code'],
    ['utm_content value (GA4 ad content)', { link: 'Jane_Paints' }, 'ig:jane_paints', 'link'],
    [
      'landing page + query string',
      { link: '/products/kit?utm_source=influencer&utm_content=jane_paints' },
      'ig:jane_paints',
      'link',
    ],
    [
      'the tracked URL with its parameters in another order',
      {
        link: 'https://acmepaints.com/kit?utm_content=jane_paints&utm_campaign=spring&utm_medium=micro&utm_source=influencer',
      },
      'ig:jane_paints',
      'link',
    ],
    [
      'a URL without utm_content, www and trailing slash aside',
      { link: 'acmepaints.com/lee' },
      'ig:lee',
      'link',
    ],
    ['handle with @', { handle: '@Lee_Sketches' }, 'ig:lee', 'handle'],
    [
      'handle as a profile URL',
      { handle: 'https://www.tiktok.com/@omar-draws?lang=en' },
      'tt:omar-draws',
      'handle',
    ],
    [
      'code and handle agreeing',
      { code: 'JANE15', handle: 'jane_paints' },
      'ig:jane_paints',
      'code',
    ],
    [
      'unknown code, known handle',
      { code: 'NOPE', handle: 'jane_paints' },
      'ig:jane_paints',
      'handle',
    ],
  ])('matches by %s', (_name, ids, key, via) => {
    const { matched, unmatched } = matchRows([row(2, ids)], creators);
    expect(unmatched).toEqual([]);
    expect(matched).toEqual([{ row: row(2, ids), key, via }]);
  });

  test.each<[string, ImportedRow['ids'], string, string[]]>([
    ['unknown code', { code: 'WELCOME10' }, 'no-match', []],
    ['(not set) in GA4', { link: '(not set)' }, 'no-match', []],
    ['another site', { link: 'https://other.example/kit?utm_source=x' }, 'no-match', []],
    ['no identifier at all', {}, 'no-identifier', []],
    [
      'code of one creator, handle of another',
      { code: 'JANE15', handle: 'omar-draws' },
      'ambiguous',
      ['ig:jane_paints', 'tt:omar-draws'],
    ],
  ])('lists a row with %s as unmatched', (_name, ids, reason, candidates) => {
    const { matched, unmatched } = matchRows([row(5, ids)], creators);
    expect(matched).toEqual([]);
    expect(unmatched).toEqual([{ row: row(5, ids), reason, candidates }]);
  });

  test('two creators sharing a code make its rows ambiguous', () => {
    const twins: MatchCreator[] = [
      { key: 'a', handle: 'a', code: 'SAME' },
      { key: 'b', handle: 'b', code: 'same' },
    ];
    expect(matchRows([row(2, { code: 'SAME' })], twins).unmatched[0]!.reason).toBe('ambiguous');
  });

  test('every row ends in matched or unmatched', () => {
    const rows = [
      row(2, { code: 'JANE15' }),
      row(3, { code: 'X' }),
      row(4, {}),
      row(5, { link: 'jane_paints' }),
    ];
    const { matched, unmatched } = matchRows(rows, creators);
    expect([...matched, ...unmatched].map((m) => m.row.line).sort()).toEqual([2, 3, 4, 5]);
  });
});

describe('identifier normalization', () => {
  test.each([
    ['@Jane.Doe', 'jane.doe'],
    ['  jane  ', 'jane'],
    ['https://www.instagram.com/jane.doe/', 'jane.doe'],
    ['instagram.com/jane.doe?hl=en', 'jane.doe'],
    ['https://www.tiktok.com/@jane.doe/video/123', 'jane.doe'],
    ['', null],
    ['@', null],
  ])('handle %j -> %j', (input, expected) => {
    expect(normalizeHandle(input)).toBe(expected);
  });

  test.each([
    ['jane_paints', ['utm:jane_paints']],
    ['https://a.com/x/?utm_content=Jane&b=1#top', ['utm:jane', 'url:a.com/x?b=1&utm_content=Jane']],
    ['/kit?utm_content=jane', ['utm:jane']],
    ['/kit', []],
    ['', []],
    ['https://', []],
  ])('link %j -> %j', (input, expected) => {
    expect(linkKeys(input)).toEqual(expected);
  });
});
