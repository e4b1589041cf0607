import { describe, expect, test } from 'vitest';
import { emailsIn, linkInBioService, linksIn, readContact } from '../../../../lib/sites/contact';
import { readResponse } from '../instagram/fixtures';
import { readFixture } from '../tiktok/load';

/**
 * Bios: the first four are the real bios of the captured pages in tests/fixtures (nasa, illojuan,
 * the TikTok video page's author); the rest are written the way creators' bios are (synthetic).
 */
const BIOS: [bio: string, emails: string[], links: string[]][] = [
  [
    '🚀 🌎  Exploring the universe and our home planet. Verification: nasa.gov/socialmedia',
    [],
    ['https://nasa.gov/socialmedia'],
  ],
  ['Timing, saludos desde Almería', [], []],
  ['We protect aquatic life and empower communities to save our oceans.', [], []],
  ['Watercolour skies every day.\nKits below ⬇️', [], []],
  [
    '📩 collabs: Jane.Doe+biz@Gmail.COM | linktr.ee/jane.',
    ['Jane.Doe+biz@gmail.com'],
    ['https://linktr.ee/jane'],
  ],
  [
    'jane [at] gmail [dot] com · shop ⬇️ https://stan.store/jane?ref=ig',
    ['jane@gmail.com'],
    ['https://stan.store/jane?ref=ig'],
  ],
  [
    'Business: hola(at)maria.es — beacons.ai/maria',
    ['hola@maria.es'],
    ['https://beacons.ai/maria'],
  ],
  ['Mr.Smith loves e.g. things. 3.5 stars, @jane.paints on YT', [], []],
  ['www.janepaints.co.uk/shop, IG @jane.paints', [], ['https://www.janepaints.co.uk/shop']],
  ['Contacto 👉 contacto@estudio-luz.com.mx (no DMs)', ['contacto@estudio-luz.com.mx'], []],
  [
    'links: lnk.bio/ana | campsite.bio/ana | javascript:alert(1)',
    [],
    ['https://lnk.bio/ana', 'https://campsite.bio/ana'],
  ],
];

describe('contact in a bio', () => {
  test.each(BIOS)('%j', (bio, emails, links) => {
    expect(emailsIn(bio)).toEqual(emails);
    expect(linksIn(bio)).toEqual(links);
  });

  test.each([
    ['https://linktr.ee/jane', 'Linktree'],
    ['https://beacons.ai/jane', 'Beacons'],
    ['https://lnk.bio/jane', 'Lnk.Bio'],
    ['https://campsite.bio/jane', 'Campsite'],
    ['https://stan.store/jane', 'Stan'],
    ['https://jane.carrd.co/', 'Carrd'],
    ['https://www.nasa.gov/', null],
    ['https://notlinktr.ee/jane', null],
  ])('%s is a link-in-bio page: %s', (url, service) => {
    expect(linkInBioService(url)).toBe(service);
  });

  test('the contact button comes first, the bio repeats nothing, every link says where it was read', () => {
    expect(
      readContact({
        bio: 'mail me: Jane@janepaints.com • linktr.ee/jane',
        profileLink: 'https://linktr.ee/jane/',
        profileLinks: ['https://janepaints.com/kits'],
        buttonEmails: ['jane@janepaints.com', null, 'not an address'],
      }),
    ).toEqual({
      emails: [{ address: 'jane@janepaints.com', where: 'contact-button' }],
      links: [
        { url: 'https://linktr.ee/jane/', where: 'profile-link', linkInBio: 'Linktree' },
        { url: 'https://janepaints.com/kits', where: 'profile-link', linkInBio: null },
      ],
    });
  });

  test('nothing to read gives an empty contact, not a guess', () => {
    expect(readContact({ bio: null, profileLink: null })).toEqual({ emails: [], links: [] });
    expect(readContact({ bio: 'ftp://x.com <b>hi</b>', profileLink: 'not a link' }).links).toEqual(
      [],
    );
  });
});

describe('contact read from real captures', () => {
  test('Instagram web_profile_info (nasa): the website, the three bio links and the bio link', () => {
    const r = readResponse(
      'web-profile-info-2024-03.json',
      'https://www.instagram.com/nasa/',
      'https://www.instagram.com/api/v1/users/web_profile_info/?username=nasa',
    );
    expect(r.profile?.contact).toEqual({
      emails: [],
      links: [
        { url: 'https://www.nasa.gov/', where: 'profile-link', linkInBio: null },
        { url: 'http://nasa.gov/events', where: 'profile-link', linkInBio: null },
        { url: 'https://plus.nasa.gov/', where: 'profile-link', linkInBio: null },
        { url: 'https://nasa.gov/socialmedia', where: 'bio', linkInBio: null },
      ],
    });
  });

  test('TikTok profile (illojuan): the bio link without a scheme', () => {
    const r = readFixture('profile-rendered-2025-12.html', 'https://www.tiktok.com/@illojuan');
    expect(r.profile?.contact).toEqual({
      emails: [],
      links: [{ url: 'https://twitch.tv/illojuan', where: 'profile-link', linkInBio: null }],
    });
  });
});
