import { describe, expect, test } from 'vitest';
import type { ObservedResponse } from '../../../../lib/model/reading';
import { readInstagramPage } from '../../../../lib/sites/instagram/read-page';
import { fixtureDoc, fixtureText, NOW, readFixture, readResponse, vs } from './fixtures';

describe('profile-logged-in-synthetic.html: the rendered header', () => {
  const r = readFixture('profile-logged-in-synthetic.html', 'https://www.instagram.com/nasa/');
  test('the exact follower count from the title attribute wins over "97.9M" and the meta "97M"', () => {
    expect(vs(r.profile?.followers)).toEqual([97_956_738, true, 'dom']);
    expect(r.profile?.followers.detail).toContain('[title]');
    expect(r.profile?.followers.conflicts).toBeUndefined(); // 97.9M and 97M are within rounding
  });
  test.each([
    ['following', [77, true, 'dom']],
    ['posts', [4116, true, 'dom']],
  ] as const)('%s', (field, expected) => {
    expect(vs(r.profile?.[field])).toEqual(expected);
  });
  test('name, bio, link, badge', () => {
    expect(r.profile).toMatchObject({
      handle: 'nasa',
      displayName: 'NASA',
      bio: '🚀 🌎 Exploring the universe and our home planet.',
      externalUrl: 'https://www.nasa.gov/',
      verified: true,
    });
  });
  test('the stale data-sjs user of the previous profile (@pluto__travel) is not read', () => {
    const values = [r.profile?.followers, r.profile?.following, r.profile?.posts].flatMap((c) => [
      c?.value,
      ...(c?.conflicts ?? []).map((o) => o.value),
    ]);
    expect(values).not.toContain(2362);
    expect(r.profile?.displayName).not.toBe('Pluto');
  });
  test('the same page read at another profile URL (in-app navigation) reads nothing of @nasa', () => {
    const stale = readFixture(
      'profile-logged-in-synthetic.html',
      'https://www.instagram.com/someone_else/',
    );
    expect(stale.status).toBe('unreadable');
    expect(stale.profile).toBeNull();
  });
});

describe('locales and escaping in meta descriptions', () => {
  test('profile-fr-meta-synthetic.html: "12,3 k abonnés, 1 136 abonnements" with U+00A0/U+202F', () => {
    const r = readFixture(
      'profile-fr-meta-synthetic.html',
      'https://www.instagram.com/pluto__travel/',
    );
    expect(vs(r.profile?.followers)).toEqual([12_300, false, 'meta']);
    expect(vs(r.profile?.following)).toEqual([1136, true, 'meta']);
    expect(vs(r.profile?.posts)).toEqual([224, true, 'meta']);
    expect(r.profile?.bio).toBe('Voyages & bons plans — #voyage avec @amis.de.pluto');
  });
  test('post-it-meta-synthetic.html: "104 mila Mi piace, 562 commenti", escaped twice', () => {
    const r = readFixture(
      'post-it-meta-synthetic.html',
      'https://www.instagram.com/willyrex/p/CPeC-Eenc8l/',
    );
    const post = r.posts[0]!;
    expect(vs(post.likes)).toEqual([104_000, false, 'meta']);
    expect(vs(post.comments)).toEqual([562, true, 'meta']);
    expect(post).toMatchObject({
      author: 'willyrex',
      caption: 'Una de mis nuevas sudaderas top!! #sudadera con @amigo_1 🚀',
      hashtags: ['sudadera'],
      mentions: ['amigo_1'],
      takenAt: null, // an Italian date is not parsed
    });
  });
});

describe('states: each its own status, with no numbers', () => {
  test.each([
    ['private-synthetic.html', 'https://www.instagram.com/privatecreator/', 'private'],
    ['not-found-synthetic.html', 'https://www.instagram.com/gone.account/', 'not-found'],
    ['login-wall-synthetic.html', 'https://www.instagram.com/nasa/', 'login-wall'],
    ['login-wall-synthetic.html', 'https://www.instagram.com/p/CPeC-Eenc8l/', 'login-wall'],
    ['login-wall-synthetic.html', 'https://www.instagram.com/accounts/login/', 'login-wall'],
    ['empty-shell-synthetic.html', 'https://www.instagram.com/nasa/', 'unreadable'],
    ['empty-shell-synthetic.html', 'https://www.instagram.com/reel/C10MvewSSYl/', 'unreadable'],
    ['profile-logged-out-2024-12.html', 'https://www.instagram.com/explore/', 'unreadable'],
  ] as const)('%s at %s: %s', (file, url, status) => {
    const r = readFixture(file, url);
    expect(r.status).toBe(status);
    expect(r.statusReason).toBeTruthy();
    expect(r.profile).toBeNull();
    expect(r.posts).toEqual([]);
    expect(r.comments).toEqual([]);
  });
  test('an empty shell says so', () => {
    expect(
      readFixture('empty-shell-synthetic.html', 'https://www.instagram.com/nasa/').statusReason,
    ).toMatch(/empty app shell/);
  });
  test("a story page keeps the owner's handle and reads only the owner's profile counts", () => {
    const r = readFixture(
      'profile-logged-out-2024-12.html',
      'https://www.instagram.com/stories/pluto__travel/1/',
    );
    expect([r.page, r.handle, r.profile?.followers.value]).toEqual([
      'other',
      'pluto__travel',
      2362,
    ]);
    expect(r.statusReason).toMatch(/owner's \(@pluto__travel\) profile counts/);
    expect(r.posts).toEqual([]);
  });
});

describe('response shapes without a capture', () => {
  test('clips-user-synthetic.json: the Reels tab', () => {
    const r = readResponse(
      'clips-user-synthetic.json',
      'https://www.instagram.com/anasaiaofficial/reels/',
    );
    expect(r.posts.map((p) => p.id)).toEqual(['C3d2Y7dvr61', 'C3gcNmLP7SA']); // not someone.else's, not the malformed ones
    expect(r.posts[0]).toMatchObject({ pinned: true, isVideo: true, paidPartnership: false });
    expect(vs(r.posts[0]!.views)).toEqual([1_204_331, true, 'network']);
    expect(r.posts[1]).toMatchObject({
      likesHidden: true,
      paidPartnership: true,
      hashtags: ['ad'],
    });
    expect(r.posts[1]!.likes).toMatchObject({ value: null, reason: 'likes hidden by the creator' });
    expect(r.posts[1]!.views.value).toBeNull();
    expect(r.posts[1]!.comments.value).toBe(278);
    // The Reels tab states no taken_at: the time comes from the media id (pk).
    expect(r.posts.map((p) => p.takenAt)).toEqual([
      '2024-02-17T23:05:23.604Z',
      '2024-02-17T23:05:23.604Z',
    ]);
  });
  test('feed-user-synthetic.json: /api/v1/feed/user items[] with inline comments', () => {
    const r = readResponse(
      'feed-user-synthetic.json',
      'https://www.instagram.com/nasa/',
      'https://www.instagram.com/api/v1/feed/user/nasa/username/?count=12',
    );
    expect(
      r.posts.map((p) => [
        p.id,
        p.likes.value,
        p.comments.value,
        p.views.value,
        p.isVideo,
        p.paidPartnership,
      ]),
    ).toEqual([
      ['C10NasaVid1', 120_450, 812, 2_450_301, true, false],
      ['C10NasaCar2', 98_000, 455, null, false, true],
      ['C10NasaPho3', 75_310, 301, null, false, null],
    ]);
    expect(r.posts[0]).toMatchObject({
      caption: 'Liftoff! #Artemis @nasaartemis',
      hashtags: ['Artemis'],
      mentions: ['nasaartemis'],
    });
    expect(
      r.comments.map((c) => [c.author, c.likes, c.isReply, c.isCreatorReply, c.postId]),
    ).toEqual([
      ['astro.fan', 12, false, false, 'C10NasaPho3'],
      ['nasa', 3, true, true, 'C10NasaPho3'],
    ]);
  });
});

describe('sources disagree: the exact one wins, the disagreement is kept', () => {
  const webProfile = (followers: number, username = 'nasa'): ObservedResponse => ({
    url: 'https://www.instagram.com/api/v1/users/web_profile_info/?username=nasa',
    body: {
      data: {
        user: { username, edge_followed_by: { count: followers }, edge_follow: { count: 77 } },
      },
    },
  });
  const read = (responses: ObservedResponse[]) =>
    readInstagramPage({
      document: fixtureDoc('profile-logged-in-synthetic.html'),
      url: 'https://www.instagram.com/nasa/',
      responses,
      now: NOW,
    });
  test('exact network value and exact title attribute differ: network (higher on the ladder) wins, DOM kept', () => {
    const followers = read([webProfile(98_000_001)]).profile!.followers;
    expect(vs(followers)).toEqual([98_000_001, true, 'network']);
    expect(followers.conflicts?.map((c) => [c.value, c.source])).toEqual([[97_956_738, 'dom']]);
  });
  test('a rounded value far from the exact one is kept as a conflict', () => {
    const r = readInstagramPage({
      document: fixtureDoc('profile-logged-in-synthetic.html'),
      url: 'https://www.instagram.com/nasa/',
      responses: [webProfile(50_000_000)],
      now: NOW,
    });
    const conflicts = r.profile!.followers.conflicts!.map((c) => [c.value, c.exact, c.source]);
    expect(conflicts).toContainEqual([97_900_000, false, 'dom']);
    expect(conflicts).toContainEqual([97_000_000, false, 'meta']);
  });
  test('a response about another account (stale, previous profile) is ignored', () => {
    const followers = read([webProfile(1, 'pluto__travel')]).profile!.followers;
    expect(vs(followers)).toEqual([97_956_738, true, 'dom']);
    expect(followers.conflicts).toBeUndefined();
  });
  test("a post page's embedded author followers are the author's, not another account's", () => {
    const r = readInstagramPage({
      document: null,
      url: 'https://www.instagram.com/pluto__travel/',
      responses: [
        {
          url: 'https://www.instagram.com/graphql/query',
          body: JSON.parse(fixtureText('post-graphql-2025-06-reel.json')),
        },
      ],
      now: NOW,
    });
    expect(r.status).toBe('unreadable');
  });
});
