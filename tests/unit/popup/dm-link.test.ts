import { expect, test } from 'vitest';
import { dmLink, profileLink } from '../../../lib/popup';

test.each([
  ['instagram', 'jane.paints', 'https://ig.me/m/jane.paints'],
  ['instagram', '@Jane_Paints', 'https://ig.me/m/Jane_Paints'],
  ['tiktok', 'illojuan', 'https://www.tiktok.com/@illojuan'],
  ['tiktok', '@zoe.bakes_1', 'https://www.tiktok.com/@zoe.bakes_1'],
  ['instagram', 'a'.repeat(30), `https://ig.me/m/${'a'.repeat(30)}`],
] as const)('%s %s → %s', (platform, handle, url) => {
  expect(dmLink(platform, handle)?.url).toBe(url);
  expect(new URL(url).protocol).toBe('https:');
});

test.each([
  'javascript:alert(1)',
  'jane/../../evil',
  'jane?x=1',
  'jane#frag',
  'a b',
  '',
  '@',
  'a'.repeat(31),
  'zoë',
  '%2e%2e',
])('no link for a handle a platform could not have: %j', (handle) => {
  expect(dmLink('instagram', handle)).toBeNull();
  expect(dmLink('tiktok', handle)).toBeNull();
  expect(profileLink('instagram', handle)).toBeNull();
});

test('profile links', () => {
  expect(profileLink('instagram', 'jane.paints')).toBe('https://www.instagram.com/jane.paints/');
  expect(profileLink('tiktok', 'illojuan')).toBe('https://www.tiktok.com/@illojuan');
});

test('the link says what it opens', () => {
  expect(dmLink('instagram', 'x')?.label).toMatch(/message/i);
  expect(dmLink('tiktok', 'x')?.label).toMatch(/profile/i);
});
