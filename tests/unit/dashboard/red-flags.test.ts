import { describe, expect, test } from 'vitest';
import { toggleRedFlag } from '../../../lib/dashboard/red-flags';

describe('toggleRedFlag', () => {
  test.each([
    [
      'ticks into checklist order',
      ['refuses-tracking'],
      'full-payment-upfront',
      true,
      ['full-payment-upfront', 'refuses-tracking'],
    ],
    [
      'unticks',
      ['full-payment-upfront', 'refuses-tracking'],
      'refuses-tracking',
      false,
      ['full-payment-upfront'],
    ],
    [
      'ticking twice keeps one',
      ['refuses-tracking'],
      'refuses-tracking',
      true,
      ['refuses-tracking'],
    ],
    ['unticking an unticked one changes nothing', [], 'refuses-tracking', false, []],
    [
      'an id this version does not know is kept, after the known ones',
      ['from-a-newer-version'],
      'refuses-tracking',
      true,
      ['refuses-tracking', 'from-a-newer-version'],
    ],
  ])('%s', (_name, ticked, id, on, expected) => {
    expect(toggleRedFlag(ticked, id, on)).toEqual(expected);
  });
});
