import { describe, expect, test } from 'vitest';
import { defaultRuleSettings } from '../../../lib/model/settings';
import {
  filterShortlist,
  isFiltering,
  matchesText,
  NO_FILTER,
  summarize,
  type CreatorSummary,
  type ShortlistFilter,
} from '../../../lib/popup';
import { creator, entry, snapshot } from './records';

const tiers = defaultRuleSettings.tiers;
const jane = summarize(creator(), 'c1', tiers)!;
const zoe = summarize(
  creator({
    platform: 'tiktok',
    handle: 'zoe_bakes',
    displayName: 'Zoë Ångström',
    campaigns: [entry({ status: 'contacted' })],
    snapshots: [snapshot({ followers: 2_000_000, engagementBasis: 'views' })],
    lastReading: null,
  }),
  'c1',
  tiers,
)!;
const unseen = summarize(
  creator({ handle: 'nobody', displayName: null, snapshots: [], lastReading: null }),
  'c1',
  tiers,
)!;
const all = [jane, zoe, unseen];
const ids = (list: CreatorSummary[]) => list.map((s) => s.handle);

describe('matchesText', () => {
  test.each([
    ['', true],
    ['   ', true],
    ['jane', true],
    ['@JANE', true],
    ['paints', true],
    ['doe jane', true],
    ['jane smith', false],
    ['zoe', false],
  ])('jane.paints / "Jane Doe" ~ %j → %s', (text, expected) => {
    expect(matchesText(jane, text)).toBe(expected);
  });

  test.each([
    ['zoe', true],
    ['ZOË', true],
    ['angstrom', true],
    ['bakes', true],
  ])('accents do not matter: %j', (text, expected) => {
    expect(matchesText(zoe, text)).toBe(expected);
  });
});

describe('filterShortlist', () => {
  test.each<[Partial<ShortlistFilter>, string[]]>([
    [{}, ['jane.paints', 'zoe_bakes', 'nobody']],
    [{ platform: 'tiktok' }, ['zoe_bakes']],
    [{ platform: 'instagram' }, ['jane.paints', 'nobody']],
    [{ status: 'contacted' }, ['zoe_bakes']],
    [{ status: 'signed' }, []],
    [{ tier: 'micro' }, ['jane.paints']],
    [{ tier: 'mega' }, ['zoe_bakes']],
    [{ tier: 'none' }, ['nobody']],
    [{ verdict: 'strong' }, ['jane.paints']],
    [{ verdict: 'none' }, ['zoe_bakes', 'nobody']],
    [{ verdict: 'skip' }, []],
    [{ text: 'o', platform: 'instagram' }, ['jane.paints', 'nobody']],
    [{ text: 'jane', tier: 'mega' }, []],
  ])('%j', (filter, expected) => {
    expect(ids(filterShortlist(all, { ...NO_FILTER, ...filter }))).toEqual(expected);
  });

  test.each<[Partial<ShortlistFilter>, boolean]>([
    [{}, false],
    [{ text: '  ' }, false],
    [{ text: '@' }, false],
    [{ text: 'a' }, true],
    [{ platform: 'tiktok' }, true],
    [{ verdict: 'none' }, true],
  ])('isFiltering %j → %s', (filter, expected) => {
    expect(isFiltering({ ...NO_FILTER, ...filter })).toBe(expected);
  });
});
