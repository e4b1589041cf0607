import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MAX_SIGHTINGS, Prospect } from '../../../lib/model/prospects';
import { PROSPECTS_KEY } from '../../../lib/store/prospects';
import { ok, testServer, visit } from './helpers';

beforeEach(() => fakeBrowser.reset());

const sighting = (postId: string, place = '@brand') => ({
  at: '2026-05-12T10:00:00.000Z',
  page: 'post' as const,
  place,
  postId,
  quote: 'where did you get …',
});
const entry = (handle: string, postId = 'DJq1aB2cXyZ', place?: string) => ({
  platform: 'instagram' as const,
  handle,
  sighting: sighting(postId, place),
});

describe('prospects collection', () => {
  test('add → to-vet; a visit of the profile moves it to vetted with the verdict', async () => {
    const { ask } = testServer();
    const added = await ok(ask({ type: 'prospects/add', entries: [entry('@Ann'), entry('bo')] }));
    expect(added.prospects.map((p) => [p.handle, p.status])).toEqual([
      ['ann', 'to-vet'],
      ['bo', 'to-vet'],
    ]);
    await ok(ask(visit('ann')));
    const { prospects, known } = await ok(ask({ type: 'prospects/list' }));
    expect(prospects.find((p) => p.handle === 'ann')).toMatchObject({
      status: 'vetted',
      verdict: 'strong',
    });
    expect(prospects.find((p) => p.handle === 'bo')!.status).toBe('to-vet');
    expect(known['instagram:ann']).toMatchObject({ verdict: 'strong' });
    expect(known['instagram:bo']).toBeUndefined();
  });

  test('recorded sightings stay "seen" until added; the same post is counted once', async () => {
    const { ask } = testServer();
    await ok(
      ask({
        type: 'prospects/record',
        entries: [entry('ann', 'p1', '#slowfashion'), entry('ann', 'p1', '#slowfashion')],
      }),
    );
    await ok(ask({ type: 'prospects/record', entries: [entry('ann', 'p2', '#ecofashion')] }));
    let [ann] = (await ok(ask({ type: 'prospects/list' }))).prospects;
    expect(ann).toMatchObject({ status: 'seen', seenCount: 2, addedAt: null });
    await ok(ask({ type: 'prospects/add', entries: [entry('ann', 'p2', '#ecofashion')] }));
    [ann] = (await ok(ask({ type: 'prospects/list' }))).prospects;
    expect(ann).toMatchObject({ status: 'to-vet', seenCount: 2 });
    expect(ann!.addedAt).not.toBeNull();
  });

  test('sightings are capped, dismiss hides, a visit of a dismissed one does not revive it', async () => {
    const { ask } = testServer();
    const many = Array.from({ length: MAX_SIGHTINGS + 5 }, (_, i) => entry('ann', `post${i}x`));
    await ok(ask({ type: 'prospects/add', entries: many }));
    expect(
      (await ok(ask({ type: 'prospects/dismiss', platform: 'instagram', handle: 'Ann' })))
        .dismissed,
    ).toBe(true);
    await ok(ask(visit('ann')));
    const [ann] = (await ok(ask({ type: 'prospects/list' }))).prospects;
    expect(ann).toMatchObject({ status: 'dismissed', seenCount: MAX_SIGHTINGS + 5 });
    expect(ann!.sightings).toHaveLength(MAX_SIGHTINGS);
  });

  test('a to-vet entry with full sightings stays under 1 KB', async () => {
    const { ask } = testServer();
    const long = 'x'.repeat(40); // place 60 characters with the #
    await ok(
      ask({
        type: 'prospects/add',
        entries: Array.from({ length: MAX_SIGHTINGS }, (_, i) => ({
          platform: 'tiktok' as const,
          handle: 'c'.repeat(64),
          sighting: {
            ...sighting(`74500000000000000${i}`),
            place: `#${long}${long.slice(0, 19)}`,
            quote: 'q'.repeat(60),
          },
        })),
      }),
    );
    const [p] = (await ok(ask({ type: 'prospects/list' }))).prospects;
    expect(p!.sightings).toHaveLength(MAX_SIGHTINGS);
    expect(
      new TextEncoder().encode(JSON.stringify({ ...p, verdict: 'insufficient-data' })).length,
    ).toBeLessThanOrEqual(1024);
  });

  test('invalid messages are refused and change nothing', async () => {
    const { ask } = testServer();
    const bad = await ask({
      type: 'prospects/add',
      entries: [{ ...entry('ann'), sighting: { ...sighting('p'), quote: 'n'.repeat(500) } }],
    } as never);
    expect(bad.ok).toBe(false);
    expect((await ok(ask({ type: 'prospects/list' }))).prospects).toEqual([]);
  });

  test('bad stored entries are quarantined, the good ones kept', async () => {
    const { ask } = testServer();
    const good = Prospect.parse({
      platform: 'instagram',
      handle: 'ann',
      status: 'to-vet',
      firstSeenAt: '2026-05-01T00:00:00Z',
      addedAt: '2026-05-01T00:00:00Z',
      vettedAt: null,
      verdict: null,
      seenCount: 1,
      sightings: [sighting('p1')],
    });
    await fakeBrowser.storage.local.set({
      [PROSPECTS_KEY]: { schemaVersion: 1, items: [good, { handle: 42 }] },
    });
    const { prospects } = await ok(ask({ type: 'prospects/list' }));
    expect(prospects.map((p) => p.handle)).toEqual(['ann']);
    const { problems } = await ok(ask({ type: 'store/problems' }));
    expect(problems).toMatchObject([
      { key: `${PROSPECTS_KEY}[1]`, resolution: 'quarantined', raw: { handle: 42 } },
    ]);
  });

  test('a collection from a newer version is set aside whole, not misread', async () => {
    const { ask } = testServer();
    await fakeBrowser.storage.local.set({ [PROSPECTS_KEY]: { schemaVersion: 99, items: [] } });
    expect((await ok(ask({ type: 'prospects/list' }))).prospects).toEqual([]);
    expect((await ok(ask({ type: 'store/problems' }))).problems[0]!.error).toMatch(/newer version/);
  });

  test('JSON backup carries the prospects both ways; a bad one changes nothing', async () => {
    const { ask } = testServer();
    await ok(ask({ type: 'prospects/add', entries: [entry('ann')] }));
    const { backup } = await ok(ask({ type: 'store/export' }));
    expect(backup.prospects).toHaveLength(1);
    await ok(ask({ type: 'prospects/dismiss', platform: 'instagram', handle: 'ann' }));
    const broken = { ...backup, prospects: [...backup.prospects!, { handle: '' }] };
    const refused = await ask({ type: 'store/import', backup: broken });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.issues?.[0]?.path).toMatch(/^prospects\[1\]/);
    expect((await ok(ask({ type: 'prospects/list' }))).prospects[0]!.status).toBe('dismissed');
    await ok(ask({ type: 'store/import', backup }));
    expect((await ok(ask({ type: 'prospects/list' }))).prospects[0]!.status).toBe('to-vet');
  });
});
