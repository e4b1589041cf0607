import { describe, expect, test } from 'vitest';
import { normalizeComment } from '../../../../lib/rules/comments/normalize';
import { signalsOf } from '../../../../lib/rules/comments/signals';
import { deobfuscate } from '../../../../lib/rules/comments/deobfuscate';

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
    ['Online job ₱800-1500 daily, PM lang', true],
    ['Ghar baithe 2 lakh mahina kamao', true],
    ['主婦でも在宅で月20万', true],
    ['مہینے میں 50 ہزار کمائیں', true],
    ['घर बैठे 5 हजार रोज़', true],
    ['the 20 minute version', false],
    ['Câștig 300 de lei pe zi de acasă', true], // ro
    ['tjäna 5000 kr i veckan hemifrån', true], // sv
    ['zarobek 3000 zł miesięcznie', true], // pl
    ['Заработок от 5000 руб в день', true], // ru
    ['заробіток 2000 грн щодня', true], // uk
    ['اربح 500 درهم يوميا', true], // ar
    ['dapat RM50 sehari', true], // ms
    ['vydělejte 10 000 Kč měsíčně', true], // cs
    ['earn 2000 rand a week', true],
    ['sono 2 lei e io', false],
    ['he is 6 ft tall', false],
    ['room 101 is haunted', false],
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

describe('links on any top-level domain spammers use, glued to text or spaced', () => {
  test.each([
    'Please visit this website: oldchat.tk',
    'visit.oldchat.tk', // glued to the word before by a dot
    'here:oldchat.tk',
    'bit.ly/3xYz', // shorteners
    'short link rb.gy/x1',
    'deals at shopnow.xyz',
    'deposit at ethstake.finance and watch it grow',
    'free gifts at giftz.click!',
    'daftar di win88.top sekarang', // a word-like domain with a digit in its name
    'cek best-deal.top ya', // or a hyphen
    'claim on airdrop.penguinsol.live now', // or a part before it
    'ret.life🔥🔥', // or an emoji after it
    'entra en mi-tienda.shop',
    'obserwuj t.me/kanal',
    'site . com', // spaced out
    'kolay-para. xyz',
    'free robux at r0bux-gen . xyz 🎮', // an emoji after it, with a space between
    'promo di win-88 . com !!',
    'site(dot)xyz',
    'takipci dot tk',
  ])('%j is a link', (text) => {
    const s = signalsOf(deobfuscate(normalizeComment(text)).text);
    expect(s.link).toBe(true);
  });

  test.each([
    'e.g. this one',
    'i.e. the best part',
    'Mr.Smith was great',
    'rated 5.5 out of 10',
    'ok.so what now',
    'I loved it.The end was sad', // a sentence missing its space after the full stop
    'it was great.top quality',
    'loved it.live forever',
    'what a day.today i learned a lot',
    'thank you.me too!',
    'haha.lol',
    'mantap.ga nyesel', // Indonesian "ga" after a full stop
    'sama2.in aja',
    'node.js is great',
    'dr.ovie helped me',
    'the dot on the map is my town',
    'a good point me too',
    'fui . com ela', // Portuguese "com"
    'fui . com ela 😍',
    'el punto uno es claro',
    "that's the point. fun!",
    '@soulalchemy.co amen',
  ])('%j is no link', (text) => {
    const s = signalsOf(deobfuscate(normalizeComment(text)).text);
    expect(s.link).toBe(false);
  });
});
