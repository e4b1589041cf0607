import type {
  AccountList,
  AudienceAggregate,
  AudienceThresholds,
  ListAccount,
  ListKind,
} from '../../model/audience';
import type { Brief } from '../../model/brief';
import type { Platform } from '../../model/reading';
import type { Said } from '../../model/said';
import type { LanguageDetector } from '../fit/detector';
import { wilsonInterval } from '../wilson';
import { briefMatches, briefTerms, hasText } from './brief-match';
import { judgeAccount } from './signals';

export const MAX_EXAMPLES = 10;

export interface JudgedAccount {
  handle: string;
  suspicious: boolean;
  reasons: string[];
  /** The reasons as locale messages. */
  said: Said[];
  /** Null without a brief to match. */
  matches: string[] | null;
  matchesSaid: Said[] | null;
}

export interface AudienceSample {
  platform: Platform;
  kind: ListKind;
  /** Distinct accounts read. */
  sample: number;
  suspicious: number;
  suspiciousShare: number | null;
  /** 95% Wilson interval of the share. */
  interval: { low: number; high: number } | null;
  /** Null without a brief (or a brief with nothing to look for). */
  matching: number | null;
  matchingShare: number | null;
  /** Accounts with a name or bio, the only ones a brief can match. */
  withText: number;
  /** Fewer accounts than the threshold: the share says little yet. */
  tooFew: boolean;
  accounts: JudgedAccount[];
  /** Up to ten accounts to click through: the likely fake or inactive first, most signs first. */
  examples: JudgedAccount[];
}

export interface SampleOptions {
  platform: Platform;
  kind: ListKind;
  thresholds: AudienceThresholds;
  brief?: Brief | null;
  detectLanguage?: LanguageDetector;
}

/** Distinct accounts of several pages of a list, in the order the list gave them. */
export function distinctAccounts(lists: readonly AccountList[]): ListAccount[] {
  const seen = new Set<string>();
  const out: ListAccount[] = [];
  for (const list of lists)
    for (const a of list.accounts) {
      const key = a.id ? `id:${a.id}` : `h:${a.handle.toLowerCase()}`;
      const alt = `h:${a.handle.toLowerCase()}`;
      if (seen.has(key) || seen.has(alt)) continue;
      seen.add(key);
      seen.add(alt);
      out.push(a);
    }
  return out;
}

/** The sample of a list: each account judged with its reasons and brief matches, and the shares. */
export function summarizeAudience(
  accounts: readonly ListAccount[],
  o: SampleOptions,
): AudienceSample {
  const terms = briefTerms(o.brief);
  const judged: JudgedAccount[] = accounts.map((a) => {
    const j = judgeAccount(a, o.platform, o.thresholds);
    const matches = terms ? briefMatches(a, terms, o.detectLanguage) : null;
    return {
      handle: a.handle,
      suspicious: j.suspicious,
      reasons: j.reasons,
      said: j.said,
      matches: matches && matches.map((m) => m.text),
      matchesSaid: matches && matches.map((m) => m.said),
    };
  });
  const n = judged.length;
  const suspicious = judged.filter((a) => a.suspicious).length;
  const matching = terms ? judged.filter((a) => a.matches!.length > 0).length : null;
  const examples = [
    ...judged
      .filter((a) => a.suspicious)
      .sort((a, b) => b.reasons.length - a.reasons.length)
      .slice(0, MAX_EXAMPLES),
  ];
  for (const a of judged) {
    if (examples.length >= MAX_EXAMPLES) break;
    if (!a.suspicious) examples.push(a);
  }
  return {
    platform: o.platform,
    kind: o.kind,
    sample: n,
    suspicious,
    suspiciousShare: n ? suspicious / n : null,
    interval: wilsonInterval(suspicious, n),
    matching,
    matchingShare: n && matching !== null ? matching / n : null,
    withText: accounts.filter(hasText).length,
    tooFew: n < o.thresholds.minSample,
    accounts: judged,
    examples,
  };
}

/** What is kept of a sample: the figures and at most ten example handles, nothing else of anyone. */
export function toAggregate(s: AudienceSample): AudienceAggregate {
  return {
    kind: s.kind,
    sample: s.sample,
    suspicious: s.suspicious,
    suspiciousShare: s.suspiciousShare,
    low: s.interval?.low ?? null,
    high: s.interval?.high ?? null,
    matching: s.matching,
    matchingShare: s.matchingShare,
    examples: s.examples.slice(0, MAX_EXAMPLES).map((e) => ({
      handle: e.handle,
      suspicious: e.suspicious,
      reasons: e.reasons,
      said: e.said,
    })),
  };
}
