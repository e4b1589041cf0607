import { describe, expect, test } from 'vitest';
import { groupCreators, type GroupInput } from '../../../lib/results/groups';

/** Shorthand: "key:roas:conversions", roas "-" for null. */
function parse(spec: string): GroupInput[] {
  return spec
    .split(' ')
    .filter(Boolean)
    .map((item) => {
      const [key, r, c] = item.split(':');
      return {
        key: key!,
        roas: r === '-' ? null : Number(r),
        conversions: c === '-' ? null : Number(c),
      };
    });
}

function groupsOf(spec: string, topShare?: number): string {
  return groupCreators(parse(spec), { topShare })
    .assignments.map((a) => `${a.key}=${a.group}`)
    .join(' ');
}

describe('groupCreators', () => {
  test.each([
    [
      'the classic case: 2 of 8 creators make 60%+ of conversions; 2 lowest ROAS are bottom',
      'a:6:50 b:5:30 c:4:5 d:3:5 e:2.5:4 f:2:3 g:1:2 h:0.5:1',
      'a=top b=top c=middle d=middle e=middle f=middle g=bottom h=bottom',
    ],
    [
      'best ROAS first, not most conversions: a low-converting best-ROAS creator is top',
      'a:9:1 b:5:60 c:4:39',
      'a=top b=top c=middle',
    ],
    [
      'exactly 60% is reached (≥), the set stops there',
      'a:5:6 b:4:2 c:3:2',
      'a=top b=middle c=middle',
    ],
    ['just under 60% takes the next creator', 'a:5:59 b:4:1 c:3:40', 'a=top b=top c=middle'],
    ['one creator: top, never bottom', 'a:2:10', 'a=top'],
    ['a creator losing money is bottom even alone', 'a:0.15:3', 'a=bottom'],
    [
      'ROAS 0.15 among three: bottom (consider pausing), not middle',
      'a:4:20 b:2:5 c:0.15:2',
      'a=top b=middle c=bottom',
    ],
    [
      'most conversions but losing money: bottom, the top set is built from the others',
      'a:0.8:100 b:3:10 c:2:5',
      'a=bottom b=top c=top',
    ],
    ['ROAS exactly 1 breaks even: not losing money', 'a:1:5', 'a=top'],
    ['one creator with no conversions: middle', 'a:2:0', 'a=middle'],
    [
      'zero conversions overall: no top, bottom still the lowest quartile by ROAS',
      'a:4:0 b:3:0 c:2:0 d:1:0',
      'a=middle b=middle c=middle d=bottom',
    ],
    [
      'quartile size is floor(n / 4): 3 creators have no bottom',
      'a:9:100 b:2:1 c:1:1',
      'a=top b=middle c=middle',
    ],
    [
      'floor(5 / 4) = 1 bottom',
      'a:9:100 b:4:1 c:3:1 d:2:1 e:1:1',
      'a=top b=middle c=middle d=middle e=bottom',
    ],
    [
      'floor(8 / 4) = 2 bottom',
      'a:9:100 b:7:1 c:6:1 d:5:1 e:4:1 f:3:1 g:2:1 h:1:1',
      'a=top b=middle c=middle d=middle e=middle f=middle g=bottom h=bottom',
    ],
    [
      'a creator in both the top set and the bottom quartile is top; the bottom is not refilled',
      'a:5:1 b:4:1 c:3:1 d:1:100',
      'a=top b=top c=top d=top',
    ],
    [
      'null ROAS is unranked: middle, and its conversions are not in the 60% base',
      'a:-:1000 b:4:6 c:3:4',
      'a=middle b=top c=middle',
    ],
    [
      'null ROAS does not count toward the quartile size',
      'a:- b:- c:- d:5:10 e:1:1',
      'a=middle b=middle c=middle d=top e=middle',
    ],
    ['everyone null ROAS: all middle', 'a:-:5 b:-:0', 'a=middle b=middle'],
    ['no creators at all', '', ''],
    [
      'zero-conversion creators are skipped when building the top set',
      'a:9:0 b:5:10 c:4:10 d:1:1',
      'a=middle b=top c=top d=bottom',
    ],
    [
      'missing conversions count as 0',
      'a:9:- b:5:10 c:4:1 d:1:1',
      'a=middle b=top c=middle d=bottom',
    ],
    [
      'tie on ROAS at the top: more conversions first, so the set stays smallest',
      'a:5:2 b:5:8 c:5:1 d:1:1',
      'a=middle b=top c=middle d=bottom',
    ],
    [
      'tie on ROAS and conversions at the top: the key decides',
      'x:9:5 b:5:2 a:5:2 c:1:1',
      'x=top b=middle a=top c=bottom',
    ],
    [
      'tie on ROAS at the bottom: fewer conversions is worse',
      'a:9:50 b:5:10 c:1:3 d:1:2',
      'a=top b=middle c=middle d=bottom',
    ],
    [
      'tie on everything at the bottom: the key decides',
      'a:9:50 b:5:10 d:1:2 c:1:2',
      'a=top b=middle d=middle c=bottom',
    ],
    [
      'ROAS of 0 (paid, sold nothing) is ranked and ends at the bottom',
      'a:4:10 b:3:5 c:2:5 d:0:0',
      'a=top b=top c=middle d=bottom',
    ],
  ])('%s', (_name, spec, expected) => {
    expect(groupsOf(spec)).toBe(expected);
  });

  test('the top share is an option', () => {
    expect(groupsOf('a:5:50 b:4:30 c:3:20', 0.8)).toBe('a=top b=top c=middle');
    expect(groupsOf('a:5:50 b:4:30 c:3:20', 0.5)).toBe('a=top b=middle c=middle');
  });

  test('reports the share the top set produces and how many were ranked', () => {
    const grouping = groupCreators(parse('a:6:50 b:5:30 c:4:20 d:-:100'));
    expect(grouping.topConversionShare).toBeCloseTo(0.8);
    expect(grouping.ranked).toBe(3);
    expect(groupCreators(parse('a:1:0')).topConversionShare).toBeNull();
  });

  test('gives each assignment a reason', () => {
    const reasons = groupCreators(parse('a:6:50 b:5:1 c:4:1 d:1:1 e:-:1')).assignments.map(
      (a) => a.reason,
    );
    expect(reasons).toEqual([
      'top-converters',
      'ranked',
      'ranked',
      'lowest-roas-quartile',
      'roas-unknown',
    ]);
  });

  test('refuses duplicate keys rather than merging two creators', () => {
    expect(() => groupCreators(parse('a:1:1 a:2:2'))).toThrow(/unique/);
  });
});
