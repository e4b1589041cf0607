import { describe, expect, test } from 'vitest';
import { normalizeComment } from '../../../../lib/rules/comments/normalize';
import { signalsOf } from '../../../../lib/rules/comments/signals';

const signals = (text: string, creator?: string) => signalsOf(normalizeComment(text), creator);

describe('accounts with underscore-padded names, named inside the comment', () => {
  test.each([
    ['so grateful for everything, truly a blessing to work with you @anna_smith_', true],
    ['a process that changed my life, i owe it all to #__sarah_g___', true],
    ['believe in the process, hard work and dedication got me here @_diana_r', true],
    ['i met this genius @maria__lopez and my whole year changed', true],
    ["i'm financially stable because of sarah, all thanks to her sarahgrosvenor___", true],
    // the reply address at the very start is the person answered, not a redirect
    ['@anna_smith_ i agree, the second chart explains the whole thing well', false],
    // one inner underscore is an ordinary handle
    ['we should try this place next summer with the kids @anna_smith', false],
    ['i agree with what the video says about saving early @creator_', false],
    // an emoticon or a link path is not an account
    ['damn she is sexy o_o', false],
    ['watch here https://youtu.be/dvh_buh8n8g it is good', false],
  ])('%j → padded handle inside: %s', (text, padded) => {
    expect(signals(text, 'creator_').paddedHandleInside).toBe(padded);
  });
});

describe('money amounts', () => {
  test.each([
    ['@mark_t the average is $1,000 a month for a car now', true],
    ['i made $5,000 in a week thanks to @anna.trades', true],
    ['ganhei 5 mil reais em uma semana', false],
    ['Comprei por 200 reais, amei demais', true],
    ['the 2019 tour was the best', false],
    // Amounts in the currencies of the languages the extension reads, not only dollars and euros.
    ['Gerçek Türk takipçi 1000 adet sadece 49 TL', true],
    ['bugün 20 takipçime 10.000 ₺ dağıtıyorum', true],
    ['modal 20k doang, hasilnya 35jt', true],
    ['WD 750rb langsung cair', true],
    ['harganya Rp 150.000 aja', true],
    ['gané 3000 pesos en un día', true],
    ['earned 5000 rupees from home', true],
    ['give it 1 try, the 2nd coat is better', false],
    ['kalau tl nya 2 kali lipat', false],
  ])('%j → money: %s', (text, money) => {
    expect(signals(text).money).toBe(money);
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
