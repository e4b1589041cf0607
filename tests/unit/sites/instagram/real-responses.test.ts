import { describe, expect, test } from 'vitest';
import { readInstagramAccountList } from '../../../../lib/sites/instagram/account-list';
import { readInstagramPage } from '../../../../lib/sites/instagram/read-page';
import { fixtureText, NOW, vs } from './fixtures';

/** Real responses saved by zhiwei2017/crawlinsta's tests (2024), read as the page hands them over. */
const json = (file: string): unknown => JSON.parse(fixtureText(file));

describe('real v1 account lists', () => {
  test('friendships-followers-2024-03.json: 12 followers, the next page announced', () => {
    const list = readInstagramAccountList(
      json('friendships-followers-2024-03.json'),
      'https://www.instagram.com/api/v1/friendships/50269116275/followers/?count=12&search_surface=follow_list_page',
    );
    expect(list?.kind).toBe('followers');
    expect(list?.hasMore).toBe(true);
    expect(list?.accounts.map((a) => a.handle).slice(0, 3)).toEqual([
      'jesicaa9691',
      'larshirn',
      'ihmaob_',
    ]);
    // By hand from the file: 7 private, 4 with has_anonymous_profile_picture, 4 without a name.
    const accounts = list!.accounts;
    expect(accounts).toHaveLength(12);
    expect(accounts.filter((a) => a.private).length).toBe(7);
    expect(accounts.filter((a) => a.defaultPicture).map((a) => a.handle)).toEqual([
      'jesicaa9691',
      'john_waterman1',
      'arab75299',
      'mehemedabi88',
    ]);
    expect(accounts.filter((a) => !a.displayName).length).toBe(4);
  });

  test('media-likers-2024-02.json: 95 likers of 3,309', () => {
    const list = readInstagramAccountList(
      json('media-likers-2024-02.json'),
      'https://www.instagram.com/api/v1/media/3290212155939318969/likers/',
    );
    expect(list?.kind).toBe('likers');
    expect(list?.accounts).toHaveLength(95);
    expect(list?.accounts.filter((a) => a.private).length).toBe(57);
    expect(list?.accounts[0]).toMatchObject({
      handle: 'ulrikeglockl',
      displayName: 'Ulrike Glöckl',
    });
  });
});

test('clips-user-2024-03.json: the real Reels tab names its owner by id only; read with the profile it follows', () => {
  const body = (file: string) => JSON.parse(fixtureText(file)) as unknown;
  const url = 'https://www.instagram.com/anasaiaofficial/reels/';
  // Alone, nothing says whose reels these are (user: { pk, id }): no posts, never someone else's.
  const alone = readInstagramPage({
    document: null,
    url,
    responses: [
      { url: 'https://www.instagram.com/graphql/query', body: body('clips-user-2024-03.json') },
    ],
    now: NOW,
  });
  expect(alone.posts).toEqual([]);
  // After the profile (web_profile_info, id 50269116275), as the page loads them.
  const r = readInstagramPage({
    document: null,
    url,
    responses: [
      {
        url: 'https://www.instagram.com/api/v1/users/web_profile_info/?username=anasaiaofficial',
        body: body('web-profile-info-v1-2024-03.json'),
      },
      { url: 'https://www.instagram.com/graphql/query', body: body('clips-user-2024-03.json') },
    ],
    now: NOW,
  });
  expect(r.posts).toHaveLength(12);
  expect(r.posts[0]!.id).toBe('C38wAnKPWRX');
  expect(vs(r.posts[0]!.views)).toEqual([131_421, true, 'network']);
  expect(vs(r.posts[0]!.likes)).toEqual([6_340, true, 'network']);
  expect(vs(r.posts[0]!.comments)).toEqual([31, true, 'network']);
  // No taken_at in this shape: the time comes from the media id.
  expect(r.posts[0]!.takenAt).toBe('2024-02-29T23:06:06.061Z');
});
