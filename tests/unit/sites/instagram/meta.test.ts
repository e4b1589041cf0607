import { describe, expect, test } from 'vitest';
import { countInClause } from '../../../../lib/sites/instagram/count-text';
import {
  authorAfterDash,
  englishDate,
  leadingCounts,
  nameAndHandle,
  quoted,
} from '../../../../lib/sites/instagram/meta';

/** Meta descriptions as Instagram words them in several languages (order: followers, following, posts). */
describe('leadingCounts: profile descriptions in any language', () => {
  test.each([
    [
      'en',
      '2,362 Followers, 136 Following, 224 Posts - See Instagram photos and videos from Pluto (@pluto__travel)',
      [2362, 136, 224],
    ],
    [
      'en',
      '14.1m Followers, 1,002 Following, 3,311 Posts - See Instagram photos and videos',
      [14_100_000, 1002, 3311],
    ],
    [
      'de',
      '1,2 Mio. Follower, 136 Gefolgt, 2.362 Beiträge - Sieh dir Instagram-Fotos und -Videos von Pluto an',
      [1_200_000, 136, 2362],
    ],
    [
      'fr',
      '12,3\u00a0k abonnés, 1\u202f136 abonnements, 224 publications - Voir les photos et vidéos Instagram',
      [12_300, 1136, 224],
    ],
    [
      'es',
      '1,2 M seguidores, 136 seguidos, 224 publicaciones - Ver fotos y videos de Instagram',
      [1_200_000, 136, 224],
    ],
    [
      'pt-BR',
      '12,3 mil seguidores, 136 seguindo, 224 posts - Veja as fotos e vídeos do Instagram',
      [12_300, 136, 224],
    ],
    [
      'it',
      '104 mila follower, 562 seguiti, 1.234 post - Guarda le foto e i video di Instagram',
      [104_000, 562, 1234],
    ],
    [
      'ru',
      '1,2 млн подписчиков, 136 подписок, 224 публикаций - Посмотрите фото и видео в Instagram',
      [1_200_000, 136, 224],
    ],
    [
      'tr',
      '12,3 B Takipçi, 136 Takip, 224 Gönderi - Instagram fotoğraf ve videolarını gör',
      [12_300, 136, 224],
    ],
    [
      'ja',
      'フォロワー12.3万人、フォロー中136人、投稿224件 - Instagramの写真と動画をチェック',
      [123_000, 136, 224],
    ],
    [
      'ko',
      '팔로워 1.2만명, 팔로잉 136명, 게시물 224개 - Instagram 사진 및 동영상 보기',
      [12_000, 136, 224],
    ],
    [
      'zh-CN',
      '1.2万 位粉丝、136 人已关注、224 篇帖子 - 查看 Instagram 照片和视频',
      [12_000, 136, 224],
    ],
    [
      'ar',
      '\u200f2,362 من المتابعين، و136 من المتابَعين، و224 من المنشورات - شاهد صور ومقاطع فيديو Instagram',
      [2362, 136, 224],
    ],
    [
      'he',
      '\u200f1.2K\u200f עוקבים, 136 נעקבים, 224 פוסטים - צפייה בתמונות ובסרטונים באינסטגרם',
      [1200, 136, 224],
    ],
  ] as const)('%s: %s', (lang, description, values) => {
    expect(leadingCounts(description, lang)?.map((c) => c.value)).toEqual(values);
  });

  test.each([
    [
      'Tesla shared a photo on Instagram: “The first Model 3 production car” • See 683 photos and videos on their profile.',
    ],
    ['Instagram'],
    [''],
    ['2 cats and 3 dogs, on a boat - a caption'],
    ['See 683 photos and videos - from Tesla'],
  ])('not a list of counts: %j', (description) => {
    expect(leadingCounts(description, 'en')).toBeNull();
  });
});

// Post descriptions: likes then comments, whatever the language. English is the real capture
// (post-photo-logged-out-2024-12.html); the others follow the profile forms above (modelled).
describe('leadingCounts: post descriptions in any language (likes, comments)', () => {
  test.each([
    [
      'en',
      '298K likes, 553 comments - willyrex on May 29, 2021: "Una de mis nuevas sudaderas"',
      [298_000, false],
      [553, true],
    ],
    [
      'en',
      '1,204 likes, 37 comments - pluto__travel on March 3, 2024: "Lisbon"',
      [1204, true],
      [37, true],
    ],
    [
      'es',
      '298 mil Me gusta, 553 comentarios - willyrex el 29 de mayo de 2021: "…"',
      [298_000, false],
      [553, true],
    ],
    [
      'fr',
      '298\u00a0k J’aime, 553 commentaires - willyrex le 29 mai 2021 : « … »',
      [298_000, false],
      [553, true],
    ],
    [
      'de',
      '298.000 „Gefällt mir“-Angaben, 553 Kommentare - willyrex am 29. Mai 2021: „…“',
      [298_000, true],
      [553, true],
    ],
    [
      'pt-BR',
      '298 mil curtidas, 553 comentários - willyrex em 29 de maio de 2021: "…"',
      [298_000, false],
      [553, true],
    ],
    [
      'it',
      '104 mila Mi piace, 562 commenti - willyrex il 29 maggio 2021: "…"',
      [104_000, false],
      [562, true],
    ],
    [
      'ja',
      'いいね！29.8万件、コメント553件 - willyrex、2021年5月29日 : "…"',
      [298_000, false],
      [553, true],
    ],
  ] as const)('%s: %s', (lang, description, likes, comments) => {
    const counts = leadingCounts(description, lang);
    expect(counts?.map((c) => [c.value, c.exact])).toEqual([likes, comments]);
  });
});

describe('countInClause', () => {
  test.each([
    ['534K likes', 'en', 534_000, false],
    ['5,064 comments', 'en', 5064, true],
    ['104 mila Mi piace', 'it', 104_000, false],
    ['562 commenti', 'it', 562, true],
    ['79 J’aime', 'fr', 79, true],
    ['1,2 k J’aime', 'fr', 1200, false],
    ['12 mil M seguidores', 'es', 12_000_000_000, false],
    ['いいね！1.2万件', 'ja', 12_000, false],
  ] as const)('%j (%s)', (clause, lang, value, exact) => {
    expect(countInClause(clause, lang)).toMatchObject({ value, exact });
  });
  test.each([['Reply'], ['View replies (1) of 2'], [''], ['no number here']])(
    '%j has no single count',
    (text) => {
      expect(countInClause(text, 'en')).toBeNull();
    },
  );
});

describe('names, handles, quotes, dates', () => {
  test('nameAndHandle', () => {
    expect(nameAndHandle('Pluto (@pluto__travel) • Instagram photos and videos')).toEqual({
      name: 'Pluto',
      handle: 'pluto__travel',
    });
    expect(nameAndHandle('Instagram')).toBeNull();
  });
  test('authorAfterDash', () => {
    expect(authorAfterDash('534K likes, 5,064 comments - willyrex on May 8, 2021: …')).toBe(
      'willyrex',
    );
    expect(authorAfterDash('104 mila Mi piace, 562 commenti - willyrex il 8 maggio 2021: …')).toBe(
      'willyrex',
    );
    expect(authorAfterDash('no dash here')).toBeNull();
  });
  test.each([
    ['Nina Mukhar on Instagram: "Can’t wait"', 'Can’t wait'],
    ['Tesla on Instagram: “The first Model 3 production car”', 'The first Model 3 production car'],
    ['Pluto sur Instagram : « Voyages »', 'Voyages'],
    ['Jaime Lorente on Instagram', null],
  ])('quoted %j', (text, inner) => {
    expect(quoted(text)).toBe(inner);
  });
  test.each([
    ['534K likes, 5,064 comments - willyrex on May 8, 2021: …', 'en', '2021-05-08'],
    ['152K likes, 784 comments - jaimelorentelo on April 19, 2021', 'en-GB', '2021-04-19'],
    ['104 mila Mi piace, 562 commenti - willyrex il 8 maggio 2021: …', 'it', null],
    ['1 like - x on Smarch 8, 2021', 'en', null],
  ])('englishDate %j', (description, lang, date) => {
    expect(englishDate(description, lang)).toBe(date);
  });
});
