import { describe, expect, test } from 'vitest';
import { deobfuscate } from '../../../../lib/rules/comments/deobfuscate';
import { normalizeComment } from '../../../../lib/rules/comments/normalize';
import { prepare } from '../../../../lib/rules/comments/classify';

const clean = (raw: string) => deobfuscate(normalizeComment(raw));

describe('what spammers do to dodge filters is undone', () => {
  test.each([
    ['F o l l o w me', 'follow me'],
    ['f.o.l.l.o.w back', 'follow back'],
    ['f-r-e-e likes', 'free likes'],
    ['f*o*l*l*o*w me', 'follow me'],
    ['f*o*l*l*o*w 😍', 'follow 😍'],
    ['f🔥o🔥l🔥l🔥o🔥w', 'follow'],
    ['l💋i💋n💋k in bio', 'link in bio'],
    ['cheaplikes dot com', 'cheaplikes.com'],
    ['b i t . l y / freegift', 'bit.ly / freegift'],
    ['g e t . c a s h now', 'get.cash now'],
    ['w w w . cashnow . fr', 'www.cashnow . fr'],
    ['w.w.w. cashnow . fr', 'www.cashnow . fr'],
    ['visit www . cashnow . fr', 'visit www.cashnow . fr'],
    ['cheaplikes (dot) com', 'cheaplikes.com'],
    ['cheaplikes[.]com/x', 'cheaplikes.com/x'],
    ['seguidores punto com', 'seguidores.com'],
    ['kolay-para nokta com', 'kolay-para.com'],
    ['cuanmudah titik net', 'cuanmudah.net'],
    ['obserwuj kropka com', 'obserwuj.com'],
    ['echte follower auf likeshop punkt com', 'echte follower auf likeshop.com'], // de
    ['tanie-lajki punkt com', 'tanie-lajki.com'], // pl
    ['volg likes punt com', 'volg likes.com'], // nl
    ['fоllоwеrs', 'followers'], // Cyrillic о and е among Latin letters
    ['ϝree fοllοwers', 'ϝree followers'], // Greek ο
  ])('%j → %j', (raw, text) => {
    expect(clean(raw)).toEqual({ text, changed: true });
  });

  test.each([
    'i love it 😍😍 so much',
    '@anna_smith yes',
    'a b c',
    'привет как дела', // all-Cyrillic words are left alone
    'καλημέρα σε όλους',
    'see you at 5.30',
    'the dot on the map is my town',
    'i . e . the same',
    'wow . that was fast',
    'a b c . and then',
    'what a point',
    'der punkt ist wichtig',
    'titik fokus kameranya pas banget',
    'nokta koymayı unutmuşsun',
    // A star inside a word masks a swear word: people do that, spammers dodging filters do not.
    'holy sh*t that transition 😭',
    'anj*nk keren banget 😂',
    'sch**ße ist das schön ❤️',
    'this is so f***ing cute',
  ])('%j is left as it is', (raw) => {
    expect(clean(raw)).toEqual({ text: normalizeComment(raw), changed: false });
  });

  test('fancy Unicode fonts fold to plain letters and count as disguise', () => {
    const p = prepare('𝖋𝖗𝖊𝖊 𝖋𝖔𝖑𝖑𝖔𝖜𝖊𝖗𝖘');
    expect(p.norm).toBe('free followers');
    expect(p.dense[2]).toBe(1);
    expect(prepare('free followers').dense[2]).toBe(0);
  });

  test.each([
    ['🅿🅻🅴🅰🆂🅴 follow me', 'please follow me'], // negative squared
    ['🅿️🅻🅴🅰️🆂🅴 follow', 'please follow'], // with emoji presentation selectors
    ['🅕🅡🅔🅔 likes', 'free likes'], // negative circled
    ['ꜰʀᴇᴇ ꜰᴏʟʟᴏᴡᴇʀꜱ ɴᴏᴡ', 'free followers now'], // small capitals
    ['main di KYT4️⃣D', 'main di kyt4d'], // a keycap digit inside a word
    ['P͎U͎L͎A͎U͎W͎I͎N͎ tempat', 'pulauwin tempat'], // a combining mark under every letter
    ['W̶I̶N̶ hari ini', 'win hari ini'], // struck through
  ])('drawn letters %j read as %j and count as disguise', (raw, norm) => {
    const p = prepare(raw);
    expect(p.norm).toBe(norm);
    expect(p.dense[2]).toBe(1);
  });

  test.each([
    ['🅿️ parking at the back', '🅿️ parking at the back'], // one alone is an emoji
    ['1️⃣ first the base coat', '1️⃣ first the base coat'],
    ['🅰️🆎 blood drive today', '🅰️🆎 blood drive today'], // 🆎 is no letter: nothing to read
    ['Việt Nam đẹp quá', 'viet nam đep qua'], // accents as people type them
    ['Ca\u0301fe\u0301 con leche', 'cafe con leche'], // decomposed accents, not on every letter
  ])('%j is no disguise', (raw, norm) => {
    const p = prepare(raw);
    expect(p.norm).toBe(norm);
    expect(p.dense[2]).toBe(0);
  });
});

describe('digits written for letters inside words are read as the words', () => {
  test.each([
    ['S3l0t G4C0r hari ini', 'selot gacor hari ini', true], // id
    ['get real f0ll0w3rs', 'get real followers', true], // en
    ['fr33 m0ney for everyone', 'free money for everyone', true], // the sure word reads its neighbour
    ['gana d1n3r0 desde casa', 'gana dinero desde casa', true], // es
    ['s3gu1d0r3s grátis', 'seguidores gratis', true], // pt
    ['t4k1pç1 al', 'takipci al', true], // tr, after the accents fold
    ['l1ke and f0ll0w', 'like and follow', true],
    // One digit is read, but one alone may be how a name is spelled: no disguise.
    ['main di g4cor', 'main di gacor', false],
    ['m0ney talks', 'money talks', false],
  ])('%j → %j (disguise: %s)', (raw, text, disguised) => {
    expect(clean(raw).text).toBe(text);
    expect(prepare(raw).dense[2]).toBe(disguised ? 1 : 0);
  });

  test.each([
    '2024 was the year',
    'hit 10k today!!',
    'my iphone15 camera is better',
    'b2b sales tips',
    '4ever in my heart',
    'the bmw m3 sounds insane',
    'my mp3s from 2009',
    'the gpt4o answer was wrong',
    'sama2 kak, orang2 pada kata2nya begitu', // Indonesian writes 2 for a repeated word
    'pakai rodin3d dan axes3d', // a digit and one final letter: units and names
    'kyt4d', // the lottery's "4d" stays as written
    'covid19 was hard on us',
    'alexis17 and mandalika77', // digits at the end of a name
    'see https://youtu.be/p7qx3ab0f',
    'mail me: j0hn@mail.com',
    'version 1.0.3 at 5pm',
    'w pełni 5.5 / 10',
    'h264 vs h265',
  ])('%j keeps its digits', (raw) => {
    expect(clean(raw).text).toBe(normalizeComment(raw));
    expect(prepare(raw).dense[2]).toBe(0);
  });
});
