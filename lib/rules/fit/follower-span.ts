import type { Brief } from '../../model/brief';
import type { Said } from '../../model/said';
import { num, say } from '../say';
import { count } from '../stats';

/** A brief's follower range in words: "10,000–100,000", "10,000 or more"; its counts grouped the UI's way. */
export function followerSpan(range: NonNullable<Brief['followers']>): { text: string; said: Said } {
  const min = range.min ?? 0;
  return range.max === undefined
    ? { text: `${count(min)} or more`, said: say('followerSpanFrom', num(min)) }
    : {
        text: `${count(min)}–${count(range.max)}`,
        said: say('followerSpan', num(min), num(range.max)),
      };
}
