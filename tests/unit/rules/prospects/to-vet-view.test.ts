import { describe, expect, test } from 'vitest';
import { Prospect } from '../../../../lib/model/prospects';
import { nextToVet, toVetCsv, toVetRows } from '../../../../lib/prospects/view';

const NOW = new Date('2026-05-26T12:00:00Z');
const p = (
  handle: string,
  status: Prospect['status'],
  seenCount: number,
  at: string,
  extra: Partial<Prospect> = {},
): Prospect =>
  Prospect.parse({
    platform: 'instagram',
    handle,
    status,
    firstSeenAt: at,
    addedAt: at,
    vettedAt: null,
    verdict: null,
    seenCount,
    sightings: [
      {
        at,
        page: 'post',
        place: '@brand',
        postId: 'p1',
        postedAt: '2026-05-12T09:00:00Z',
        quote: 'where did you get …',
      },
    ],
    ...extra,
  });

describe('the to-vet list', () => {
  test('to vet first (most seen, then most recent), already-known next, vetted last; seen and dismissed left out', () => {
    const rows = toVetRows(
      [
        p('vetted', 'vetted', 9, '2026-05-20T00:00:00Z', {
          vettedAt: '2026-05-25T00:00:00Z',
          verdict: 'review',
        }),
        p('once', 'to-vet', 1, '2026-05-21T00:00:00Z'),
        p('twice', 'to-vet', 2, '2026-05-01T00:00:00Z'),
        p('recent', 'to-vet', 1, '2026-05-22T00:00:00Z'),
        p('known', 'to-vet', 5, '2026-05-22T00:00:00Z'),
        p('hidden', 'dismissed', 7, '2026-05-22T00:00:00Z'),
        p('tallied', 'seen', 7, '2026-05-22T00:00:00Z'),
      ],
      { 'instagram:known': { at: '2026-05-12T00:00:00Z', verdict: 'review' } },
      NOW,
    );
    expect(rows.map((r) => r.handle)).toEqual(['twice', 'recent', 'once', 'known', 'vetted']);
    expect(rows[3]!.vetted).toBe('already vetted: review, 2 weeks ago');
    expect(rows[4]!.vetted).toBe('vetted: review, yesterday');
    expect(rows[0]!.where).toBe("commented on @brand's post of 12 May: 'where did you get …'");
    expect(nextToVet(rows)!.handle).toBe('twice');
  });

  test('nothing left to vet: no next', () => {
    expect(nextToVet(toVetRows([p('v', 'vetted', 1, '2026-05-20T00:00:00Z')], {}, NOW))).toBeNull();
  });

  test('CSV export neutralises formulas', () => {
    const rows = toVetRows(
      [
        p('ann', 'to-vet', 1, '2026-05-20T00:00:00Z'),
        p('=2+5', 'to-vet', 1, '2026-05-20T00:00:00Z'),
      ],
      {},
      NOW,
    );
    const csv = toVetCsv(rows);
    expect(csv.split('\r\n')[0]).toBe(
      '\uFEFFplatform,handle,profile_url,status,found,times_seen,vetted',
    );
    expect(csv).toContain('https://www.instagram.com/ann/');
    expect(csv).toContain(`,"'=2+5",`);
    expect(csv).not.toMatch(/,=2\+5/);
  });
});
