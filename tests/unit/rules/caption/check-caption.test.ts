import { describe, expect, test } from 'vitest';
import { checkCaption } from '../../../../lib/rules/caption/check-caption';
import { PLATFORMS } from '../../../../lib/model/platforms';
import { approvalDue } from '../../../../lib/rules/caption/due-date';

const disclosure = (caption: string, platform: 'instagram' | 'tiktok' | null = 'instagram') =>
  checkCaption({ caption, platform }).disclosure;

describe('disclosure: found in every language, as whole tags', () => {
  test.each([
    ['#ad Loving my new paints', '#ad', 0],
    ['Loving my new paints #AD', '#AD', 21],
    ['New kit! #sponsored', '#sponsored', 9],
    ['My kit #PaidPartnership', '#PaidPartnership', 7],
    ['Paid partnership with Acme: my kit', 'Paid partnership', 0],
    ['Made in partnership with @acme', 'in partnership with', 5],
    ['Mi kit nuevo #publi', '#publi', 13],
    ['Mi kit #publicidad', '#publicidad', 7],
    ['Meu kit #publicidade', '#publicidade', 8],
    ['Meu kit #parceria', '#parceria', 8],
    ['Mon kit #sponsorisé', '#sponsorisé', 8],
    ['Mon kit #Partenariat', '#Partenariat', 8],
    ['Mein Set #Anzeige', '#Anzeige', 9],
    ['Anzeige | Mein neues Set', 'Anzeige', 0],
    ['Mein Set #werbung', '#werbung', 9],
    ['Il mio kit #adv', '#adv', 11],
    ['Il mio kit #sponsorizzato', '#sponsorizzato', 11],
    ['Il mio kit #collaborazione', '#collaborazione', 11],
    ['Il mio kit #pubblicità', '#pubblicità', 11],
    ['Mijn set #samenwerking', '#samenwerking', 9],
    ['Mój zestaw #Współpraca', '#Współpraca', 11],
    ['Yeni setim #işbirliği', '#işbirliği', 11],
    ['Ücretli ortaklık · yeni setim', 'Ücretli ortaklık', 0],
    ['Set baruku #iklan', '#iklan', 11],
    ['新しいセット #広告', '#広告', 7],
    ['本日はプロモーションを含みます', 'プロモーションを含みます', 3],
    // a disclosure word written as a label: opening the caption or a line, or in brackets
    ['Reklam: Acme ile yeni setim', 'Reklam', 0],
    ['AD | Loving my new kit', 'AD', 0],
    ['Reklama – nowy zestaw', 'Reklama', 0],
    ['Реклама. Новый набор', 'Реклама', 0],
    ['New kit!\nPublicidad: gracias Acme', 'Publicidad', 9],
    ['[Werbung] Mein neues Set', 'Werbung', 1],
    ['Love my new kit (ad)', 'ad', 17],
    ['【PR】新しいセット', 'PR', 1],
    ['Nytt kit #reklam', '#reklam', 9],
    ['Uusi setti #mainos', '#mainos', 11],
    ['Nový set #spolupráce', '#spolupráce', 9],
    ['Kaupallinen yhteistyö: Acme', 'Kaupallinen yhteistyö', 0],
    ['Platené partnerstvo s Acme', 'Platené partnerstvo', 0],
    ['Partnership pagata con Acme', 'Partnership pagata', 0],
    ['Новый набор #реклама', '#реклама', 12],
    ['새로운 키트 #광고', '#광고', 7],
    ['新套装 付费合作', '付费合作', 4],
  ])('%j → %j at %i', (caption, tag, position) => {
    expect(disclosure(caption)).toMatchObject({ found: true, tag, position });
  });

  test.each([
    'Off on an #adventure with my paints',
    '#advice for beginners: wet on wet',
    'My #ads_free life',
    'Read my #adverts_review',
    'Watch #AdamSandler paint',
    'Bad ad-hoc palette (#badday)',
    '#sponsoredby nobody, just love it',
    'We want a partnership someday',
    'New deadlift #PR today',
    'My PR team says hi',
    'PROMO: 20% off my own merch this week',
    'I hate ads: they ruin reels',
    'Ad',
    'ad',
    '',
  ])('%j: no disclosure', (caption) => {
    expect(disclosure(caption)).toEqual({
      found: false,
      tag: null,
      position: null,
      beforeCutoff: null,
    });
  });

  test('the position counts what a reader sees: an emoji or accented letter is one character', () => {
    expect(disclosure('🎨🎨 Café #ad')).toMatchObject({ tag: '#ad', position: 8 });
    expect(disclosure('ｆａｎｃｙ #ａｄ')).toMatchObject({ found: true, position: 6 });
  });
});

describe('disclosure before the "more" cut-off, per platform', () => {
  const pad = (n: number) => 'x'.repeat(n);
  test.each([
    ['instagram', `${pad(121)} #ad`, true],
    ['instagram', `${pad(122)} #ad`, false],
    ['tiktok', `${pad(96)} #ad`, true],
    ['tiktok', `${pad(97)} #ad`, false],
  ] as const)('%s, %j chars', (platform, caption, before) => {
    expect(caption.length > PLATFORMS[platform].captionCutoff - 5).toBe(true);
    expect(disclosure(caption, platform).beforeCutoff).toBe(before);
  });
  test('no platform given: the cut-off is unknown, not guessed', () => {
    expect(disclosure(`${pad(300)} #ad`, null)).toMatchObject({ found: true, beforeCutoff: null });
  });
  test('a hidden disclosure is a problem that names the cut-off', () => {
    const r = checkCaption({ caption: `${pad(200)} #ad`, platform: 'instagram' });
    expect(r.problems).toEqual([expect.stringMatching(/after the first 125 characters/)]);
  });
});

describe('code, link, brand, competitors, excluded topics', () => {
  const brief = {
    name: 'Spring kit',
    brand: 'Acme Paints',
    competitors: ['Winsor & Newton', 'Sakura'],
    excludedTopics: ['gambling', 'alcohol'],
  };
  test.each([
    ['Use code MAYA15 for 15% off #ad', 'MAYA15', true],
    ['use code maya15! #ad', 'MAYA15', true],
    ['Use code MAYA150 #ad', 'MAYA15', false],
    ['Use code XMAYA15 #ad', 'MAYA15', false],
    ['No code here #ad', 'MAYA15', false],
  ])('code in %j (%s) → %s', (caption, code, found) => {
    expect(checkCaption({ caption, code }).code).toBe(found);
  });
  test.each([
    [
      'Shop: https://acme.com/kit?utm_content=maya #ad',
      'https://acme.com/kit?utm_content=maya',
      true,
    ],
    ['Shop: www.ACME.com/kit?utm_content=maya. #ad', 'acme.com/kit?utm_content=maya', true],
    ['Shop: acme.com/kit #ad', 'https://acme.com/kit?utm_content=maya', false],
    ['Shop: acme.com/kit?utm_content=MAYA #ad', 'https://acme.com/kit?utm_content=maya', false],
  ])('link in %j (%s) → %s', (caption, link, found) => {
    expect(checkCaption({ caption, link }).link).toBe(found);
  });
  test('a caption that sends to the link in bio says to check the bio', () => {
    const r = checkCaption({ caption: 'Link in bio! #ad', link: 'https://acme.com/k' });
    expect(r.link).toBe(false);
    expect(r.problems).toEqual([expect.stringMatching(/link in bio/)]);
  });
  test.each([
    ['Painting with Acme Paints today #ad', true],
    ['Painting with ACME   paints today #ad', true],
    ['Thanks @acmepaints #ad', true],
    ['#AcmePaints haul #ad', true],
    ['Thanks @acmepaintsofficial #ad', true],
    ['Collaborazione commerciale con @acme.paints', true],
    ['Gracias @acme_paints.mx #publi', true],
    ['Thanks @acmepaintsofficial_fans #ad', false],
    // a regional account: the name then "_" or "." and a two-letter country or language code
    ['Mi menú de @acmepaints_es ya disponible #publi', true],
    ['Thanks @acmepaints.uk #ad', true],
    ['Thanks @acmepaints_fans #ad', false],
    ['Painting with Acme today #ad', false],
  ])('brand in %j → %s', (caption, named) => {
    expect(checkCaption({ caption, brief }).brand).toBe(named);
  });
  test('competitors and excluded topics are listed and each is a problem', () => {
    const r = checkCaption({
      caption: 'Better than my old Winsor & Newton set, and #sakura pens. Gambling night! #ad',
      brief,
    });
    expect(r.competitors).toEqual(['Winsor & Newton', 'Sakura']);
    expect(r.excludedTopics).toEqual(['gambling']);
    expect(r.problems).toEqual([
      'The brand (Acme Paints) is not named',
      'Mentions a competitor: Winsor & Newton',
      'Mentions a competitor: Sakura',
      'Mentions an excluded topic: gambling',
    ]);
  });
  test('what was not given is null, not a pass', () => {
    expect(checkCaption({ caption: '#ad my kit' })).toEqual({
      disclosure: { found: true, tag: '#ad', position: 0, beforeCutoff: null },
      code: null,
      link: null,
      brand: null,
      competitors: [],
      excludedTopics: [],
      problems: [],
    });
  });
});

test('a draft is due 24 hours before publishing', () => {
  expect(approvalDue(new Date('2026-05-10T18:00:00Z')).toISOString()).toBe(
    '2026-05-09T18:00:00.000Z',
  );
});
