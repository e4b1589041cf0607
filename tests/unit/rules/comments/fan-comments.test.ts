import { describe, expect, test } from 'vitest';
import { classifyComment } from '../../../../lib/rules/comments/classify';

/**
 * Fans talk about money, thank the creator and tag friends: none of it is spam. The scam versions
 * of the same words name another account (tests in account-signals and promo-signals).
 */
describe('fan comments that share words with scams', () => {
  test.each([
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
    'Compré este vestido por 40 euros, me encanta', // es
    "J'ai payé 30 euros chez Sephora, trop bien", // fr
    'Comprei por 200 reais, amei demais', // pt
    'Hab ihn für 80 Euro gekauft, super Qualität', // de
    "L'ho comprato a 60 euro, bellissimo", // it
  ])('%j → not spam', (text) => {
    expect(classifyComment(text, { creatorHandle: 'creator' }).label).not.toBe('spam');
  });
});
