import { describe, expect, test } from 'vitest';
import { classifyComment, prepare } from '../../../../lib/rules/comments/classify';
import {
  allInputs,
  COMBINATIONS,
  conceptMask,
  DENSE,
  FIRST_COMBINATION,
} from '../../../../lib/rules/comments/dense-inputs';

/**
 * Pairs of concepts (dense-inputs.ts, COMBINATIONS): "buy" alone is a fan asking where to buy,
 * "followers" alone a fan congratulating; together they sell followers. The pair is its own input,
 * so the model can weigh it as spam while each word alone stays ordinary.
 */

const pairsOf = (text: string): string[] => {
  const inputs = allInputs(
    Array<number>(DENSE.length).fill(0),
    conceptMask(prepare(text).abstract),
  );
  return COMBINATIONS.filter((_, j) => inputs[FIRST_COMBINATION + j] === 1).map(([name]) => name);
};

describe('the inputs', () => {
  test.each([
    ['Купить подписчиков дешево', ['sellsAudience']],
    ['팔로워 구매 저렴하게', ['sellsAudience']],
    ['Collab? DM us', ['collabBait']],
    ['Współpraca? Napisz na priv', ['collabBait']],
    ['Evden para kazan, DM at', ['lure']],
    ['Want more followers? DM me', ['audienceElsewhere']],
    ['Followers reales al mejor precio', ['sellsAudience']],
    ['Where can I buy this jacket?', []],
    ['What is the price of this dress?', []],
    ['Congrats on 100k followers!', []],
    ['You two should collab', []],
    // Whose channel: a possessive counts right before a channel or page word (after it where the
    // language puts it there), nowhere else.
    ['Subscribe to my channel', ['ownChannel']],
    ['iscrivetevi al mio canale', ['ownChannel']],
    ['подпишитесь на мой канал', ['ownChannel']],
    ['your channel got me through my exams', ['creatorsChannel']],
    ['il tuo canale mi ha insegnato a cucinare', ['creatorsChannel']],
    ['channel kamu bikin aku semangat', ['creatorsChannel']],
    ['my sister loves this channel', []],
    ['Ghé kênh mình xem video mới nha', ['ownChannel']],
    ['ติดตามช่องเราหน่อย', ['ownChannel']],
    ['kênh bạn hay quá', ['creatorsChannel']],
    // Turkish writes "my" and "your" as the noun's ending.
    ['kanalıma abone olur musunuz', ['ownChannel']],
    ['profilime bak', ['ownChannel']],
    ['biyomdaki linke tıkla', ['ownChannel']],
    ['kanalını çok seviyorum', ['creatorsChannel']],
    ['kanalınız sayesinde öğrendim', ['creatorsChannel']],
    ['kanalı çok güzel', []],
    // An account or page is the creator's as a channel is; Indonesian writes "my" as "-ku".
    ['your account got me through a tough year', ['creatorsChannel']],
    ['akunmu selalu bikin semangat', ['creatorsChannel']],
    ['mampir ke akunku ya kak', ['ownChannel']],
    // "No password" sells followers as "cheap" does.
    ['wir pushen deine Likes ohne Passwort', ['sellsAudience']],
    // A feature page's bait: promotion words with a mentioned account ("@" is its concept).
    ['Promote it on @viral.spot.daily', ['featurePage']],
    ['Promociona esto en @virales.latam', ['featurePage']],
    ['Promote your business with us', []],
    ['@anna_k look at this', []],
  ])('%s: %j', (text, pairs) => {
    expect(pairsOf(text)).toEqual(pairs);
  });
});

describe('the shipped model', () => {
  // Written apart from the training sets, in languages with few or no training comments.
  const SELLERS = [
    'Купить подписчиков дешево, ссылка в профиле',
    'Beli followers murah, langsung masuk, cek bio',
    'Goedkope volgers kopen? Stuur ons een DM',
    'Achète des abonnés pas cher, lien dans ma bio',
    'شراء متابعين حقيقيين بسعر رخيص رابط في البايو',
  ];
  const FANS = [
    'Где купить такую куртку?',
    'Beli di mana kak bajunya?',
    'Waar kan ik deze jas kopen?',
    "Bravo pour les 20k abonnés, c'est mérité !",
    'You two should collab, that would be amazing',
  ];

  test('at least 4 of 5 follower sellers are spam, said with the two words that make the pair', () => {
    const caught = SELLERS.map((t) => classifyComment(t)).filter((c) => c.label === 'spam');
    expect(caught.length).toBeGreaterThanOrEqual(4);
    for (const c of caught)
      expect(c.reasons.join('; ')).toMatch(/^offers followers, likes or views: '.+' with '.+'/);
  });

  test.each(FANS)('the same words alone stay ordinary: %s', (text) => {
    expect(classifyComment(text).label).not.toBe('spam');
  });
});

describe('whose channel, with the shipped model', () => {
  test('a commenter pointing to its own channel is spam, said with the two words', () => {
    for (const text of [
      'iscrivetevi al mio canale grazie',
      'подпишитесь на мой канал пожалуйста',
      'kanalıma abone olursan çok sevinirim',
    ]) {
      const c = classifyComment(text);
      expect(c.label, text).toBe('spam');
      expect(c.reasons.join('; ')).toMatch(
        /points to its own channel or page: '(mio canale|мой канал|kanalıma)'/,
      );
    }
  });

  test.each([
    'your channel got me through my exams honestly',
    'il tuo canale mi ha insegnato a cucinare davvero',
    'my sister sent me this and now we are both obsessed with your channel',
    'kanalını yeni keşfettim, neden daha önce bulmadım',
  ])('a fan naming the creator’s channel is not spam: %s', (text) => {
    expect(classifyComment(text).label).not.toBe('spam');
  });
});

describe('feature pages, with the shipped model', () => {
  test.each([
    ['Amazing shot! Promote it on @viral.spot.daily 🚀', "'promote' with '@viral'"],
    ['Promociona esto en @virales.latam 🔥', "'promociona' with '@virales'"],
    ['Promosikan di @promosi.viral kak', "'promosikan' with '@promosi'"],
  ])('%s is spam: %s', (text, quoted) => {
    const c = classifyComment(text);
    expect(c.label).toBe('spam');
    expect(c.reasons.join('; ')).toContain(
      `sends the post to another account for a feature: ${quoted}`,
    );
  });

  test.each([
    'saw you got featured on @natgeo, so deserved!!',
    'shoutout to @mike.films for the editing, it looks insane',
    'complimenti per la promozione con @barilla!',
  ])('a fan naming an account beside a promotion word is not spam: %s', (text) => {
    expect(classifyComment(text).label).not.toBe('spam');
  });
});

describe('following a creator', () => {
  // "follow", "takip", "volg": a fan saying they follow the creator as often as a bot asking to be
  // followed; only the unambiguous words ("followback", "sígueme", "takipleşelim") are a concept.
  test.each([
    'seni yıllardır takip ediyorum, harikasın',
    'ik volg je al jaren, altijd leuk',
    'udah follow dari lama, kontennya selalu bermanfaat',
  ])('a fan who follows is not spam: %s', (text) => {
    expect(classifyComment(text).label).not.toBe('spam');
  });

  test.each(['follow me and I will follow back 💯', 'sígueme y te sigo de vuelta'])(
    'asking to be followed back is spam: %s',
    (text) => {
      expect(classifyComment(text).label).toBe('spam');
    },
  );
});
