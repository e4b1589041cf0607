import type { Thresholds } from '../model/settings';
import type { Fit, Flag, LabelledComment, SpamSummary } from '../model/verdict';
import { num, pct, say } from './say';
import { percent } from './stats';
import { excerpt } from './text';

/** Spam share, mostly-generic comments and low audience fit as flags with their evidence. */
export function commentFlags(
  spam: SpamSummary,
  labelled: readonly LabelledComment[],
  fit: Fit,
  t: Thresholds,
): Flag[] {
  const flags: Flag[] = [];
  const audience = labelled.filter((c) => !c.isCreatorReply);
  const evidenceOf = (label: string) =>
    audience
      .filter((c) => c.label === label)
      .slice(0, 20)
      .map((c) => {
        const quote = excerpt(c.text, 60);
        return {
          kind: 'comment' as const,
          id: c.id,
          detail: `${c.author ?? '?'}: "${quote}" (${c.reasons.join('; ')})`,
          said: say('evCommentReasons', c.author ?? '?', quote, {
            each: c.reasons.map((reason) => ({ reason })),
            sep: '; ',
          }),
        };
      });
  if (spam.ratio !== null && spam.spam > 0 && spam.ratio > t.spamStrongMax) {
    const skip = spam.ratio >= t.spamSkipRatio;
    flags.push({
      id: 'spam-comments',
      severity: skip ? (spam.enough ? 'high' : 'medium') : 'low',
      message: `${percent(spam.ratio)} of ${spam.audienceComments} audience ${spam.audienceComments === 1 ? 'comment looks' : 'comments look'} like spam${skip ? ` (${percent(t.spamSkipRatio)} or more: skip)` : ''}${spam.enough ? '' : ` — only ${spam.audienceComments} read, too few to be sure`}.`,
      said: say(
        skip
          ? spam.enough
            ? 'flSpamSkip'
            : 'flSpamSkipFew'
          : spam.enough
            ? 'flSpam'
            : 'flSpamFew',
        pct(spam.ratio),
        num(spam.audienceComments),
        ...(skip ? [pct(t.spamSkipRatio)] : []),
      ),
      evidence: evidenceOf('spam'),
    });
  }
  // Above the setting a creator is not "strong" (a medium flag blocks it): the seed reads a
  // comment section of empty praise as bought or pod engagement.
  if (spam.enough && spam.genericRatio !== null && spam.genericRatio > t.genericStrongMax)
    flags.push({
      id: 'generic-comments',
      severity: 'medium',
      message: `${percent(spam.genericRatio)} of ${spam.audienceComments} audience comments are generic (emoji only, "nice pic", only tags), more than ${percent(t.genericStrongMax)}: little real conversation, possibly an engagement pod.`,
      said: say(
        'flGeneric',
        pct(spam.genericRatio),
        num(spam.audienceComments),
        pct(t.genericStrongMax),
      ),
      evidence: evidenceOf('generic'),
    });
  if (fit.score !== null && fit.score < t.minFit)
    flags.push({
      id: 'low-audience-fit',
      severity: 'medium',
      message: `Audience fit ${percent(fit.score)} is below ${percent(t.minFit)}: ${fit.message}.`,
      said: say('flLowFit', pct(fit.score), pct(t.minFit), fit.message),
      evidence: fit.evidence,
    });
  return flags;
}
