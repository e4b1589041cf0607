import { describe, expect, test } from 'vitest';
import { tallyAuthors, type DiscoveryVisit } from '../../../../lib/rules/prospects/tally-authors';

const visit = (
  tag: string,
  at: string,
  posts: [string, string][],
  page: DiscoveryVisit['page'] = 'hashtag',
): DiscoveryVisit => ({
  platform: 'instagram',
  page,
  tag,
  at,
  posts: posts.map(([id, author]) => ({ id, author })),
});

describe('tallyAuthors', () => {
  test('seen across tags and visits: the evidence of the issue', () => {
    const out = tallyAuthors([
      visit('slowfashion', '2026-05-01T10:00:00Z', [
        ['a1', 'mara'],
        ['a2', 'mara'],
        ['b1', 'bo'],
      ]),
      visit('ecofashion', '2026-05-02T10:00:00Z', [
        ['a3', 'mara'],
        ['c1', 'cy'],
      ]),
      visit('slowfashion', '2026-05-03T10:00:00Z', [
        ['a1', 'mara'],
        ['a4', 'Mara'],
      ]),
    ]);
    expect(out[0]).toMatchObject({
      handle: 'mara',
      posts: 4,
      visits: 3,
      places: ['#ecofashion', '#slowfashion'],
      evidence: ['seen in top posts of #ecofashion and #slowfashion, 4 posts in 3 visits'],
    });
  });

  test.each<[string, DiscoveryVisit[], string[]]>([
    [
      'more posts first',
      [
        visit('t', '2026-01-01T00:00:00Z', [
          ['1', 'a'],
          ['2', 'b'],
          ['3', 'b'],
        ]),
      ],
      ['b', 'a'],
    ],
    [
      'the same post seen twice counts once',
      [
        visit('t', '2026-01-01T00:00:00Z', [
          ['1', 'a'],
          ['1', 'a'],
          ['2', 'b'],
          ['3', 'b'],
        ]),
      ],
      ['b', 'a'],
    ],
    [
      'two tags beat one tag with the same posts',
      [
        visit('t', '2026-01-01T00:00:00Z', [
          ['1', 'a'],
          ['2', 'b'],
        ]),
        visit('u', '2026-01-02T00:00:00Z', [['3', 'a']]),
        visit('t', '2026-01-03T00:00:00Z', [['4', 'b']]),
      ],
      ['a', 'b'],
    ],
    [
      'bot-like and excluded authors left out',
      [
        visit('t', '2026-01-01T00:00:00Z', [
          ['1', 'user82736451'],
          ['2', 'brand'],
          ['3', 'ana'],
        ]),
      ],
      ['ana'],
    ],
    [
      'same score: the most recently seen first',
      [
        visit('t', '2026-01-01T00:00:00Z', [['1', 'a']]),
        visit('t', '2026-01-05T00:00:00Z', [['2', 'b']]),
      ],
      ['b', 'a'],
    ],
  ])('%s', (_name, visits, order) => {
    expect(tallyAuthors(visits, { exclude: ['@Brand'] }).map((c) => c.handle)).toEqual(order);
  });

  test('platforms are tallied apart; search and explore are named as such', () => {
    const out = tallyAuthors([
      visit('slow fashion', '2026-01-01T00:00:00Z', [['1', 'ana']], 'search'),
      {
        ...visit('', '2026-01-02T00:00:00Z', [['9', 'ana']], 'explore'),
        platform: 'tiktok',
        tag: null,
      },
    ]);
    expect(out.map((c) => [c.platform, c.evidence[0]])).toEqual([
      ['tiktok', 'seen on the explore page, 1 post in 1 visit'],
      ['instagram', 'seen in top posts of “slow fashion”, 1 post in 1 visit'],
    ]);
  });
});
