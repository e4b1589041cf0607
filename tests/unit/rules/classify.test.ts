import { describe, expect, test } from 'vitest';
import {
  classifyComment,
  classifyComments,
  UNSURE_BELOW,
} from '../../../lib/rules/comments/classify';
import { normalizeComment } from '../../../lib/rules/comments/normalize';
import { isGenericWord, signalsOf } from '../../../lib/rules/comments/signals';

const label = (text: string, creatorHandle?: string) => classifyComment(text, { creatorHandle });

describe('comments without words are generic, whatever the model says', () => {
  test.each([
    ['😍😍😍', 'emoji only'],
    ['🔥', 'emoji only'],
    ['❤️❤️', 'emoji only'],
    ['!!!', 'no words'],
    ['', 'no words'],
    ['@anna_k', 'only tags someone'],
    ['@anna_k @bob 😂', 'only tags someone'],
  ])('%j → generic (%s)', (text, reason) => {
    expect(label(text)).toMatchObject({ label: 'generic', reasons: [reason] });
  });
});

describe('certain rules', () => {
  test.each([
    ['visit https://cheap-followers.example.com now', 'contains a link'],
    ['best deals at shopnow.xyz', 'contains a link'],
    ['real followers at boostgram dot com', 'contains a link'],
    ['earn online, visit therglove.blogspot.in/2013/08/blog-post.html', 'contains a link'],
    ['she loves it. trojmiasto.pl/vena-bus-taxi.html', 'contains a link'],
    [
      'send 0.1 eth to 0x52908400098527886e0f7030069857d2e4169ee7 and get 1 back',
      'crypto wallet address',
    ],
  ])('%j → spam (%s), confidence 1', (text, reason) => {
    const c = label(text);
    expect(c.label).toBe('spam');
    expect(c.reasons).toContain(reason);
    expect(c.confidence).toBe(1);
  });

  test.each([
    'rated it 9/10, and/or 50/50 on the sequel',
    'loved the part at 3.40pm/4pm lol',
    'ask @shop.pl/anna for the size',
  ])('%j: slashes that are no address are no link', (text) => {
    expect(label(text).reasons).not.toContain('contains a link');
  });

  test('a link to the video itself (YouTube share) is no rule', () => {
    expect(label('0:42 https://youtu.be/abc?t=42 this part').reasons).not.toContain(
      'contains a link',
    );
  });
});

describe('every label has a reason a marketer reads', () => {
  test.each([
    'Get 10k real followers cheap, DM @growfast_promo',
    'nice 🔥',
    'Where did you get that jacket? I have been looking for one like it',
    'qwxz vbnm plok',
    'Wunderschön',
  ])('%j', (text) => {
    const c = label(text);
    expect(c.reasons.length).toBeGreaterThan(0);
    for (const r of c.reasons) {
      expect(r).not.toMatch(/\bp ?=|logit|bucket|\d\.\d{3}/);
      expect(r.length).toBeGreaterThan(3);
    }
    expect(c.confidence).toBeGreaterThan(0);
    expect(c.confidence).toBeLessThanOrEqual(1);
  });

  test('a model label below the unsure line says so first', () => {
    const texts = ['qwxz vbnm plok', 'ok so', 'hmm', 'la la la', 'tbh idk', 'new here'];
    const unsure = texts.map((t) => label(t)).filter((c) => c.confidence < UNSURE_BELOW);
    for (const c of unsure) expect(c.reasons[0]).toMatch(/^unsure: \d+% (spam|generic|genuine)$/);
    const sure = texts.map((t) => label(t)).filter((c) => c.confidence >= UNSURE_BELOW);
    for (const c of sure) expect(c.reasons[0]).not.toMatch(/^unsure/);
  });

  test('spam from the model quotes words of the comment behind it', () => {
    const text = 'Buy real followers and likes cheap, fast delivery, DM now';
    const c = label(text);
    expect(c.label).toBe('spam');
    const quoted = /words typical of spam: (.*)$/.exec(c.reasons.join('; '))?.[1] ?? '';
    const words = [...quoted.matchAll(/'([^']+)'/g)].map((m) => m[1]!);
    expect(words.length).toBeGreaterThan(0);
    for (const w of words) expect(text.toLowerCase()).toContain(w);
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
    // Quote marks written for an apostrophe, in plain ASCII text as in any other.
    ['I can`t stop', "i can't stop"],
    ['I can`t stop 😂', "i can't stop 😂"],
    ['It’s  great\uFEFF', "it's great"],
    ['Check  the views \uFEFF', 'check the views'],
  ])('%j → %j', (raw, norm) => {
    expect(normalizeComment(raw)).toBe(norm);
  });
});

describe('a few words of praise are generic in the languages of the praise lists (phrases/)', () => {
  test.each([
    'Mantap bro 👍👍',
    'Keren banget kak',
    'Çok güzel 😍',
    'Prachtig!',
    'Piękne zdjęcie',
    'Очень красиво',
    'جميل جدا',
    '사진 너무 예뻐요',
    'Ang galing mo idol',
    'Bahut badhiya bhai',
    'かわいい！',
    '太好看了',
  ])('%s → generic', (text) => {
    expect(label(text).label).toBe('generic');
  });

  test.each([
    'Очень красиво, где это снято?',
    'Keren banget kak, pakai kamera apa?',
    'Çok güzel olmuş, tarifi paylaşır mısın?',
  ])('praise with a question or something specific stays genuine: %s', (text) => {
    expect(label(text).label).toBe('genuine');
  });
});

describe('praise written long, the way people stress it, is still praise', () => {
  test.each([
    'sooo cuteee 😍',
    'Goooood',
    'prettyyy',
    'Lindaaaa ❤️',
    'Mantappp kak',
    'cantikk bgtt',
    'looove it',
  ])('%s is generic praise', (text) => {
    expect(signalsOf(normalizeComment(text)).genericPraise).toBe(true);
  });

  test.each(['all', 'class', 'bless', 'dinnerrr', 'kitchennn'])(
    'a word the lists do not hold, however written, is not: %s',
    (word) => {
      expect(isGenericWord(word)).toBe(false);
    },
  );

  test('a long word of praise among specific words stays genuine', () => {
    expect(label('sooo pretty, which lipstick is this?').label).toBe('genuine');
  });
});
