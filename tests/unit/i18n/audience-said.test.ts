import { readFileSync } from 'node:fs';
import { afterEach, expect, test } from 'vitest';
import de from '../../../public/_locales/de/messages.json';
import { setMessageSource, substitute, type MessageKey } from '../../../lib/i18n/messages';
import { saidText } from '../../../lib/i18n/said';
import { ENGLISH } from '../../../lib/i18n/english';
import { AudienceThresholds, type ListAccount } from '../../../lib/model/audience';
import type { Said } from '../../../lib/model/said';
import { audienceView } from '../../../lib/panel/audience';
import { summarizeAudience, toAggregate } from '../../../lib/rules/audience/sample';
import { audienceFlag } from '../../../lib/rules/audience/verdict';
import { detectFrancLanguage } from '../../../lib/rules/fit/language';
import { readInstagramAccountList } from '../../../lib/sites/instagram/account-list';
import { readTikTokUserList } from '../../../lib/sites/tiktok/user-list';

afterEach(() => setMessageSource(null));

const th = AudienceThresholds.parse({});
const json = (path: string): unknown =>
  JSON.parse(readFileSync(`tests/fixtures/${path}`, 'utf8')) as unknown;
const brief = {
  name: 'Spring watercolour kit',
  keywords: ['watercolor', 'acuarela', 'art'],
  languages: ['es', 'en', 'fr'],
  countries: ['MX', 'ES', 'FR', 'US'],
};
const instagram = [
  'instagram/friendships-followers-synthetic.json',
  'instagram/friendships-followers-page2-synthetic.json',
  'instagram/friendships-followers-2024-03.json',
].flatMap((f) => readInstagramAccountList(json(f), '')!.accounts);
const tiktok = readTikTokUserList(json('tiktok/user-list-synthetic.json'), '')!.accounts;
const extra: ListAccount[] = [
  { handle: 'nightschool_xkqzvbt', displayName: 'nightschool_xkqzvbt' },
  { handle: 'a8k3j9d2q', displayName: '' },
  { handle: '12a34b' },
  { handle: 'quiet_one', posts: 0 },
  { handle: 'glow_official', verified: true },
].map((a) => ({
  id: null,
  displayName: null,
  bio: null,
  defaultPicture: null,
  private: null,
  verified: null,
  posts: null,
  followers: null,
  following: null,
  ...a,
}));
const samples = [
  summarizeAudience([...instagram, ...extra], {
    platform: 'instagram',
    kind: 'followers',
    thresholds: th,
    brief,
    detectLanguage: detectFrancLanguage,
  }),
  summarizeAudience(tiktok, {
    platform: 'tiktok',
    kind: 'followers',
    thresholds: th,
    brief,
    detectLanguage: detectFrancLanguage,
  }),
];

const mismatch = (said: Said | undefined, text: string) =>
  !said
    ? `no message for "${text}"`
    : !Object.hasOwn(ENGLISH, said.key)
      ? `no message ${said.key} for "${text}"`
      : saidText(said, text) !== text
        ? `${said.key}: "${saidText(said, text)}" ≠ "${text}"`
        : null;

test("each sign and brief match the audience check gives says, through the English file, exactly the rules' words", () => {
  const problems: string[] = [];
  const keys = new Set<string>();
  for (const s of samples)
    for (const a of s.accounts) {
      a.reasons.forEach((r, i) => {
        keys.add(a.said[i]?.key ?? '');
        const m = mismatch(a.said[i], r);
        if (m) problems.push(`@${a.handle}: ${m}`);
      });
      (a.matches ?? []).forEach((r, i) => {
        keys.add(a.matchesSaid?.[i]?.key ?? '');
        const m = mismatch(a.matchesSaid?.[i], r);
        if (m) problems.push(`@${a.handle}: ${m}`);
      });
    }
  expect(problems).toEqual([]);
  // The fixtures reach every sign and match: a new sign without a message would go unchecked.
  expect([...keys].filter((k) => k.startsWith('aud')).sort()).toEqual(
    Object.keys(ENGLISH)
      .filter((k) => /^aud(?!TooFew|What|Flag)[A-Z]/.test(k))
      .sort(),
  );
});

test('the fake-followers flag says the same in English in each of its four forms', () => {
  const base = toAggregate(samples[0]!);
  const forms = [
    { ...base, suspicious: 20, sample: 40, suspiciousShare: 0.5 },
    { ...base, suspicious: 20, sample: 40, suspiciousShare: 0.5, low: null, high: null },
    { ...base, suspicious: 6, sample: 12, suspiciousShare: 0.5 },
    { ...base, suspicious: 6, sample: 12, suspiciousShare: 0.5, low: null, high: null },
  ];
  const keys = forms.map((a) => {
    const flag = audienceFlag(a, th)!;
    expect(mismatch(flag.said, flag.message)).toBeNull();
    // Each account under the flag: its handle and signs, said the same through the English file.
    expect(flag.evidence.length).toBeGreaterThan(0);
    for (const e of flag.evidence) {
      expect(e.said?.key).toBe('evAccountSigns');
      expect(mismatch(e.said, e.detail)).toBeNull();
    }
    return flag.said!.key;
  });
  expect(new Set(keys).size).toBe(4);
});

test('in a German browser the sample, its note and each account’s signs are German', () => {
  setMessageSource({
    message: (key: MessageKey, args) =>
      Object.hasOwn(de, key) ? substitute(de[key as keyof typeof de], args) : '',
    locale: 'de-DE',
  });
  const view = audienceView(samples[0]!, th)!;
  expect(view.note).toMatch(/^Aus der Follower-Liste gelesen/);
  const texts = view.examples.map((e) => e.text).join('\n');
  expect(texts).toContain('Standard-Profilbild');
  expect(texts).not.toMatch(/default profile picture|no name|handle/);
});
