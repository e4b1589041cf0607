import type { PageReading } from '../../model/reading';
import type { Thresholds } from '../../model/settings';
import type { Flag } from '../../model/verdict';
import { num, say } from '../say';
import { count } from '../stats';

/** Mass following (> 1,500 by default) and following ≫ followers. */
export function accountFlags(reading: PageReading, t: Thresholds): Flag[] {
  const following = reading.profile?.following.value ?? null;
  const followers = reading.profile?.followers.value ?? null;
  if (following === null) return [];
  const flags: Flag[] = [];
  const evidence = [
    {
      kind: 'profile' as const,
      id: 'following',
      detail: `${count(following)} following`,
      said: say('evFollowingCount', num(following)),
    },
    ...(followers === null
      ? []
      : [
          {
            kind: 'profile' as const,
            id: 'followers',
            detail: `${count(followers)} follower${followers === 1 ? '' : 's'}`,
            said: say('evFollowersCount', num(followers)),
          },
        ]),
  ];
  if (following > t.massFollowing)
    flags.push({
      id: 'mass-following',
      severity: 'medium',
      message: `Follows ${count(following)} accounts (more than ${count(t.massFollowing)}): mass-follow behaviour.`,
      said: say('flMassFollowing', num(following), num(t.massFollowing)),
      evidence,
    });
  if (
    followers !== null &&
    following >= t.followingMin &&
    following >= t.followingRatio * followers
  )
    flags.push({
      id: 'following-exceeds-followers',
      severity: 'medium',
      message: `Follows ${count(following)} account${following === 1 ? '' : 's'} but has ${count(followers)} follower${followers === 1 ? '' : 's'}.`,
      said: say(
        'flFollowingExceedsCounts',
        { said: say(following === 1 ? 'accountsOne' : 'accountsMany', num(following)) },
        { said: say(followers === 1 ? 'evFollowersCountOne' : 'evFollowersCount', num(followers)) },
      ),
      evidence,
    });
  return flags;
}
