import type { Platform } from '../../model/reading';

/** What the audience check says, in one place (to move into _locales with the rest later). */

const POSTS: Record<Platform, string> = { instagram: 'posts', tiktok: 'videos' };

export const wording = {
  defaultPicture: 'default profile picture',
  noPosts: (platform: Platform) => `no ${POSTS[platform]}`,
  massFollowing: (following: string) => `follows ${following} accounts`,
  followingMany: (following: string, followers: string) =>
    `follows ${following}, followed by ${followers}`,
  noName: 'no name',
  nameIsHandle: 'name same as the handle',
  privateEmpty: 'private and empty',
  verified: 'verified account',
  handle: {
    platformDefault: 'handle is the default "user" + digits',
    digitRun: (digits: string) => `long run of digits in the handle (${digits})`,
    mostlyDigits: 'handle made mostly of digits',
    digitGroups: 'letters and digits mixed at random in the handle',
    randomLetters: (letters: string) => `random-looking letters in the handle ("${letters}")`,
  },
  match: {
    language: (lang: string) => `writes in ${lang}`,
    keyword: (keyword: string, where: string) => `"${keyword}" in the ${where}`,
    place: (code: string, words: string) => `${code} ("${words}")`,
  },
  tooFew: 'too few: scroll the followers list',
  tooFewLikers: 'too few: scroll the likes list',
  whatFollowers:
    'Read from the followers list as the page loaded it: the newest followers come first, so this is a sample of recent followers, not all of them.',
  whatLikers:
    'Read from the likes list as the page loaded it: a sample of the accounts that liked this post, not all of them.',
  whatFollowing: 'Read from the list of accounts this creator follows, as the page loaded it.',
} as const;
