import { expect, test } from 'vitest';
import { timeFromMediaId } from '../../../../lib/sites/instagram/media';
import { fixtureText } from './fixtures';

/** Every media of a real capture that states both its id and taken_at: the id's time is within minutes. */
test.each(['profile-grid-graphql-2024-03.json', 'post-graphql-2025-06-reel.json'])(
  'the time in the media id matches taken_at on %s',
  (file) => {
    const pairs: Array<[string, number]> = [];
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') {
        const o = v as Record<string, unknown>;
        const id = (o.pk ?? o.id) as string | undefined;
        const at = (o.taken_at ?? o.taken_at_timestamp) as number | undefined;
        if (typeof id === 'string' && typeof at === 'number') pairs.push([id, at]);
        Object.values(o).forEach(walk);
      }
    };
    walk(JSON.parse(fixtureText(file)));
    expect(pairs.length).toBeGreaterThan(0);
    for (const [id, at] of pairs) {
      const derived = Date.parse(timeFromMediaId(id)!);
      expect(Math.abs(derived - at * 1000)).toBeLessThan(15 * 60_000);
    }
  },
);

test.each([undefined, '', '12345', 'abc', '3305036909188660917x', '99999999999999999999'])(
  '%j is no media id',
  (id) => {
    expect(timeFromMediaId(id)).toBeNull();
  },
);

test('an id with the owner suffix ("<pk>_<user id>") is read by its pk', () => {
  expect(timeFromMediaId('3275298868401088037_50269116275')).toBe('2024-01-07T22:21:12.889Z');
});
