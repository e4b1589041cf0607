import { describe, expect, test } from 'vitest';
import { classifyComment } from '../../../../lib/rules/comments/classify';
import { normalizeComment } from '../../../../lib/rules/comments/normalize';
import { signalsOf } from '../../../../lib/rules/comments/signals';

const signals = (text: string, creator?: string) => signalsOf(normalizeComment(text), creator);
const reasons = (text: string, creatorHandle?: string) =>
  classifyComment(text, { creatorHandle }).reasons.join('; ');

describe('telling readers to write to another account', () => {
  test.each([
    ['hey dear, dm @fixit_team asap, they are very helpful', true],
    ['contact @gary.ellison1 for the details', true],
    ['Escríbele a @ana.inversiones ahora', true], // es
    ['Fale com @joao.investe hoje', true], // pt
    ['Schreib @max_coach einfach an', true], // de
    ['scrivi a @luca.trader per info', true], // it
    // the creator is not "another account"
    ['check dm @creator 🙌', false],
    ['contact @creator for the pattern', false],
    // a mention without a contact verb
    ['me and @anna tried this recipe yesterday', false],
  ])('%j → %s', (text, spam) => {
    expect(signals(text, 'creator').contactRedirect).toBe(spam);
    expect(reasons(text, 'creator').includes('write to another account')).toBe(spam);
  });
});

describe('links written with spaces', () => {
  test.each([
    ['marketglory . com/strategygame earn real money', true],
    ['@money_friendly bestcoin. com', true],
    ['vote daily: tv. mtvema. com/vote', true],
    ['we are a strong community, website ret.life 🔥', true],
    // Portuguese "com" is a word, not a domain
    ['Amei. Com certeza vou fazer', false],
    ['fui ao parque . com a minha filha', false],
    ['this was fun. come back soon', false],
  ])('%j → link: %s', (text, link) => {
    expect(signals(text).link).toBe(link);
  });
});

describe('money amounts per week, day or month', () => {
  test.each([
    ['never depend on one pay-check, make 8,500 a week', true],
    ['I earn 2k per week from home', true],
    ['ganhe 500 por dia', true], // pt
    ['gana 300 por semana desde casa', true], // es
    ['gagnez 1000 par semaine', true], // fr
    ['verdiene 400 pro tag', true], // de
    ['guadagna 250 al giorno', true], // it
    // an amount followed by its currency sign, mid-sentence or at the end
    ['paid 5.000 € in one week', true],
    ['the whole trip was 300$', true],
    // a count of views, not earnings
    ['1.000.000 views every day, amazing', false],
    ['I train 3 times a week', false],
  ])('%j → money: %s', (text, money) => {
    expect(signals(text).money).toBe(money);
  });
});

describe('fake giveaways in six languages', () => {
  test.each([
    ['funding six bands for the first ten people to inbox me', true],
    ["i'm paying 5 grand to the first 10 people to message me", true],
    ['las primeras 10 personas que me escriban reciben dinero', true], // es
    ['les 20 premières personnes qui m’écrivent', true], // fr
    ['as primeiras cinco pessoas que me chamarem', true], // pt
    ['die ersten zehn Leute bekommen Geld', true], // de
    ['le prime 10 persone che mi scrivono', true], // it
    ['the first people to try this were monks', false],
    ['I was one of the first 10 to buy it', false],
  ])('%j → %s', (text, giveaway) => {
    expect(signals(text).firstPeople).toBe(giveaway);
  });
});

describe('promotion and private-contact phrases per language', () => {
  test.each([
    ['Follow us for more daily deals', 'promotion'],
    ['Síguenos para más ofertas', 'promotion'], // es
    ['Suivez-nous pour plus de conseils', 'promotion'], // fr
    ['Link na bio, nos siga', 'promotion'], // pt
    ['Folgt uns für mehr', 'promotion'], // de
    ['Seguiteci per altri consigli', 'promotion'], // it
    ['Trading forex: escríbeme al privado', 'private'], // es
    ['Forex trading, écris-moi en privé', 'private'], // fr
    ['Forex trading, me chama no pv', 'private'], // pt
    ['Forex Trading: schreib mir privat', 'private'], // de
    ['Forex trading, scrivimi in privato', 'private'], // it
  ])('%j → spam (%s)', (text, reason) => {
    const c = classifyComment(text);
    expect(c.label).toBe('spam');
    expect(c.reasons.join(' ')).toContain(reason);
  });

  test.each([
    'Where did you find this forex book? I want to read it',
    'Me encanta el trading de cartas Pokémon jaja',
    'Adoro essa receita, vou fazer no fim de semana',
  ])('%j → not spam', (text) => {
    expect(classifyComment(text).label).not.toBe('spam');
  });
});

describe('first-person earnings claims', () => {
  test.each([
    ['i made $23k with the help of mrs smith ❤️', true],
    ['I got my payment of $80,000. thank you', true],
    ['i received 2btc after investing 0.82btc', true],
    ['i invested $ 1,800 and got my return in 7 days', true],
    ['Gané 5.000 € en una semana', true], // es
    ["J'ai gagné 3000 euros avec elle", true], // fr
    ['Ganhei 2.000 reais essa semana', true], // pt
    ['Ich habe 5000 € in einer Woche verdient', true], // de
    ['Ho guadagnato 3k questa settimana', true], // it
    // small amounts and amounts that are not earnings
    ['i got a $50 gift card for my birthday', false],
    ['I made $200 selling my old clothes thanks to your tips!', false],
    ['we made 300 cookies for the bake sale', false],
    ['this video made 800 million views', false],
  ])('%j → %s', (text, claim) => {
    expect(signals(text).earningsClaim).toBe(claim);
    expect(reasons(text).includes('claims earnings')).toBe(claim);
  });
});

describe('a long comment ending on the creator is not steering readers elsewhere', () => {
  test.each([
    ['stop scamming people with their hard earned money and open our accounts @creator 😢', false],
    [
      'stop scamming people with their hard earned money and open our accounts @someone_else 😢',
      true,
    ],
  ])('%j → trailing handle: %s', (text, trailing) => {
    expect(signals(text, 'creator').trailingHandle).toBe(trailing);
  });
});

describe('asking for subscribers or announcing one’s own channel', () => {
  test.each([
    ['Please become my first subscriber. Thank you.', true],
    ['LIKE AND SUBSCRIB IF YOU WATCH IN 2015 ;)', true],
    ['subscribers please', true],
    ['I made a gaming channel (unique right?)', true],
    ['I did a cover if u want to check it out', true],
    ['help me reach 500 subscribers', true],
    // talking about subscribers or covers is not asking for them
    ['this channel has 3m subscribers but 800m views', false],
    ['your cover of this song made me cry', false],
    ['i made a cake with this recipe', false],
  ])('%j → self-promotion: %s', (text, promo) => {
    expect(signals(text).selfPromo).toBe(promo);
  });

  test.each([
    ['Suscríbete, subo videos cada semana'], // es
    ['Inscreva-se no canal, posto toda semana'], // pt
    ['Abonnez-vous, une vidéo par semaine'], // fr
    ['Bitte abonnieren, jede Woche ein Video'], // de
    ['Iscrivetevi, un video a settimana'], // it
  ])('%j → spam (promotion)', (text) => {
    expect(reasons(text)).toContain('promotion');
  });
});

describe('hashtags named like a trader ("#tradewithanna")', () => {
  test.each([
    ['i joined the #buildwealthwithmilly program 2 weeks ago and never looked back', true],
    ['#makemoneywithpeggy you saved my life', true],
    // a hashtag with "with" but no money word is just a hashtag
    ['we did the #cookwithme challenge yesterday and it was fun', false],
  ])('%j → trading account: %s', (text, spam) => {
    expect(reasons(text).includes('trading or investment account')).toBe(spam);
  });
});

describe('asking readers to send money', () => {
  test.each([
    ['i am broken n stressed 😥 please help me my binance pay id 379131372', true],
    ['Ajuda por favor, meu pix 11987654321', true], // pt
    ['please help, cash app $annie22', true],
    // a payment service named without an account to send to
    ['can anyone help me, paypal froze my account', false],
    ['please add paypal as a payment option in your shop', false],
  ])('%j → %s', (text, request) => {
    expect(signals(text).moneyRequest).toBe(request);
    expect(reasons(text).includes('send money')).toBe(request);
  });
});
