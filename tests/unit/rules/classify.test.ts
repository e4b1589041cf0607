import { describe, expect, test } from 'vitest';
import { classifyComment, classifyComments } from '../../../lib/rules/comments/classify';
import { normalizeComment } from '../../../lib/rules/comments/normalize';

const label = (text: string, creatorHandle?: string) => classifyComment(text, { creatorHandle });

describe('generic comments (domain.md signals; no labelled set exists)', () => {
  test.each([
    ['😍😍😍', 'emoji only'],
    ['🔥', 'emoji only'],
    ['❤️❤️', 'emoji only'],
    ['!!!', 'no words'],
    ['', 'no words'],
    ['@anna_k', 'mention only'],
    ['@anna_k @bob 😂', 'mention only'],
    ['nice pic', 'generic praise'],
    ['Wow', 'generic praise'],
    ['love this 🔥', 'generic praise'],
    ['So beautiful!!', 'generic praise'],
    ['great post', 'generic praise'],
    ['¡Qué bonita!', 'generic praise'], // es
    ['Magnifique 😍', 'generic praise'], // fr
    ['Que linda, amei', 'generic praise'], // pt
    ['Wunderschön', 'generic praise'], // de
    ['Bellissima foto', 'generic praise'], // it
    ['𝐍𝐢𝐜𝐞 𝐩𝐢𝐜', 'generic praise'], // mathematical bold letters fold to plain ones
  ])('%j → generic (%s)', (text, reason) => {
    expect(label(text)).toEqual({ label: 'generic', reasons: [reason] });
  });
});

describe('spam comments', () => {
  test.each([
    ['Check my bio for a collab 💕', 'promotion'],
    ['DM us to collab! Promote it on @shoutout_page', 'promotion'],
    ['Follow me for daily tips', 'promotion'],
    ['Subscribe to my channel please', 'promotion'],
    ['Sígueme y te sigo', 'promotion'],
    ['visit https://cheap-followers.example.com now', 'link'],
    ['best deals at shopnow.xyz', 'link'],
    ['I made $5000 in a week thanks to @invest_with_anna', 'scam'],
    ['Invest with @crypto_queen_fx and earn 10k weekly profit', 'scam'],
    ['All thanks to #sarah_grosvenor___ I received my payout', 'testimonial'],
    ['@someone inbox me, I can help you recover your hacked account', 'private'],
    ['send 0.1 eth to 0x52908400098527886e0f7030069857d2e4169ee7 and get 1 back', 'crypto'],
    ['Contact me on WhatsApp +1 (555) 123-4567 for bitcoin mining', 'money'],
    ['@trades_with_felicia', 'trading or investment account'],
  ])('%j → spam (%s)', (text, reason) => {
    const c = label(text);
    expect(c.label).toBe('spam');
    expect(c.reasons.join(' ')).toContain(reason);
  });
});

describe('genuine comments', () => {
  test.each([
    'The colour mixing tip at minute 3 finally fixed my muddy greens, thank you!',
    'Where did you get that jacket? I have been looking for one like it',
    'I tried this recipe with oat milk and it worked really well',
    '@anna_k we should go to this place next summer',
    'Me encanta cómo explicas la técnica, ¿qué pincel usas?',
    "J'ai testé ta recette hier soir, un vrai succès avec les enfants",
    'Quanto tempo leva para secar a tinta?',
    'Welche Kamera benutzt du für diese Aufnahmen?',
    'Ho provato questa ricetta ieri sera ed era buonissima',
    'I made the same mistake with my first painting haha',
  ])('%j → genuine', (text) => {
    expect(label(text).label).toBe('genuine');
  });

  test('the creator mentioned in a praise comment is not a third-party redirect', () => {
    expect(
      label('thanks to @creator I finally invested in good brushes', 'creator').reasons.join(' '),
    ).not.toContain('another account');
  });
});

describe('copy-paste across posts', () => {
  const text = 'Amazing content, keep going and check the new wave of creators';
  test('the same text on two posts is spam; once is not', () => {
    const out = classifyComments([
      { text, postId: 'a', author: 'x' },
      { text: `${text} 🔥`, postId: 'b', author: 'y' },
      { text: 'Where did you buy this lamp?', postId: 'a', author: 'z' },
    ]);
    expect(out.map((c) => c.label)).toEqual(['spam', 'spam', 'genuine']);
    expect(out[0]!.reasons.join(' ')).toContain('copy-pasted');
    expect(
      classifyComments([{ text, postId: 'a', author: 'x' }])[0]!.reasons.join(' '),
    ).not.toContain('copy-pasted');
  });

  test('short generic repeats ("nice pic") stay generic', () => {
    const out = classifyComments([
      { text: 'nice pic', postId: 'a', author: 'x' },
      { text: 'nice pic', postId: 'b', author: 'y' },
    ]);
    expect(out.map((c) => c.label)).toEqual(['generic', 'generic']);
  });

  test('classifyComment sees copies among otherTexts', () => {
    expect(classifyComment(text, { otherTexts: [text.toUpperCase()] }).reasons.join(' ')).toContain(
      'copy-pasted',
    );
  });
});

describe('normalisation of exported comments', () => {
  test.each([
    ['\uFEFFHello<br />World', 'hello world'],
    ['Tom &amp; Jerry &#39;s', "tom & jerry 's"],
    ['<a href="http://x.example.com/y">link</a>', 'http://x.example.com/y link'],
    ['Ｆｕｌｌｗｉｄｔｈ', 'fullwidth'],
    ['Café  CRÈME', 'cafe creme'],
    ['I <3 it', 'i <3 it'],
  ])('%j → %j', (raw, norm) => {
    expect(normalizeComment(raw)).toBe(norm);
  });
});
