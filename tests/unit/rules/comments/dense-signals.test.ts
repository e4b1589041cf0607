import { describe, expect, it } from 'vitest';
import '../../../../lib/i18n/english';
import { prepare } from '../../../../lib/rules/comments/classify';
import { DENSE, type DenseName } from '../../../../lib/rules/comments/dense-inputs';

const input = (text: string, name: DenseName): number =>
  prepare(text, null).dense[DENSE.findIndex(([n]) => n === name)]!;

describe('money credited to another account', () => {
  it.each([
    'i made $5,000 with the help of #__charlotte_james_',
    'All thanks to @mrs.jennifer_fx for growing my $500 to $7,800 in 7 days',
    'Gané 3000 pesos en una semana gracias a @inversiones_laura',
    'received 2btc after investing with #erminia_fx',
  ])('%s', (text) => expect(input(text, 'moneyToAccount')).toBe(1));

  it.each([
    'I paid $40 for this palette and it was worth it',
    '@anna it costs $20 at the market',
    'thanks @studio_glow for the tutorial, loved it',
  ])('not: %s', (text) => expect(input(text, 'moneyToAccount')).toBe(0));
});

describe('a name of letters joined to digits', () => {
  it.each([
    'main di visi4d pasti wd',
    'Raih kemenangan besar dengan Pulau777!',
    'coba deh sekali Jptogel77 dijamin',
    'daftar di 188bet sekarang',
    'KYT4D selalu di belakangmu',
  ])('%s', (text) => expect(input(text, 'siteName')).toBe(1));

  it.each([
    'anyone here in 2015?',
    '@anna22 look at this',
    'the iPhone 15 camera is unreal',
    'gta6 when',
    'visit www.shop24.de',
    'it is 20 degrees',
  ])('not: %s', (text) => expect(input(text, 'siteName')).toBe(0));
});
