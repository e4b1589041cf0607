import { expect, test } from 'vitest';
import { compactVerdict } from '../../../lib/store/compact';

const examples = Array.from({ length: 10 }, (_, i) => ({
  handle: `user${1000000 + i}`,
  suspicious: true,
  reasons: ['default profile picture', 'no name'],
}));

test('the stored verdict keeps the followers sample: figures and at most ten handles', () => {
  const kept = compactVerdict({
    verdict: 'review',
    audience: {
      kind: 'followers',
      sample: 48,
      suspicious: 15,
      suspiciousShare: 0.3125,
      low: 0.2,
      high: 0.45,
      matching: null,
      matchingShare: null,
      examples,
      accounts: [{ handle: 'someone', full_name: 'Not kept' }],
    },
  })!;
  expect(kept.audience).toMatchObject({ sample: 48, suspiciousShare: 0.3125 });
  expect((kept.audience as { examples: unknown[] }).examples).toHaveLength(10);
  expect(JSON.stringify(kept)).not.toContain('Not kept');
});

test('more than ten example handles, or a malformed sample, is not stored', () => {
  const eleven = [...examples, { handle: 'x', suspicious: false, reasons: [] }];
  expect(
    compactVerdict({
      verdict: 'review',
      audience: {
        kind: 'followers',
        sample: 11,
        suspicious: 10,
        suspiciousShare: 0.9,
        low: null,
        high: null,
        matching: null,
        matchingShare: null,
        examples: eleven,
      },
    })!.audience,
  ).toBeUndefined();
  expect(compactVerdict({ verdict: 'review', audience: 'lots' })!.audience).toBeUndefined();
});
