import { afterEach, describe, expect, test } from 'vitest';
import de from '../../../../public/_locales/de/messages.json';
import { setMessageSource, substitute, type MessageKey } from '../../../../lib/i18n/messages';
import { Prospect } from '../../../../lib/model/prospects';
import { toVetCsv } from '../../../../lib/prospects/to-vet-csv';
import { nextToVet, toVetRows } from '../../../../lib/prospects/view';

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
    expect(rows[3]!.vetted).toBe('already vetted: Closer look, 2 weeks ago');
    expect(rows[4]!.vetted).toBe('vetted: Closer look, yesterday');
    expect(rows[0]!.where).toBe("commented on @brand's post of May 12: 'where did you get …'");
    expect(rows[0]!.seen).toBe('seen 2 times');
    expect(rows[2]!.seen).toBe('seen once');
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

describe('the to-vet list in German', () => {
  afterEach(() => setMessageSource(null));

  test('where, how often and when it was vetted follow the browser language', () => {
    setMessageSource({
      message: (key: MessageKey, args) =>
        Object.hasOwn(de, key) ? substitute(de[key as keyof typeof de], args) : '',
      locale: 'de-DE',
    });
    const rows = toVetRows(
      [
        p('twice', 'to-vet', 2, '2026-05-01T00:00:00Z', {
          sightings: [
            {
              at: '2026-05-01T00:00:00Z',
              page: 'hashtag',
              place: '#slowfashion',
              postId: null,
              postedAt: null,
              quote: null,
            },
            {
              at: '2026-05-02T00:00:00Z',
              page: 'hashtag',
              place: '#upcycling',
              postId: null,
              postedAt: null,
              quote: null,
            },
          ],
        }),
        p('vetted', 'vetted', 1, '2026-05-20T00:00:00Z', {
          vettedAt: '2026-05-12T00:00:00Z',
          verdict: 'skip',
        }),
      ],
      {},
      NOW,
    );
    expect(rows[0]!.where).toBe('in den Top-Beiträgen von #slowfashion gesehen, 1. Mai');
    expect(rows[0]!.seen).toBe('2-mal an 2 Orten gesehen');
    expect(rows[1]!.vetted).toBe('geprüft: Überspringen, vor 2 Wochen');
    expect(rows[1]!.where).toBe(
      'hat den Beitrag von @brand vom 12. Mai kommentiert: „where did you get …“',
    );
  });
});
