import { describe, expect, test } from 'vitest';
import type { KeptPost } from '../../../lib/model/creator';
import {
  competitorWindow,
  mentionPlace,
  windowBounds,
} from '../../../lib/rules/campaign/competitor-window';

let n = 0;
const post = (takenAt: string | null, more: Partial<KeptPost> = {}): KeptPost => ({
  id: `p${++n}`,
  url: `https://www.tiktok.com/@ann/video/${n}`,
  takenAt,
  caption: null,
  likes: 10,
  comments: 1,
  views: null,
  shares: null,
  countsExact: true,
  format: 'video',
  pinned: false,
  paidPartnership: null,
  handlesAndTags: '',
  seenAt: '2026-06-01T00:00:00.000Z',
  ...more,
});

const member = (handle: string, recentPosts: KeptPost[], campaignId = 'c1') => ({
  platform: 'tiktok' as const,
  handle,
  recentPosts,
  campaigns: [{ campaignId }] as never,
});

const campaign = (
  startsOn: string | null,
  endsOn: string | null,
  competitors: string[] | undefined = ['Burger King'],
) => ({ id: 'c1', startsOn, endsOn, brief: { competitors } });

const mention = (at: string) => post(at, { handlesAndTags: '@burgerking_es #mystery' });

describe('the window: 30 days before the start to 30 days after the end', () => {
  // Campaign 2026-03-01 … 2026-03-31: window 2026-01-30T00:00Z … 2026-04-30T23:59:59.999Z.
  test.each([
    ['during the campaign', '2026-03-15T12:00:00.000Z', true, 0],
    ['the first instant of the window (30 days before)', '2026-01-30T00:00:00.000Z', true, -30],
    ['one minute before the window', '2026-01-29T23:59:00.000Z', false, null],
    ['one day before the start', '2026-02-28T18:00:00.000Z', true, -1],
    ['the last day of the campaign', '2026-03-31T23:00:00.000Z', true, 0],
    ['the day after the end', '2026-04-01T08:00:00.000Z', true, 1],
    ['the last instant of the window (30 days after)', '2026-04-30T23:59:59.999Z', true, 30],
    ['the day after the window', '2026-05-01T00:00:00.000Z', false, null],
  ])('%s (%s): flagged %s', (_name, at, flagged, days) => {
    const result = competitorWindow(
      campaign('2026-03-01', '2026-03-31'),
      [member('ann', [mention(at)])],
      30,
    );
    if (result.status !== 'checked') throw new Error(result.status);
    expect(result.hits.length).toBe(flagged ? 1 : 0);
    if (flagged)
      expect(result.hits[0]).toMatchObject({
        handle: 'ann',
        takenAt: at,
        competitor: 'Burger King',
        where: 'mention',
        daysOutside: days,
      });
    expect(result.members[0]!.check).toBe(flagged ? 'checked' : 'none-in-window');
  });

  test.each([
    ['0 days: the campaign’s own dates', 0, '2026-02-28T23:59:00.000Z', false],
    ['0 days: its last day', 0, '2026-03-31T23:59:00.000Z', true],
    ['60 days reach further back', 60, '2026-01-01T00:00:00.000Z', true],
  ])('the setting: %s', (_name, days, at, flagged) => {
    const result = competitorWindow(
      campaign('2026-03-01', '2026-03-31'),
      [member('ann', [mention(at)])],
      days,
    );
    expect(result.status === 'checked' && result.hits.length).toBe(flagged ? 1 : 0);
  });

  test('no end date: every post from 30 days before the start on counts', () => {
    expect(windowBounds('2026-03-01', null, 30)).toEqual({
      from: Date.parse('2026-01-30T00:00:00.000Z'),
      to: null,
    });
    const result = competitorWindow(
      campaign('2026-03-01', null),
      [member('ann', [mention('2027-01-01T00:00:00.000Z')])],
      30,
    );
    expect(result.status === 'checked' && result.hits.map((h) => h.daysOutside)).toEqual([0]);
  });
});

describe('what it cannot check, it says', () => {
  test.each([
    ['no start date', campaign(null, '2026-03-31'), 'no-dates'],
    ['no dates at all', campaign(null, null), 'no-dates'],
    ['no competitors in the brief', campaign('2026-03-01', '2026-03-31', []), 'no-competitors'],
    ['blank competitors only', campaign('2026-03-01', '2026-03-31', [' ']), 'no-competitors'],
    ['no brief', { id: 'c1', startsOn: '2026-03-01', endsOn: null, brief: null }, 'no-competitors'],
  ])('%s → %s', (_name, c, status) => {
    expect(competitorWindow(c, [member('ann', [mention('2026-03-02T00:00:00.000Z')])], 30)).toEqual(
      { status },
    );
  });

  test.each([
    ['no posts read', [], 'no-posts', 0, 0],
    ['posts without dates', [post(null, { handlesAndTags: '@burgerking' })], 'no-dates', 0, 1],
    [
      'dated posts, none in the window',
      [post('2025-06-01T00:00:00.000Z'), post(null)],
      'none-in-window',
      0,
      1,
    ],
    [
      'in the window, kept before mentions were read and without caption',
      [post('2026-03-05T00:00:00.000Z', { handlesAndTags: null, caption: null })],
      'no-text',
      0,
      0,
    ],
    [
      'in the window, no competitor',
      [post('2026-03-05T00:00:00.000Z', { caption: 'New palette #ad' }), post(null)],
      'checked',
      1,
      1,
    ],
  ])('a member with %s: %s', (_name, posts, check, checked, undated) => {
    const result = competitorWindow(
      campaign('2026-03-01', '2026-03-31'),
      [member('ann', posts)],
      30,
    );
    if (result.status !== 'checked') throw new Error(result.status);
    expect(result.members[0]).toMatchObject({ check, checkedPosts: checked, undated, hits: [] });
  });

  test('only the campaign’s members are checked; newest hit first', () => {
    const result = competitorWindow(
      campaign('2026-03-01', '2026-03-31', ['Burger King', 'McDonald’s']),
      [
        member('ann', [mention('2026-03-02T00:00:00.000Z')]),
        member('bob', [
          post('2026-04-10T00:00:00.000Z', { caption: 'Lunch at McDonald’s today' }),
          post('2026-03-20T00:00:00.000Z', { handlesAndTags: '#BurgerKingSpain' }),
        ]),
        member('cem', [mention('2026-03-02T00:00:00.000Z')], 'other'),
      ],
      30,
    );
    if (result.status !== 'checked') throw new Error(result.status);
    expect(result.members.map((m) => m.handle)).toEqual(['ann', 'bob']);
    expect(result.hits.map((h) => [h.handle, h.competitor, h.where, h.daysOutside])).toEqual([
      ['bob', 'McDonald’s', 'caption', 10],
      ['bob', 'Burger King', 'hashtag', 0],
      ['ann', 'Burger King', 'mention', 0],
    ]);
  });
});

describe('where a post names the competitor', () => {
  test.each([
    ['caption words, any case and accents', 'Probando el menú de BURGER KING', '', 'caption'],
    ['an @mention with a country suffix', null, '@burgerking_es', 'mention'],
    ['a hashtag', null, '#burgerkingfan', 'hashtag'],
    ['a word inside another word is not a mention', 'burgerkingdom tales', '', null],
    ['no text', null, null, null],
  ])('%s', (_name, caption, handlesAndTags, where) => {
    expect(mentionPlace({ caption, handlesAndTags }, 'Burger King')).toBe(where);
  });

  test('a short competitor name is matched in words only, not inside handles', () => {
    expect(mentionPlace({ caption: null, handlesAndTags: '@h_and_m' }, 'H&M')).toBeNull();
    expect(mentionPlace({ caption: 'new in at H&M', handlesAndTags: '' }, 'H&M')).toBe('caption');
  });
});
