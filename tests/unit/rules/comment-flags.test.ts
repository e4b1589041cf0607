import { describe, expect, test } from 'vitest';
import { defaultRuleSettings } from '../../../lib/model/settings';
import type { Fit, LabelledComment, SpamSummary } from '../../../lib/model/verdict';
import { commentFlags } from '../../../lib/rules/comment-flags';

const t = defaultRuleSettings.thresholds;
const noFit: Fit = {
  score: null,
  message: 'no campaign brief',
  components: [],
  evidence: [],
} as unknown as Fit;

function summary(spam: number, generic: number, genuine: number): SpamSummary {
  const n = spam + generic + genuine;
  return {
    ratio: n ? spam / n : null,
    genericRatio: n ? generic / n : null,
    spam,
    generic,
    genuine,
    audienceComments: n,
    creatorReplies: 0,
    minimum: 10,
    enough: n >= 10,
    message: '',
  };
}

const comments = (label: LabelledComment['label'], n: number): LabelledComment[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `${label}${i}`,
    postId: 'p1',
    author: `fan${i}`,
    text: 'nice 🔥',
    label,
    reasons: ['words of praise with nothing specific'],
    isCreatorReply: false,
  })) as LabelledComment[];

describe('generic comments keep a creator from "strong" above the setting', () => {
  test.each([
    // [generic, genuine, flagged]: the default setting is 50%
    [10, 10, false],
    [11, 9, true],
    [18, 2, true],
  ])('%s generic of %s genuine → medium flag: %s', (generic, genuine, flagged) => {
    const flags = commentFlags(
      summary(0, generic, genuine),
      comments('generic', generic),
      noFit,
      t,
    );
    const flag = flags.find((f) => f.id === 'generic-comments');
    expect(Boolean(flag)).toBe(flagged);
    if (flag) {
      expect(flag.severity).toBe('medium');
      expect(flag.evidence.length).toBe(generic);
    }
  });

  test('the share is a setting', () => {
    const strict = { ...t, genericStrongMax: 0.3 };
    const flags = commentFlags(summary(0, 8, 12), comments('generic', 8), noFit, strict);
    expect(flags.map((f) => f.id)).toContain('generic-comments');
  });

  test('too few comments read: no generic flag', () => {
    expect(commentFlags(summary(0, 5, 1), comments('generic', 5), noFit, t)).toEqual([]);
  });
});
