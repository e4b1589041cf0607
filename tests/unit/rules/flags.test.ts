import { describe, expect, test } from 'vitest';
import { defaultRuleSettings } from '../../../lib/model/settings';
import { computeEngagement } from '../../../lib/rules/engagement/engagement';
import { disclosureOf } from '../../../lib/rules/engagement/post-marks';
import { briefFlags } from '../../../lib/rules/fit/brief-flags';
import { accountFlags } from '../../../lib/rules/flags/account';
import {
  belowBandFlag,
  likesSpreadFlag,
  redFlagRateFlag,
  sponsoredFlags,
} from '../../../lib/rules/flags/posts';
import { NOW, post, posts, reading, rounded } from './build';

const t = defaultRuleSettings.thresholds;
const ids = (flags: { id: string }[]) => flags.map((f) => f.id);

describe('account flags', () => {
  test.each([
    [1_500, 20_000, []],
    [1_501, 20_000, ['mass-following']],
    [299, 100, []],
    [400, 200, ['following-exceeds-followers']],
    [399, 200, []],
    [2_000, 500, ['mass-following', 'following-exceeds-followers']],
    [null, 500, []],
  ])('following %s, followers %s → %j', (following, followers, expected) => {
    const flags = accountFlags(reading({ following, followers }), t);
    expect(ids(flags)).toEqual(expected);
    for (const f of flags) expect(f.evidence.some((e) => e.id === 'following')).toBe(true);
  });
});

describe('likes spread', () => {
  const flagFor = (r: ReturnType<typeof reading>) =>
    likesSpreadFlag(computeEngagement(r, defaultRuleSettings, NOW.getTime()), r.posts, t);

  test.each([
    // (max − min) ÷ mean: 390 / 1000 = 0.39 → flagged; 400 / 1000 → not.
    [[805, 1195, 1000, 1000], true],
    [[800, 1200, 1000, 1000], false],
    [[1000, 1000, 1000, 1000], true],
    [[1000, 1000, 1000], false], // three posts: too few to judge
    [[0, 0, 0, 0], false], // no likes at all: nothing to compare
  ])('likes %j → flagged %s', (likes, flagged) => {
    const flag = flagFor(reading({ posts: posts(likes, likes.length, 0) }));
    expect(flag !== null).toBe(flagged);
    if (flag) expect(flag.evidence).toHaveLength(likes.length);
  });

  test('rounded like counts are not judged (they look even by construction)', () => {
    const p = [0, 1, 2, 3].map((i) => post({ likes: rounded(12_000) }, i));
    expect(flagFor(reading({ posts: p }))).toBeNull();
  });
});

describe('engagement below the band', () => {
  test('a low median is a medium flag naming the table that rated it', () => {
    const r = reading({ followers: 20_000, posts: posts([500], 5, 0) }); // 2.5%, seed micro low 3%
    const flag = belowBandFlag(computeEngagement(r, defaultRuleSettings, NOW.getTime()));
    expect(flag?.severity).toBe('medium');
    expect(flag?.message).toContain('Seed rule');
    expect(flag?.evidence).toHaveLength(5);
  });

  test.each([
    // [followers, likes per post, flagged]: below 1% is the red flag at every tier
    [5_000, 45, true],
    [20_000, 199, true],
    [20_000, 200, false],
    [500_000, 4_000, true],
    [500_000, 5_000, false],
  ])('%s followers, %s likes a post → seed red flag: %s', (followers, likes, flagged) => {
    const r = reading({ followers, posts: posts([likes], 5, 0) });
    const flag = redFlagRateFlag(computeEngagement(r, defaultRuleSettings, NOW.getTime()), t);
    expect(flag !== null).toBe(flagged);
    if (flag) {
      expect(flag.severity).toBe('high');
      expect(flag.evidence).toHaveLength(5);
    }
  });

  test('the red flag holds whatever preset rated the creator', () => {
    const settings = { ...defaultRuleSettings, engagementPreset: 'modash' as const };
    const r = reading({ followers: 20_000, posts: posts([150], 5, 0) }); // 0.75%: Modash "average"
    const e = computeEngagement(r, settings, NOW.getTime());
    expect(e.rating?.level).toBe('average');
    expect(redFlagRateFlag(e, t)?.id).toBe('engagement-red-flag');
  });

  test('from one post only it is a medium flag', () => {
    const r = reading({
      page: 'post',
      followers: 20_000,
      posts: [post({ likes: 50, comments: 0 })],
    });
    expect(belowBandFlag(computeEngagement(r, defaultRuleSettings, NOW.getTime()))?.severity).toBe(
      'medium',
    );
  });
});

describe('sponsored posts', () => {
  const sponsored = (i: number) =>
    post({ caption: `Loving this serum #ad`, paidPartnership: null }, i);
  const plain = (i: number) => post({ caption: 'Morning walk' }, i);

  test.each([
    [3, 10, false],
    [4, 10, true],
  ])('%s of %s sponsored → too many: %s', (n, total, flagged) => {
    const list = Array.from({ length: total }, (_, i) => (i < n ? sponsored(i) : plain(i)));
    expect(ids(sponsoredFlags(list, t, false)).includes('too-many-sponsored')).toBe(flagged);
  });

  test.each([
    ['platform label', post({ paidPartnership: true, caption: 'use code JANE15' }), 'label'],
    ['#ad up front', post({ caption: '#ad my favourite serum, use code JANE15' }), 'early'],
    [
      '#ad after the cut-off',
      post({ caption: `${'So much to say about this serum. '.repeat(5)}use code JANE15 #ad` }),
      'late',
    ],
    ['no disclosure', post({ caption: 'Use code JANE15 for 15% off!' }), null],
    ['not #adventure', post({ caption: '#adventure time' }), null],
    ['German Werbung', post({ caption: 'Werbung | mein neues Serum' }), 'early'],
  ])('%s', (_name, p, where) => {
    expect(disclosureOf(p)).toBe(where);
  });

  test.each([
    ['Spanish label', 'Colaboración pagada con @marca · mi rutina'],
    ['Portuguese tag', '#publi minha rotina de skincare'],
    ['French label', 'Partenariat rémunéré avec @marque'],
    ['Italian tag', '#adv la mia routine'],
    ['Dutch tag', '#samenwerking met @merk: mijn routine'],
    ['Polish label', 'Płatna współpraca z @marka'],
    ['Polish tag', '#współpraca moja rutyna'],
    ['Turkish tag', '#işbirliği yeni rutinim'],
    ['Turkish label', 'Ücretli ortaklık · yeni rutinim'],
    ['Indonesian tag', '#iklan rutinitas pagiku'],
    ['Indonesian label', 'Kemitraan berbayar dengan @merek'],
    ['Japanese tag', '#広告 毎朝のルーティン'],
    ['Japanese label, no spaces', '本日はプロモーションを含みます'],
  ])('a disclosure in another language is found: %s', (_name, caption) => {
    expect(disclosureOf(post({ caption }))).toBe('early');
  });

  test.each([
    ['Italian discount code', 'Usa il codice GIULIA10 per lo sconto'],
    ['German voucher code', 'Mit dem Gutscheincode ANNA15 spart ihr'],
    ['Dutch discount code', 'Met kortingscode LISA10 krijg je korting'],
    ['Polish discount code', 'Kod rabatowy OLA10 na stronie'],
    ['Turkish discount code', 'İndirim kodu AYSE10 ile'],
    ['Indonesian promo code', 'Pakai kode promo SARI10 ya'],
    ['a #collab tag only', 'New drop with the team #collab'],
  ])('a brand deal without a disclosure is sponsored but not disclosed: %s', (_name, caption) => {
    const p = post({ caption }, 0);
    expect(disclosureOf(p)).toBeNull();
    const flag = sponsoredFlags([p], t, true).find((f) => f.id === 'sponsored-without-disclosure');
    expect(flag?.evidence.map((e) => e.id)).toEqual([p.id]);
  });

  test('the cut-off is the platform’s: #ad at character 110 shows on Instagram, not on TikTok', () => {
    const p = post({ caption: `${'x'.repeat(106)} #ad use code JANE15` });
    expect(disclosureOf(p, 'instagram')).toBe('early');
    expect(disclosureOf(p, 'tiktok')).toBe('late');
    const flagged = (platform: 'instagram' | 'tiktok') =>
      sponsoredFlags([p], t, true, platform).some((f) => f.id === 'sponsored-without-disclosure');
    expect(flagged('instagram')).toBe(false);
    expect(flagged('tiktok')).toBe(true);
  });

  test('sponsored without disclosure (or disclosed late) is flagged with the posts', () => {
    const list = [
      post({ id: 'a', caption: 'Use code JANE15 for 15% off!' }),
      post({ id: 'b', caption: `${'x '.repeat(80)}use code JANE15 #ad` }),
      post({ id: 'c', caption: '#ad use code JANE15' }),
    ];
    const flag = sponsoredFlags(list, t, false).find(
      (f) => f.id === 'sponsored-without-disclosure',
    );
    expect(flag?.evidence.map((e) => e.id)).toEqual(['a', 'b']);
  });
});

describe('brief flags', () => {
  const brief = {
    name: 'Kit',
    competitors: ['Winsor & Newton'],
    excludedTopics: ['gambling'],
    followers: { min: 10_000, max: 100_000 },
  };

  test.each([
    [
      'caption names the competitor',
      { posts: [post({ caption: 'My Winsor & Newton palette' })] },
      ['competitor-mentioned'],
    ],
    [
      'hashtag names the competitor',
      { posts: [post({ hashtags: ['#winsornewton'] })] },
      ['competitor-mentioned'],
    ],
    [
      'mention of the competitor account',
      { posts: [post({ mentions: ['winsornewton'] })] },
      ['competitor-mentioned'],
    ],
    [
      'excluded topic in a caption',
      { posts: [post({ caption: 'Sunday gambling night' })] },
      ['excluded-topic'],
    ],
    [
      'a word of the excluded category, in another language',
      { posts: [post({ caption: 'Noche de casino con amigos 🎰' })] },
      ['excluded-topic'],
    ],
    [
      'a hashtag of the excluded category',
      { posts: [post({ hashtags: ['#sportsbook'] })] },
      ['excluded-topic'],
    ],
    [
      "a compound hashtag is not taken apart for the category's words",
      { posts: [post({ hashtags: ['#casinoroyalefan'] })] },
      [],
    ],
    ['nothing', { posts: [post({ caption: 'Watercolour sketch' })] }, []],
    ['followers below the range', { followers: 9_999 }, ['followers-outside-range']],
    ['followers at the bound', { followers: 10_000 }, []],
  ])('%s', (_name, over, expected) => {
    expect(ids(briefFlags(reading(over), brief))).toEqual(expected);
  });

  test.each([
    [
      9_999,
      'medium',
      "9,999 followers is below the brief's range (10,000–100,000), just outside it.",
    ],
    [
      8_999,
      'high',
      "8,999 followers is below the brief's range (10,000–100,000): not a creator for this campaign.",
    ],
    [
      110_000,
      'medium',
      "110,000 followers is above the brief's range (10,000–100,000), just outside it.",
    ],
    [
      8_808_002,
      'high',
      "8,808,002 followers is above the brief's range (10,000–100,000): not a creator for this campaign.",
    ],
  ])('%d followers against the range: %s', (followers, severity, message) => {
    const flag = briefFlags(reading({ followers }), brief).find(
      (f) => f.id === 'followers-outside-range',
    );
    expect(flag).toMatchObject({ severity, message });
  });

  test('the excluded topic in the bio is high severity', () => {
    expect(briefFlags(reading({ bio: 'Poker and gambling tips' }), brief)[0]?.severity).toBe(
      'high',
    );
  });

  test("the evidence names the category's word that was found", () => {
    const flag = briefFlags(reading({ posts: [post({ caption: 'Bet365 night' })] }), brief)[0];
    expect(flag?.evidence[0]?.detail).toBe('gambling (bet365): "Bet365 night"');
  });

  test('no brief, no brief flags', () => {
    expect(briefFlags(reading({ bio: 'gambling' }), null)).toEqual([]);
  });
});
