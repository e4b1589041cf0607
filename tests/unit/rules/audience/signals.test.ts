import { describe, expect, test } from 'vitest';
import { AudienceThresholds, type ListAccount } from '../../../../lib/model/audience';
import { accountSignals, judgeAccount } from '../../../../lib/rules/audience/signals';

const t = AudienceThresholds.parse({});
const account = (over: Partial<ListAccount> = {}): ListAccount => ({
  id: '1',
  handle: 'lucia.acuarelas',
  displayName: 'Lucía Martínez',
  bio: null,
  defaultPicture: false,
  private: false,
  verified: false,
  posts: null,
  followers: null,
  following: null,
  ...over,
});
const ids = (a: ListAccount, platform: 'instagram' | 'tiktok' = 'instagram') =>
  accountSignals(a, platform, t).map((s) => s.id);

describe('one sign each', () => {
  test('an ordinary account shows none', () => {
    expect(ids(account())).toEqual([]);
    expect(ids(account({ posts: 30, followers: 200, following: 180 }), 'tiktok')).toEqual([]);
  });
  test('default picture', () => {
    expect(ids(account({ defaultPicture: true }))).toEqual(['default-picture']);
    expect(ids(account({ defaultPicture: null }))).toEqual([]);
  });
  test('no posts only where the list shows the count, worded per platform', () => {
    expect(ids(account({ posts: 0 }), 'tiktok')).toEqual(['no-posts']);
    expect(accountSignals(account({ posts: 0 }), 'tiktok', t)[0]!.reason.text).toBe('no videos');
    expect(accountSignals(account({ posts: 0 }), 'instagram', t)[0]!.reason.text).toBe('no posts');
    expect(ids(account({ posts: null }))).toEqual([]);
    expect(ids(account({ posts: 1 }))).toEqual([]);
  });
  test('private and empty replaces "no posts" for a private account', () => {
    expect(ids(account({ posts: 0, private: true }))).toEqual(['private-empty']);
    expect(ids(account({ private: true }))).toEqual([]);
  });
  test('following many and followed by few', () => {
    const r = accountSignals(account({ following: 800, followers: 12 }), 'tiktok', t);
    expect(r.map((s) => s.reason.text)).toEqual(['follows 800, followed by 12']);
    expect(ids(account({ following: 800, followers: 200 }))).toEqual([]);
    expect(ids(account({ following: 250, followers: 0 }))).toEqual([]);
    expect(ids(account({ following: 2_300, followers: 900 }))).toEqual(['following-many']);
    expect(ids(account({ following: 1_500, followers: 900 }))).toEqual([]);
    expect(ids(account({ following: null, followers: 0 }))).toEqual([]);
  });
  test('no name, or the handle again as the name', () => {
    expect(ids(account({ displayName: '' }))).toEqual(['no-name']);
    expect(ids(account({ displayName: '   ' }))).toEqual(['no-name']);
    expect(ids(account({ displayName: null }))).toEqual([]);
    expect(ids(account({ handle: 'cigdemaydogdu77', displayName: 'cigdem_aydogdu77' }))).toEqual([
      'no-name',
    ]);
    expect(ids(account({ handle: 'jane_doe_1990', displayName: 'Jane Doe' }))).toEqual([]);
    expect(ids(account({ handle: 'jazbroaguilar', displayName: 'Jazbro Aguilar' }))).toEqual([]);
  });
  test('generated handle', () => {
    expect(ids(account({ handle: 'user84736291' }))).toEqual(['generated-handle']);
    expect(ids(account({ handle: 'blink182fan' }))).toEqual([]);
  });
});

describe('the judgement', () => {
  test('one sign alone is not enough', () => {
    expect(judgeAccount(account({ defaultPicture: true }), 'instagram', t).suspicious).toBe(false);
    expect(judgeAccount(account({ displayName: '' }), 'instagram', t).suspicious).toBe(false);
  });
  test('several signs together make an account likely fake or inactive, with the reasons', () => {
    const j = judgeAccount(
      account({ handle: 'user84736291', displayName: '', defaultPicture: true }),
      'instagram',
      t,
    );
    expect(j.suspicious).toBe(true);
    expect(j.reasons).toEqual([
      'default profile picture',
      'handle is the default "user" + digits',
      'no name',
    ]);
  });
  test('a verified account never is', () => {
    const j = judgeAccount(
      account({ handle: 'user84736291', displayName: '', defaultPicture: true, verified: true }),
      'instagram',
      t,
    );
    expect(j.suspicious).toBe(false);
    expect(j.reasons).toEqual(['verified account']);
  });
  test('how many signs are needed is a setting', () => {
    const a = account({ defaultPicture: true });
    expect(judgeAccount(a, 'instagram', { ...t, minSignals: 1 }).suspicious).toBe(true);
  });
});
