import { expect, test } from 'vitest';
import { classifyComment } from '../../../../lib/rules/comments/classify';
import { FUNCTION_WORDS } from '../../../../scripts/data/comments/function-words';

/**
 * What a marketer reads under a label: the words quoted as its reason are content words, never
 * "la", "did" or "su"; and "uses emoji", "asks a question", "very short" or "very long" are never
 * the reason a comment is spam while a stronger sign is there.
 */

const COMMENTS = [
  'Where did you get that jacket? The color is perfect for autumn',
  'Tu receta de tortilla me salvó la cena, gracias!!',
  'Salut ! Ta page est top, envoie-nous un DM pour une collaboration 🤝',
  'Che bella foto! Promuovila su @italia.feature 🇮🇹',
  'Eu amei esse look, onde comprou a saia? Ficou lindo em você',
  'Ich hab das gestern nachgemacht und es hat super funktioniert, danke für die Idee',
  'Bu videoyu @kesfet.sayfasi sayfasında paylaşalım mı? DM atın',
  'Mau penghasilan tambahan? Cek bio aku ya kak 🙏',
  'Compra seguidores reales en nuestra página 👉 @seguidores.baratos',
  'Ik heb dit gisteren geprobeerd en het werkte echt goed',
  'Want more real followers? Check my bio 🔥',
  'I tried this recipe last night and my kids finished everything lol',
  'Hey babe, we would love to work with you! DM @glowskin.official to become an ambassador 💕',
  'Раскрутка аккаунта, живые подписчики, пишите в лс',
  'Vuoi più follower? Scrivi a me e ti dico i prezzi',
  'Kerja dari rumah, dapat duit tiap hari, y cek bio',
];

const FUNCTION = new Set(
  Object.values(FUNCTION_WORDS).flatMap((words) => words.split(/\s+/).filter(Boolean)),
);

const quoted = (reason: string): string[] =>
  [...reason.matchAll(/'([^']+)'/g)].flatMap((m) => m[1]!.split(' '));

test.each(COMMENTS)('no function word is quoted as a reason: %s', (text) => {
  const { reasons } = classifyComment(text, { creatorHandle: 'creator' });
  const words = reasons.flatMap(quoted);
  // A bigram may hold one function word beside a content word ("me chama"); a lone one is never quoted.
  const alone = reasons
    .flatMap((r) => [...r.matchAll(/'([^' ]+)'/g)].map((m) => m[1]!))
    .filter((w) => FUNCTION.has(w));
  expect(alone, reasons.join(' | ')).toEqual([]);
  expect(words.every((w) => w.length > 0)).toBe(true);
  // A word of one letter ("в", "a", "y") is quoted only in a script where one character is a word.
  expect(
    alone.concat(reasons.flatMap((r) => [...r.matchAll(/'([^' ]+)'/g)].map((m) => m[1]!))),
  ).not.toContainEqual(expect.stringMatching(/^[^\u3040-\uffff]$/u));
});

const WEAK = ['uses emoji', 'asks a question', 'very short', 'very long'];

test('a weak sign is not the reason for spam beside a stronger one', () => {
  for (const text of COMMENTS) {
    const { label, reasons } = classifyComment(text, { creatorHandle: 'creator' });
    if (label !== 'spam') continue;
    const strong = reasons.filter((r) => !WEAK.includes(r));
    if (strong.length > 0)
      expect(
        reasons.filter((r) => WEAK.includes(r)),
        text,
      ).toEqual([]);
  }
  // With nothing else to say, a weak sign still says something rather than nothing.
  const { reasons } = classifyComment('🔥🔥 follow 🔥🔥', { creatorHandle: 'creator' });
  expect(reasons.length).toBeGreaterThan(0);
});
