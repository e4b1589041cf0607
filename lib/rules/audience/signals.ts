import type { AudienceThresholds, ListAccount } from '../../model/audience';
import type { Platform } from '../../model/reading';
import { fold } from '../text';
import { generatedHandle } from './handle';
import type { Said } from '../../model/said';
import { wording, type Worded } from './wording';

export type SignalId =
  | 'default-picture'
  | 'no-posts'
  | 'following-many'
  | 'generated-handle'
  | 'no-name'
  | 'private-empty';

export interface Signal {
  id: SignalId;
  reason: Worded;
}

const bare = (s: string) => fold(s).replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * The signs of a fake or inactive account that this list shows. A sign whose data the list does not
 * give (counts on Instagram's lists) is simply not checked.
 */
export function accountSignals(
  a: ListAccount,
  platform: Platform,
  t: AudienceThresholds,
): Signal[] {
  const out: Signal[] = [];
  if (a.defaultPicture === true)
    out.push({ id: 'default-picture', reason: wording.defaultPicture });
  if (a.posts === 0) {
    if (a.private === true) out.push({ id: 'private-empty', reason: wording.privateEmpty });
    else out.push({ id: 'no-posts', reason: wording.noPosts(platform) });
  }
  if (a.following !== null) {
    const followers = a.followers;
    if (a.following > t.massFollowing)
      out.push({ id: 'following-many', reason: wording.massFollowing(a.following) });
    else if (
      followers !== null &&
      a.following >= t.followingMin &&
      a.following >= t.followingRatio * Math.max(followers, 1)
    )
      out.push({
        id: 'following-many',
        reason: wording.followingMany(a.following, followers),
      });
  }
  const handleReason = generatedHandle(a.handle, t);
  if (handleReason) out.push({ id: 'generated-handle', reason: handleReason });
  const name = a.displayName?.trim() ?? '';
  if (a.displayName !== null && !name) out.push({ id: 'no-name', reason: wording.noName });
  // "Jazbro Aguilar" for @jazbroaguilar is a person's name; "cigdem_aydogdu77" is the handle again.
  else if (name && !/\s/.test(name) && bare(name) === bare(a.handle))
    out.push({ id: 'no-name', reason: wording.nameIsHandle });
  return out;
}

export interface Judgement {
  suspicious: boolean;
  /** The signs found (or "verified account"), worded for the marketer. */
  reasons: string[];
  /** The same as locale messages. */
  said: Said[];
  signals: SignalId[];
}

/** Likely fake or inactive only on several signs together; a verified account never is. */
export function judgeAccount(a: ListAccount, platform: Platform, t: AudienceThresholds): Judgement {
  const signals = accountSignals(a, platform, t);
  if (a.verified === true)
    return {
      suspicious: false,
      reasons: [wording.verified.text],
      said: [wording.verified.said],
      signals: signals.map((s) => s.id),
    };
  return {
    suspicious: signals.length >= t.minSignals,
    reasons: signals.map((s) => s.reason.text),
    said: signals.map((s) => s.reason.said),
    signals: signals.map((s) => s.id),
  };
}
