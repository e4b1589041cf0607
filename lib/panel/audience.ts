import type { AudienceAggregate, AudienceThresholds } from '../model/audience';
import { PLATFORMS } from '../model/platforms';
import type { Platform } from '../model/reading';
import type { AudienceSample, JudgedAccount } from '../rules/audience/sample';
import { percent } from '../rules/stats';
import { displayText } from './text';
import { t } from '../i18n/messages';
import { saidText } from '../i18n/said';
import type { Said } from '../model/said';

/** What a view needs of a sample: a live one (the panel) or the aggregate a record keeps. */
export type SampleFigures = Pick<
  AudienceSample,
  | 'platform'
  | 'kind'
  | 'sample'
  | 'suspicious'
  | 'suspiciousShare'
  | 'interval'
  | 'matching'
  | 'matchingShare'
  | 'tooFew'
> & {
  examples: (Pick<JudgedAccount, 'handle' | 'suspicious' | 'reasons'> & {
    said?: Said[];
    matches?: string[] | null;
    matchesSaid?: Said[] | null;
  })[];
};

const TITLE = { followers: 'followersSample', likers: 'whoLikesPosts' } as const;

export interface AudienceExampleView {
  handle: string;
  href: string;
  suspicious: boolean;
  /** Reasons and brief matches, worded. */
  text: string;
}

/** One sample as the panel shows it (plain data). */
export interface AudienceView {
  kind: 'followers' | 'likers';
  title: string;
  sample: number;
  /** The fake-or-inactive share as a fraction, null without accounts. */
  share: number | null;
  summary: string;
  match: string | null;
  /** What the sample is, or "too few". */
  note: string;
  tooFew: boolean;
  /** "bad" when the share is above the flag line (settings: audience.flagShare). */
  level: 'bad' | null;
  examples: AudienceExampleView[];
}

export function audienceView(s: SampleFigures, th: AudienceThresholds): AudienceView | null {
  if (s.kind === 'following') return null;
  const kind = s.kind;
  const followers = kind === 'followers';
  const summary =
    s.suspiciousShare === null
      ? t(followers ? 'noFollowersReadYet' : 'noAccountsReadYet')
      : t(
          followers ? 'followersLookFake' : 'accountsLookFake',
          percent(s.suspiciousShare),
          s.suspicious,
          s.sample,
        ) + (s.interval ? t('range95', percent(s.interval.low), percent(s.interval.high)) : '');
  const match =
    s.matching === null
      ? null
      : t('matchBrief', s.matching, s.sample, percent(s.matchingShare ?? 0));
  return {
    kind,
    title: t(TITLE[kind]),
    sample: s.sample,
    share: s.suspiciousShare,
    summary,
    match,
    note: s.tooFew
      ? t(followers ? 'audTooFewFollowers' : 'audTooFewLikers')
      : t(followers ? 'audWhatFollowers' : 'audWhatLikers'),
    tooFew: s.tooFew,
    level: s.suspiciousShare !== null && s.suspiciousShare > th.flagShare ? 'bad' : null,
    examples: s.examples.map((e) => {
      const parts = [
        t(e.suspicious ? 'likelyFake' : e.reasons.length ? 'notFlagged' : 'noSign'),
        ...e.reasons.map((r, i) => saidText(e.said?.[i], r)),
        ...(e.matches ?? []).map((m, i) => t('matchesTerm', saidText(e.matchesSaid?.[i], m))),
      ];
      return {
        handle: displayText(e.handle, 40),
        href: PLATFORMS[s.platform].profileUrl(e.handle),
        suspicious: e.suspicious,
        text: displayText(parts.join(' · '), 200),
      };
    }),
  };
}

/** The sample a creator's record keeps (its last reading's aggregate), as the panel would show it. */
export function storedAudienceView(
  a: AudienceAggregate,
  platform: Platform,
  t: AudienceThresholds,
): AudienceView | null {
  return audienceView(
    {
      ...a,
      platform,
      interval: a.low !== null && a.high !== null ? { low: a.low, high: a.high } : null,
      tooFew: a.sample < t.minSample,
    },
    t,
  );
}
