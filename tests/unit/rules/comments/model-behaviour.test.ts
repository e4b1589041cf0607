import { expect, test } from 'vitest';
import { classifyComment } from '../../../../lib/rules/comments/classify';

/**
 * The model on comments that share words with the other side: scam testimonials that point to
 * another account, and fans who talk about money, thank someone or tag a friend. A statistical
 * model misses some of these; the tests hold it to a share (and name the misses), and each
 * retraining must keep it. docs/comment-model-evaluation.md has the figures on whole sources.
 */

const SCAMS = [
  'so grateful for everything, truly a blessing to work with you @anna_smith_',
  'a process that changed my life, i owe it all to #__sarah_g___',
  'believe in the process, hard work and dedication got me here @_diana_r',
  'i met this genius @maria__lopez and my whole year changed',
  'i made $5,000 in a week thanks to @anna.trades',
  '@victim i made $5,000 in a week with @anna.trades',
  "i'm financially stable because of sarah, all thanks to her sarahgrosvenor___",
  'the trades between me and adriana_emerson_trades went smooth, i got my return',
  'i lost mine too but @fixit_tech helped in the recovery',
  '@victim dm @fixit_tech, they helped me get my wallet back',
  '@ana me ayudó a recuperar mi cuenta, escríbele a @recupera_ya',
  'Buy real followers and likes cheap, fast delivery',
  'promote it on @cheap_followers_shop for 1000 followers',
  'send this to @memes.daily.hub for a feature',
  'f o l l o w  me for free followers',
];

const FANS = [
  'I follow you since 2019, you changed my life ❤️',
  'you changed my life, thank you for everything',
  'god bless you and your family ❤️',
  'I paid $300 for this bag 😭 worth it',
  'got it for 50€ at zara last week',
  'I made $200 selling my old clothes thanks to your tips!',
  'Your content on saving money helped me pay off 10k of debt',
  'omg @jess_ this is literally us 😂',
  'thanks to @brandname for the gifted shoes 😍',
  'you should collab with @other_creator!!',
  'Can you do a tutorial on how to recover deleted photos?',
  'the first 10 minutes of this video were so helpful',
  'Compré este vestido por 40 euros, me encanta',
  "J'ai payé 30 euros chez Sephora, trop bien",
  'Comprei por 200 reais, amei demais',
  'Hab ihn für 80 Euro gekauft, super Qualität',
  "L'ho comprato a 60 euro, bellissimo",
  'this video helped me recover my old photos, thanks',
  '@mark_t the average is $1,000 a month for a car now',
  '@mark_t with $1000 i could not pay the mortgage',
  'haha this is so you @jess__',
  'omg look @jess_ 😂',
  'we should try this place next summer with the kids @anna_smith',
  '@anna_smith_ i agree, the second chart explains the whole thing well',
];

const spam = (text: string) => classifyComment(text, { creatorHandle: 'creator' }).label === 'spam';

test('scam testimonials and sellers pointing elsewhere: at least 70% called spam (today 12 of 15)', () => {
  const missed = SCAMS.filter((t) => !spam(t));
  expect(
    (SCAMS.length - missed.length) / SCAMS.length,
    `missed: ${missed.join(' | ')}`,
  ).toBeGreaterThanOrEqual(0.7);
});

test('fans who talk money, thank someone or tag a friend: at least 75% not called spam (today 20 of 24)', () => {
  const flagged = FANS.filter(spam);
  expect(
    (FANS.length - flagged.length) / FANS.length,
    `called spam: ${flagged.join(' | ')}`,
  ).toBeGreaterThanOrEqual(0.75);
});
