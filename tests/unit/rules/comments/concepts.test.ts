import { describe, expect, test } from 'vitest';
import { classifyComment, prepare } from '../../../../lib/rules/comments/classify';
import {
  CONCEPT_NAMES,
  conceptEntries,
  FILTER_MASK,
  HashTable,
} from '../../../../lib/rules/comments/concept-index';
import { wordSpans } from '../../../../lib/rules/comments/word-spans';
import { scan } from '../../../../lib/rules/comments/scan';
import { conceptInput, DENSE } from '../../../../lib/rules/comments/dense-inputs';

/**
 * Words of one meaning across languages (concept-words.ts): each word of a comment that belongs to
 * a concept adds the concept as an input of the model, so what it learned of "followers" carries
 * over to a language it has no examples of.
 */

/** The concepts of the words of `text`, as "word=concept". */
function conceptsOf(text: string): string[] {
  const abstract = prepare(text, null).abstract;
  const s = wordSpans(abstract);
  const out: string[] = [];
  for (let i = 0; i < s.count; i++) {
    const k = conceptInput(s, i);
    const from = s.start[s.paired[i] ? i - 1 : i];
    if (k >= 0) out.push(`${abstract.slice(from, s.end[i])}=${CONCEPT_NAMES[k - DENSE.length]}`);
  }
  return out;
}

describe('the list', () => {
  test('its filter has the mask features.ts writes as a literal in its hottest loop', () => {
    expect(FILTER_MASK).toBe(0xffff);
  });

  test('its hash table finds every key it holds, whatever its sign or slot, and no other', () => {
    // Keys that share their slot in a table of 16 (the low bits equal), negative ones and 0.
    const entries = new Map([
      [0, 3],
      [16, 4],
      [32, 5],
      [-1, 6],
      [0x7fffffff, 7],
      [-0x80000000, 0],
    ]);
    const table = new HashTable(entries);
    for (const [key, id] of entries) expect(table.get(key)).toBe(id);
    for (const key of [1, 48, -2, 0x7ffffffe, 17]) expect(table.get(key)).toBe(-1);
  });

  test('fits the bit set that holds a comment’s concepts', () => {
    expect(CONCEPT_NAMES.length).toBeGreaterThan(0);
    expect(CONCEPT_NAMES.length).toBeLessThanOrEqual(31);
  });

  test('every word belongs to one concept only, once normalised, and a stem has four Latin or Cyrillic letters (two characters in other scripts)', () => {
    const seen = new Map<string, string>();
    for (const [id, word, stem] of conceptEntries()) {
      const key = `${word}${stem ? '*' : ''}`;
      expect(seen.get(key), key).toBeUndefined();
      seen.set(key, CONCEPT_NAMES[id]!);
      if (stem)
        expect([...word].length, word).toBeGreaterThanOrEqual(
          /^[\p{Script=Latin}\p{Script=Cyrillic}]+$/u.test(word) ? 4 : 2,
        );
      // One word, or two read in a row ("kiem tien"); a stem is one word.
      expect(word.split(' ').length, word).toBeLessThanOrEqual(stem ? 1 : 2);
    }
  });
});

describe('reading the concepts of a comment', () => {
  test('a stem reads every word that starts with it, in any language', () => {
    expect(conceptsOf('Takipçilerim çok az, ücretsiz takipçi')).toEqual([
      'takipcilerim=followers',
      'ucretsiz=free',
      'takipci=followers',
    ]);
    expect(conceptsOf('подписчики бесплатно')).toEqual(['подписчики=followers', 'бесплатно=free']);
    expect(conceptsOf('Koop echte VOLGERS')).toEqual(['koop=buy', 'volgers=followers']);
  });

  test('a whole word is read only whole: "linkedin" is not "link", "freedom" not "free"', () => {
    expect(conceptsOf('link in bio')).toEqual(['bio=bio']);
    expect(conceptsOf('linkedin freedom biology')).toEqual([]);
  });

  test('after an elided article and before a suffix written with an apostrophe', () => {
    expect(conceptsOf("vente d'abonnés")).toEqual(['vente=buy', "d'abonnes=followers"]);
    expect(conceptsOf("DM'den yaz")).toEqual(["dm'den=message"]);
  });

  test('in scripts written without spaces, a change of script ends a word', () => {
    expect(conceptsOf('フォロワーを増やしたい方はプロフィールのリンクへ')).toEqual([
      'フォロワー=followers',
      'プロフィール=bio',
    ]);
    expect(conceptsOf('DMください')).toEqual(['dm=message']);
    const s = wordSpans(prepare('フォロワーを増やす', null).abstract);
    expect(s.count).toBe(4);
    expect(scan('フォロワーを増やしたい方はプロフィールのリンクへ').wordCount).toBe(10);
    expect(scan('hello wörld 123abc').wordCount).toBe(3);
  });

  test('in Arabic, behind the clitics written joined to a word, and with or without a hamza', () => {
    // "likes and views at a cheap price": "and" (و) and "with" (ب) are written joined to the word.
    expect(conceptsOf('لايكات ومشاهدات بسعر رخيص')).toEqual([
      'لايكات=likesViews',
      'ومشاهدات=likesViews',
      'بسعر=price',
      'رخيص=cheap',
    ]);
    // "with the collaboration", "for the followers": the article (ال) too, and "لل".
    expect(conceptsOf('بالتعاون للمتابعين')).toEqual(['بالتعاون=collab', 'للمتابعين=followers']);
    // "أربح" (earn) is written with a hamza or without: both read as "اربح".
    expect(conceptsOf('أربح')).toEqual(['اربح=earn']);
    expect(conceptsOf('اربح')).toEqual(['اربح=earn']);
    // A word that merely starts with one of those letters is not cut: "بيت" (house), "لون" (colour).
    expect(conceptsOf('بيت لون وردة')).toEqual([]);
  });

  test('Turkish asks for a follow back in two words, and writes bio with a suffix', () => {
    expect(conceptsOf('takip et geri takip ederim, link bioda')).toEqual([
      'takip et=followBack',
      'geri takip=followBack',
      'bioda=bio',
    ]);
    expect(conceptsOf('follow me, follow back')).toEqual([
      'follow me=followBack',
      'follow back=followBack',
    ]);
    // "I have followed you for years": a fan, no concept.
    expect(conceptsOf('seni yıllardır takip ediyorum')).toEqual([]);
  });

  test('two words in a row as one entry, quoted as both', () => {
    expect(conceptsOf('Kiếm tiền online tại nhà')).toEqual(['kiem tien=earn']);
    // "kiểm" (check) folds to "kiem" too: alone it is no concept.
    expect(conceptsOf('kiểm tra giúp mình')).toEqual([]);
    expect(conceptsOf('tiền nhà tháng này')).toEqual([]);
  });

  test('in Thai, Lao, Khmer and Myanmar text the words are found first', () => {
    // "Pump cheap followers, message me": written without a space between its words.
    expect(conceptsOf('ปั๊มผู้ติดตามราคาถูก ทักมาเลยค่ะ')).toEqual([
      'ผู้ ติดตาม=followers',
      'ราคา=price',
      'ราคา ถูก=cheap',
      'ทัก=message',
    ]);
    expect(scan(prepare('สวยมากค่ะ', null).norm).wordCount).toBe(3);
  });

  test('in languages no training set holds: Persian, Greek (accents folded), Hebrew, Swedish', () => {
    expect(conceptsOf('خرید فالوور ارزان')).toEqual([
      'خرید=buy',
      'فالوور=followers',
      'ارزان=cheap',
    ]);
    expect(conceptsOf('Αγοράστε ακόλουθους φθηνά')).toEqual([
      'αγοραστε=buy',
      'ακολουθους=followers',
      'φθηνα=cheap',
    ]);
    expect(conceptsOf('קנו עוקבים בזול')).toEqual(['קנו=buy', 'עוקבים=followers', 'בזול=cheap']);
    expect(conceptsOf('Köp följare billigt')).toEqual([
      'kop=buy',
      'foljare=followers',
      'billigt=cheap',
    ]);
  });

  test('disguised letters are read once undone', () => {
    expect(conceptsOf('f.o.l.l.o.w.e.r.s gratis')).toEqual(['followers=followers', 'gratis=free']);
  });
});

describe('the model carries a concept to languages it has no examples of', () => {
  // Dutch, Polish and Tagalog: none of the training sets holds comments in them.
  const SPAM = [
    'Wil je gratis volgers? Bekijk mijn bio',
    'Koop echte volgers en likes, snelle levering! Stuur een DM',
    'Kup tanie polubienia i obserwujących, szybka dostawa, link w bio',
    'Libreng followers! I-click ang link sa bio',
  ];
  const GENUINE = [
    'Mooie foto, waar is dit genomen?',
    'Piękne zdjęcie! Gdzie to jest?',
    'Ang ganda ng kuha mo, saan ito?',
    'Ik heb dit gisteren geprobeerd en het werkte echt goed',
  ];

  test('at least 3 of 4 spam comments called spam, each with the words that make it spam', () => {
    const caught = SPAM.map((text) => classifyComment(text)).filter((c) => c.label === 'spam');
    expect(
      caught.length,
      `missed: ${SPAM.filter((t) => classifyComment(t).label !== 'spam').join(' | ')}`,
    ).toBeGreaterThanOrEqual(3);
    // Quoted alone, or as a pair of concepts (concept-pairs.test.ts).
    for (const c of caught)
      expect(c.reasons.join('; ')).toMatch(/words typical of spam: '|: '.+' with '.+'/);
  });

  test.each(GENUINE)('not spam: %s', (text) => {
    expect(classifyComment(text).label).not.toBe('spam');
  });

  test('a reason quotes the word of a concept as written in the comment', () => {
    expect(classifyComment('Wil je gratis volgers? Bekijk mijn bio').reasons.join()).toMatch(
      /'volgers'|'gratis'/,
    );
  });
});
