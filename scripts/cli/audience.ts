import type { AccountList } from '../../lib/model/audience';
import { defaultRuleSettings } from '../../lib/model/settings';
import {
  distinctAccounts,
  summarizeAudience,
  type AudienceSample,
} from '../../lib/rules/audience/sample';
import { t } from '../../lib/i18n/messages';
import { detectFrancLanguage } from '../../lib/rules/fit/language';
import { percent } from '../../lib/rules/stats';
import { accountListReaders, profileHandleOf } from '../../lib/sites/account-lists';
import { platformOf } from '../../lib/sites/read-page';
import { parseArgs } from './args';
import { parseBoundedJson, readTextInput } from './input';
import { NotUsableError, UsageError } from './usage-error';
import { readBrief } from './vet';

const USAGE =
  'usage: audience <saved follower-list response>... --url <profile URL> [--brief <brief.json>] [--json]';

/**
 * `scout audience <responses>... --url <profile URL>`: the followers sample of design.md's contract
 * from saved follower-list responses (Instagram friendships/GraphQL, TikTok user/list).
 */
export async function run(argv: string[]): Promise<void> {
  const { positional, flags } = parseArgs(argv, {
    withValue: ['url', 'brief'],
    switches: ['json'],
  });
  if (!positional.length) throw new UsageError(USAGE);
  const url = flags.get('url');
  if (typeof url !== 'string')
    throw new UsageError("audience needs --url <the creator's profile URL>");
  const platform = platformOf(url);
  if (!platform) throw new UsageError(`--url ${url} is not an Instagram or TikTok page`);
  const handle = profileHandleOf[platform](url);
  if (!handle) throw new UsageError(`--url ${url} is not a creator's profile`);
  const brief = await readBrief(flags.get('brief'));

  const lists: AccountList[] = [];
  for (const file of positional) {
    const text = await readTextInput(file);
    let body: unknown;
    try {
      body = parseBoundedJson(text.replace(/^\s*for\s*\(;;\);\s*/, ''));
    } catch (error) {
      if (error instanceof UsageError) throw new UsageError(`${file}: ${error.message}`);
      throw new UsageError(`${file}: not a JSON response (a saved follower list is JSON)`);
    }
    const list = accountListReaders[platform](body, url);
    // A list that names its owner must be this creator's; followers only (not following, not likers).
    if (
      list?.kind === 'followers' &&
      (!list.ownerHandle || list.ownerHandle.toLowerCase() === handle)
    )
      lists.push(list);
  }
  if (!lists.length)
    throw new NotUsableError(`no followers list of @${handle} in ${positional.join(', ')}`);

  const sample = summarizeAudience(distinctAccounts(lists), {
    platform,
    kind: 'followers',
    thresholds: defaultRuleSettings.audience,
    brief,
    detectLanguage: detectFrancLanguage,
  });
  if (flags.get('json')) console.log(JSON.stringify(toContractJson(handle, sample), null, 2));
  else console.log(formatHuman(handle, sample));
}

function toContractJson(handle: string, s: AudienceSample) {
  return {
    platform: s.platform,
    handle,
    sample: s.sample,
    suspicious: s.suspicious,
    suspiciousShare: s.suspiciousShare,
    interval: s.interval,
    tooFew: s.tooFew,
    matching: s.matching,
    matchingShare: s.matchingShare,
    accounts: s.accounts.map((a) => ({
      handle: a.handle,
      suspicious: a.suspicious,
      reasons: a.reasons,
      matches: a.matches ?? [],
    })),
  };
}

function formatHuman(handle: string, s: AudienceSample): string {
  const share =
    s.suspiciousShare === null
      ? 'no share (no accounts)'
      : `${percent(s.suspiciousShare)} look fake or inactive (${s.suspicious} of ${s.sample}; 95% range ${percent(s.interval!.low)}–${percent(s.interval!.high)})`;
  const lines = [
    `@${handle}: ${s.sample} followers read — ${share}`,
    t(s.tooFew ? 'audTooFewFollowers' : 'audWhatFollowers'),
  ];
  if (s.matching !== null)
    lines.push(`${s.matching} of ${s.sample} match the brief (${percent(s.matchingShare ?? 0)})`);
  lines.push('Examples:');
  for (const e of s.examples)
    lines.push(
      `  @${e.handle}  ${e.suspicious ? 'likely fake or inactive' : 'not flagged'}${e.reasons.length ? ` — ${e.reasons.join('; ')}` : ''}${e.matches?.length ? ` — matches: ${e.matches.join('; ')}` : ''}`,
    );
  return lines.join('\n');
}
