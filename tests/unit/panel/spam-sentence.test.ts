import { expect, test } from 'vitest';
import { defaultRuleSettings } from '../../../lib/model/settings';
import type { LabelledComment, Verdict } from '../../../lib/model/verdict';
import { spamMetric } from '../../../lib/panel/metrics';
import { summarizeSpam } from '../../../lib/rules/comments/label-reading';

const labelled = (spam: number, genuine: number): LabelledComment[] =>
  [...Array<string>(spam).fill('spam'), ...Array<string>(genuine).fill('genuine')].map(
    (label, i) =>
      ({
        text: `comment ${i}`,
        label,
        reasons: [],
        isCreatorReply: false,
      }) as unknown as LabelledComment,
  );

test.each([
  ['no audience comments', 0, 0, 10],
  ['one comment, too few', 1, 0, 10],
  ['one comment, enough', 0, 1, 1],
  ['too few to judge', 2, 3, 10],
  ['enough', 3, 37, 10],
])("the panel's spam sentence says in English what the rules say: %s", (_, spam, genuine, min) => {
  const summary = summarizeSpam(labelled(spam, genuine), min);
  const verdict = { spam: summary, comments: [] } as unknown as Verdict;
  expect(spamMetric(verdict, defaultRuleSettings.thresholds).evidence[0]).toBe(summary.message);
});
