import { performance } from 'node:perf_hooks';
import { creatorId, type CreatorRecord } from '../../lib/model/creator';
import type { Count, PageReading, PostReading } from '../../lib/model/reading';
import type { KeyValueArea } from '../../lib/store/area';
import { storeContext } from '../../lib/store/context';
import { indexEntryOf } from '../../lib/store/creator-index';
import { checkIndex } from '../../lib/store/index-check';
import { applyVisit, newCreator } from '../../lib/store/creator-ops';
import { creatorStorageKey, indexStorageKey, shardOf } from '../../lib/store/keys';
import { createStoreServer, type HandleMessage } from '../../lib/store/server';
import { MAX_SNAPSHOTS } from '../../lib/store/snapshots';
import { encodeCreator } from '../../lib/store/record-codec';
import { scoreReading } from '../../lib/rules/score';
import { toSnapshot } from '../../lib/rules/snapshot';
import type { BenchRow, BenchSuite } from './types';

/**
 * Storage that keeps JSON text, as browser storage serialises every value: a write costs in
 * proportion to what it writes, so rewriting a big index (or every record) would show here.
 */
function jsonArea(): KeyValueArea & { bytes(): number } {
  const data = new Map<string, string>();
  return {
    async get(keys) {
      const out: Record<string, unknown> = {};
      for (const key of keys) {
        const text = data.get(key);
        if (text !== undefined) out[key] = JSON.parse(text);
      }
      return out;
    },
    async getAll() {
      return Object.fromEntries([...data].map(([k, v]) => [k, JSON.parse(v)]));
    },
    async set(items) {
      for (const [key, value] of Object.entries(items)) data.set(key, JSON.stringify(value));
    },
    async remove(keys) {
      for (const key of keys) data.delete(key);
    },
    // chrome.storage.local.getKeys (Chrome 130+, Firefox 143+): the keys without their values.
    async keys() {
      return [...data.keys()];
    },
    // chrome.storage.local counts the key plus the JSON of the value.
    bytes: () => [...data].reduce((sum, [k, v]) => sum + k.length + Buffer.byteLength(v), 0),
  };
}

const count = (value: number, detail: string): Count => ({
  value,
  exact: true,
  source: 'network',
  detail,
});

/** A typical profile visit: 12 posts with captions, 30 comments of a sentence each. */
function typicalReading(handle: string, at: string): PageReading {
  const post = (i: number): PostReading => ({
    id: `C${i}xYz12AbCd`,
    url: `https://www.instagram.com/p/C${i}xYz12AbCd/`,
    author: handle,
    takenAt: at,
    caption:
      `Quick sunset study over the harbour, 20 minutes with the travel set ${i} #watercolor #art`.repeat(
        2,
      ),
    hashtags: ['#watercolor', '#art'],
    mentions: [],
    likes: count(700 + i, 'edges[].node.like_count'),
    comments: count(40 + i, 'edges[].node.comment_count'),
    views: { value: null, exact: false, source: null, reason: 'not a video' },
    shares: { value: null, exact: false, source: null, reason: 'not shown on Instagram' },
    saves: { value: null, exact: false, source: null, reason: 'not shown on Instagram' },
    likesHidden: false,
    isVideo: false,
    format: null,
    pinned: i === 0,
    paidPartnership: false,
    source: 'network',
  });
  return {
    platform: 'instagram',
    page: 'profile',
    url: `https://www.instagram.com/${handle}/`,
    handle,
    status: 'ok',
    profile: {
      handle,
      displayName: 'Jane Paints',
      bio: 'Travel watercolour • tutorials every Sunday • jane@example.com',
      externalUrl: 'https://jane.example',
      verified: false,
      private: false,
      category: 'Artist',
      followers: count(24_480, 'data.user.edge_followed_by.count'),
      following: count(415, 'data.user.edge_follow.count'),
      posts: count(321, 'data.user.edge_owner_to_timeline_media.count'),
      likes: { value: null, exact: false, source: null, reason: 'Instagram shows no total likes' },
    },
    posts: Array.from({ length: 12 }, (_, i) => post(i)),
    comments: Array.from({ length: 30 }, (_, i) => ({
      id: `17900000000${i}`,
      postId: 'C0xYz12AbCd',
      author: `fan_${i}`,
      text: 'Which paper do you use for this? The colours are gorgeous',
      likes: i,
      createdAt: at,
      isCreatorReply: false,
      isReply: false,
      source: 'network' as const,
    })),
    missing: [],
    readAt: at,
  };
}

/** Thirty different comments, as a creator's recent posts get them: mostly fans, some generic, a few bots. */
const COMMENT_TEXTS = [
  'Which paper do you use for this? The colours are gorgeous',
  'I tried this yesterday and my sky finally looked right, thank you!',
  'How long did the first wash take to dry?',
  'Love how you kept the whites of the boats',
  'Is this the 12 pan set or the bigger one?',
  'Your tutorials got me painting again after ten years',
  'The reflection in the water is so good',
  'Could you do one with a night sky next?',
  'What brush size for the rigging lines?',
  'Saving this for the weekend',
  'This is the harbour in Porto right? I was there in May',
  'Do you sell prints of this one?',
  'My daughter and I painted along, she loved it',
  'The granulation on that sky 😍',
  'Nice 🔥🔥',
  '😍😍😍',
  'Amazing',
  'beautiful work',
  'Promote it on @artfeature_page 🚀 DM us',
  'Get 10k real followers today, link in bio',
];

/**
 * A creator visited daily for 50 days: full history and the last reading's evidence, with the
 * verdict the rules give (reasons, flags, labelled comments) and numbers that vary from day to day.
 */
function typicalRecord(handle = 'template'): CreatorRecord {
  let record = newCreator({ platform: 'instagram', handle }, '2026-01-01T00:00:00.000Z');
  for (let day = 0; day < MAX_SNAPSHOTS; day++) {
    const at = new Date(Date.UTC(2026, 0, 1 + day, 18, day % 60, day % 50)).toISOString();
    const reading = typicalReading(handle, at);
    reading.profile!.followers = count(24_000 + day * 37, 'data.user.edge_followed_by.count');
    reading.posts = reading.posts.map((p, i) => ({
      ...p,
      takenAt: new Date(Date.parse(at) - (i + 3) * 2.5 * 86_400_000).toISOString(),
      likes: count(650 + ((day * 31 + i * 17) % 240), 'edges[].node.like_count'),
    }));
    reading.comments = reading.comments.map((c, i) => ({
      ...c,
      postId: reading.posts[i % 3]!.id,
      text: COMMENT_TEXTS[(i + day) % COMMENT_TEXTS.length]!,
    }));
    const verdict = scoreReading(reading);
    record = applyVisit(
      record,
      {
        reading,
        snapshot: toSnapshot(reading, verdict, at),
        verdict: verdict as unknown as Record<string, unknown>,
      },
      at,
    );
  }
  return record;
}

/** What one creator takes in storage: its key plus the JSON of the record as stored. */
const storedBytes = (record: CreatorRecord): number =>
  creatorStorageKey(creatorId(record)).length + JSON.stringify(encodeCreator(record)).length;

async function populate(area: KeyValueArea, n: number, template: CreatorRecord): Promise<void> {
  const shards: Record<string, Record<string, unknown>> = {};
  for (let i = 0; i < n; i++) {
    const record = { ...template, handle: `creator_${i}` };
    const id = creatorId(record);
    await area.set({ [creatorStorageKey(id)]: encodeCreator(record) });
    (shards[indexStorageKey(shardOf(id))] ??= {})[id] = indexEntryOf(record);
  }
  await area.set(shards);
}

/** Median time to shortlist an already-visited creator (a record write plus an index shard write). */
async function shortlistMs(handle: HandleMessage, n: number, runs = 60): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const key = { platform: 'instagram', handle: `creator_${(run * 7919) % n}` } as const;
    const start = performance.now();
    const res = await handle({ type: 'creator/shortlist', key, campaignId: null });
    const ms = performance.now() - start;
    if (!res.ok) throw new Error(res.error.message);
    await handle({ type: 'creator/unshortlist', key, campaignId: null });
    if (run >= 5) times.push(ms);
  }
  times.sort((a, b) => a - b);
  return times[times.length >> 1]!;
}

const kib = (value: unknown) => (JSON.stringify(value).length / 1024).toFixed(1);

export const storeBench: BenchSuite = async () => {
  const template = typicalRecord();
  // Built under its own handle: its pages' addresses and profile name it, as a real visit's do.
  const perCreator = storedBytes(typicalRecord('creator_1234'));
  const packed = encodeCreator(template);
  const results: Record<number, { ms: number; bytes: number }> = {};
  for (const n of [10, 10_000]) {
    const area = jsonArea();
    await populate(area, n, template);
    results[n] = {
      ms: await shortlistMs(createStoreServer(storeContext(area)), n),
      bytes: area.bytes(),
    };
  }
  // The start-up index check on 10,000 indexed creators, one of them written without its entry.
  const checked = jsonArea();
  await populate(checked, 10_000, template);
  await checked.set({
    [creatorStorageKey('instagram:unindexed')]: encodeCreator({ ...template, handle: 'unindexed' }),
  });
  const checkStart = performance.now();
  const check = await checkIndex(storeContext(checked));
  const checkMs = performance.now() - checkStart;
  if (check.reindexed.length !== 1) throw new Error('index check missed the unindexed record');
  const small = results[10]!;
  const large = results[10_000]!;
  const ratio = large.ms / small.ms;
  const quota = 10 * 1024 * 1024;
  const rows: BenchRow[] = [
    {
      area: 'store',
      figure: 'shortlist write, 10 creators stored',
      measured: `${small.ms.toFixed(3)} ms`,
      target: '-',
      pass: true,
    },
    {
      area: 'store',
      figure: 'shortlist write, 10,000 creators stored',
      measured: `${large.ms.toFixed(3)} ms`,
      target: '≤ 2× the 10-creator time',
      pass: ratio <= 2,
    },
    {
      area: 'store',
      figure: 'shortlist time ratio 10,000 / 10',
      measured: ratio.toFixed(2),
      target: '≤ 2',
      pass: ratio <= 2,
    },
    {
      area: 'store',
      figure: 'start-up index check, 10,000 creators (one re-indexed)',
      measured: `${checkMs.toFixed(1)} ms`,
      target: '≤ 500 ms',
      pass: checkMs <= 500,
    },
    {
      area: 'store',
      figure: `bytes per creator (${MAX_SNAPSHOTS} snapshots, recent posts, last reading)`,
      measured: `${(perCreator / 1024).toFixed(2)} KiB`,
      target: '≤ 4 KiB',
      pass: perCreator <= 4096,
    },
    {
      area: 'store',
      figure: `  of which ${MAX_SNAPSHOTS} snapshots / recent posts / last reading`,
      measured: `${kib(packed.snapshots)} / ${kib(packed.recentPosts)} / ${kib(packed.lastReading)} KiB`,
      target: 'informational',
      pass: true,
    },
    {
      area: 'store',
      figure: 'creators that fit in 10 MB (no unlimitedStorage)',
      measured: String(Math.floor(quota / perCreator)),
      target: 'informational',
      pass: true,
    },
    {
      area: 'store',
      figure: 'storage used by 10,000 such creators',
      measured: `${(large.bytes / 1024 / 1024).toFixed(0)} MiB`,
      target: 'informational',
      pass: true,
    },
  ];
  return rows;
};
