import type { Said } from '../../model/said';
import type { Platform } from '../../model/reading';
import { count } from '../stats';
import { num, say } from '../say';

/** A sign or match as the audience check says it: English words and the locale message beside them. */
export interface Worded {
  text: string;
  said: Said;
}

const worded = (text: string, key: string, ...args: Said['args']): Worded => ({
  text,
  said: say(key, ...args),
});

const NO_POSTS: Record<Platform, Worded> = {
  instagram: worded('no posts', 'audNoPosts'),
  tiktok: worded('no videos', 'audNoVideos'),
};

const KEYWORD_IN = {
  name: 'audKeywordInName',
  bio: 'audKeywordInBio',
  handle: 'audKeywordInHandle',
} as const;
export type KeywordPlace = keyof typeof KEYWORD_IN;

/** What the audience check says about one account, in one place. */
export const wording = {
  defaultPicture: worded('default profile picture', 'audDefaultPicture'),
  noPosts: (platform: Platform) => NO_POSTS[platform],
  massFollowing: (following: number) =>
    worded(`follows ${count(following)} accounts`, 'audMassFollowing', num(following)),
  followingMany: (following: number, followers: number) =>
    worded(
      `follows ${count(following)}, followed by ${count(followers)}`,
      'audFollowingMany',
      num(following),
      num(followers),
    ),
  noName: worded('no name', 'audNoName'),
  nameIsHandle: worded('name same as the handle', 'audNameIsHandle'),
  privateEmpty: worded('private and empty', 'audPrivateEmpty'),
  verified: worded('verified account', 'audVerified'),
  handle: {
    platformDefault: worded('handle is the default "user" + digits', 'audHandleDefault'),
    digitRun: (digits: string) =>
      worded(`long run of digits in the handle (${digits})`, 'audHandleDigitRun', digits),
    mostlyDigits: worded('handle made mostly of digits', 'audHandleMostlyDigits'),
    digitGroups: worded('letters and digits mixed at random in the handle', 'audHandleDigitGroups'),
    randomLetters: (letters: string) =>
      worded(
        `random-looking letters in the handle ("${letters}")`,
        'audHandleRandomLetters',
        letters,
      ),
  },
  match: {
    language: (lang: string) => worded(`writes in ${lang}`, 'audMatchLanguage', lang),
    keyword: (keyword: string, where: KeywordPlace) =>
      worded(`"${keyword}" in the ${where}`, KEYWORD_IN[where], keyword),
    place: (code: string, words: string) =>
      worded(`${code} ("${words}")`, 'audMatchPlace', code, words),
  },
};
