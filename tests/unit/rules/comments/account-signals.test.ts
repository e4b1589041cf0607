import { describe, expect, test } from 'vitest';
import { classifyComment } from '../../../../lib/rules/comments/classify';
import { normalizeComment } from '../../../../lib/rules/comments/normalize';
import { signalsOf } from '../../../../lib/rules/comments/signals';

const signals = (text: string, creator?: string) => signalsOf(normalizeComment(text), creator);
const reasons = (text: string, creatorHandle?: string) =>
  classifyComment(text, { creatorHandle }).reasons.join('; ');

describe('accounts with underscore-padded names, named inside the comment', () => {
  test.each([
    ['so grateful for everything, truly a blessing to work with you @anna_smith_', true],
    ['a process that changed my life, i owe it all to #__sarah_g___', true],
    ['believe in the process, hard work and dedication got me here @_diana_r', true],
    ['i met this genius @maria__lopez and my whole year changed', true],
    // the reply address at the very start is the person answered, not a redirect
    ['@anna_smith_ i agree, the second chart explains the whole thing well', false],
    // one inner underscore is an ordinary handle
    ['we should try this place next summer with the kids @anna_smith', false],
    ['i agree with what the video says about saving early @creator_', false],
  ])('%j → padded handle inside: %s', (text, padded) => {
    expect(signals(text, 'creator_').paddedHandleInside).toBe(padded);
  });

  test.each([
    ['so grateful for everything, truly a blessing to work with you @anna_smith_', true],
    // short friend tags are not enough (fewer than 8 words)
    ['omg look @jess_ 😂', false],
    ['haha this is so you @jess__', false],
  ])('%j → spam by the padded-name rule: %s', (text, spam) => {
    expect(reasons(text).includes('underscore-padded')).toBe(spam);
  });
});

describe('money amounts and mentions', () => {
  test.each([
    ['@mark_t the average is $1,000 a month for a car now', false],
    ['@mark_t with $1000 i could not pay the mortgage', false],
    ['i made $5,000 in a week thanks to @anna.trades', true],
    ['@victim i made $5,000 in a week with @anna.trades', true],
  ])('%j → money claim pointing elsewhere: %s', (text, spam) => {
    expect(/money|account/.test(reasons(text))).toBe(spam);
  });
});

describe('finance-named accounts', () => {
  test.each([
    ['@richard_k 😂', false],
    ['@richmond_fan 👏', false],
    ['@get_rich_daily 👏', true],
    ['@camila.trades 🙏', true],
  ])('%j → finance-named handle: %s', (text, finance) => {
    expect(signals(text).financeHandle).toBe(finance);
  });
});

describe('links and accounts named like domains', () => {
  test.each([
    ['@soulalchemy.co amen to that', false],
    ['@liquidcrypto.finance naa i dont play poker', false],
    ['visit shop.co now @anna', true],
    ['best deals at shopnow.xyz', true],
    ['@anna see https://example.org/page', true],
  ])('%j → link: %s', (text, link) => {
    expect(signals(text).link).toBe(link);
  });
});

describe('account names written without "@"', () => {
  test.each([
    ["i'm financially stable because of sarah, all thanks to her sarahgrosvenor___", true],
    ['the trades between me and adriana_emerson_trades went smooth, i got my return', true],
    // an emoticon or a link path is not an account
    ['damn she is sexy o_o', false],
    ['watch here https://youtu.be/dvh_buh8n8g it is good', false],
  ])('%j → spam: %s', (text, spam) => {
    expect(classifyComment(text).label === 'spam').toBe(spam);
  });
});

describe('recovery-scam testimonials pointing to another account', () => {
  test.each([
    ['i lost mine too but @fixit_tech helped in the recovery', true],
    ['@victim dm @fixit_tech, they helped me get my wallet back', true],
    ['@ana me ayudó a recuperar mi cuenta, escríbele a @recupera_ya', true], // es
    ['this video helped me recover my old photos, thanks', false],
  ])('%j → spam: %s', (text, spam) => {
    expect(classifyComment(text).label === 'spam').toBe(spam);
  });
});
