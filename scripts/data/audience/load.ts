import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AudienceThresholds, ListAccount } from '../../../lib/model/audience';
import { accountSignals, type SignalId } from '../../../lib/rules/audience/signals';

/**
 * The "Instagram fake/spammer/genuine accounts" set (SOURCES.md beside this file): 696 accounts
 * described by features, each labelled fake or genuine. The set gives no handles, so the handle sign
 * can only be approximated by its "more than half digits" rule.
 */

export const DEFAULT_FILES = ['insta_train.csv', 'insta_test.csv'].map((f) =>
  fileURLToPath(new URL(f, import.meta.url)),
);

const HEADER =
  'profile pic,nums/length username,fullname words,nums/length fullname,name==username,description length,external URL,private,#posts,#followers,#follows,fake';

export interface Row {
  account: ListAccount;
  digitShare: number;
  fake: boolean;
}

export function readRows(path: string): Row[] {
  const lines = readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim());
  if (lines[0]!.trim() !== HEADER) throw new Error(`${path}: not the expected columns (${HEADER})`);
  return lines.slice(1).map((line, i) => {
    const v = line.split(',').map(Number);
    if (v.length !== 12 || v.some((x) => !Number.isFinite(x)))
      throw new Error(`${path} line ${i + 2}: expected 12 numbers`);
    const [pic, digitShare, nameWords, , nameIsHandle, , , priv, posts, followers, follows, fake] =
      v as [
        number,
        number,
        number,
        number,
        number,
        number,
        number,
        number,
        number,
        number,
        number,
        number,
      ];
    return {
      digitShare,
      fake: fake === 1,
      account: {
        id: String(i),
        // The set has no handles: a neutral one, so that only what the set describes is judged.
        handle: 'handle',
        displayName: nameIsHandle === 1 ? 'handle' : nameWords === 0 ? '' : 'A Name',
        bio: null,
        defaultPicture: pic === 0,
        private: priv === 1,
        verified: false,
        posts,
        followers,
        following: follows,
      },
    };
  });
}

export function rowSignals(r: Row, withHandle: boolean, t: AudienceThresholds): SignalId[] {
  const ids = accountSignals(r.account, 'instagram', t).map((s) => s.id);
  if (withHandle && r.digitShare > 0.5) ids.push('generated-handle');
  return ids;
}

export interface SignsScore {
  flagged: number;
  truePositives: number;
  fakes: number;
  genuine: number;
}

/** How many accounts showing at least `need` signs, and how many of those the set labels fake. */
export function scoreSigns(
  rows: Row[],
  need: number,
  withHandle: boolean,
  t: AudienceThresholds,
): SignsScore {
  const flagged = rows.filter((r) => rowSignals(r, withHandle, t).length >= need);
  const fakes = rows.filter((r) => r.fake).length;
  return {
    flagged: flagged.length,
    truePositives: flagged.filter((r) => r.fake).length,
    fakes,
    genuine: rows.length - fakes,
  };
}
