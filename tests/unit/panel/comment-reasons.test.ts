import { readFileSync } from 'node:fs';
import { afterEach, expect, test } from 'vitest';
import de from '../../../public/_locales/de/messages.json';
import { setMessageSource, substitute, type MessageKey } from '../../../lib/i18n/messages';
import { commentReasonMessage, commentReasonText } from '../../../lib/panel/comment-reasons';
import { classifyPrepared, prepare } from '../../../lib/rules/comments/classify';
import { accountReasons } from '../../../lib/rules/comments/commenter';
import { DENSE } from '../../../lib/rules/comments/dense-inputs';

afterEach(() => setMessageSource(null));

const pinned = JSON.parse(
  readFileSync('tests/fixtures/comments/classifier-outputs.json', 'utf8'),
) as { reasons: string[] }[];

/** Reasons the pinned comments do not reach: the commenter's facts and copies across posts. */
const withFacts = [
  ...classifyPrepared(prepare('where did you buy that green jacket and those boots from'), 2)
    .reasons,
  ...classifyPrepared(prepare('great shot'), 0, undefined, {
    author: 'anna.paints_',
    creator: 'anna.paints',
  }).reasons,
  ...classifyPrepared(prepare('great shot'), 0, undefined, { samePostsByAuthor: 4 }).reasons,
  ...accountReasons({ author: 'promo_boost_hub', secondsAfterPost: 4 }, 'generic', 0.1),
  // Pairs of concepts (dense-inputs.ts, COMBINATIONS).
  ...[
    'buy cheap followers here, dm me',
    'collab? send us a dm',
    'earn money from home, visit my bio',
  ].flatMap((text) => classifyPrepared(prepare(text), 0).reasons),
];
const all = [
  ...new Set([
    ...pinned.flatMap((o) => o.reasons),
    ...withFacts,
    ...DENSE.flatMap(([, spam, other]) => (other ? [spam, other] : [spam])),
  ]),
];

test("every reason the classifier gives has a message that says, in English, the classifier's words", () => {
  expect(withFacts.map((r) => commentReasonMessage(r)?.key)).toEqual(
    expect.arrayContaining([
      'crCopyPasted',
      'crLookAlike',
      'crSameAccount',
      'crBotSpeed',
      'crPromoNamed',
      'crSellsAudience',
      'crCollabBait',
      'crOwnChannel',
    ]),
  );
  const unknown = all.filter((r) => commentReasonMessage(r) === null);
  expect(unknown).toEqual([]);
  const different = all.filter((r) => commentReasonText(r) !== r);
  expect(different).toEqual([]);
});

test('in German the reasons are German, the quoted words and handles stay as written', () => {
  setMessageSource({
    message: (key: MessageKey, args) =>
      Object.hasOwn(de, key) ? substitute(de[key as keyof typeof de], args) : '',
    locale: 'de-DE',
  });
  expect(commentReasonText("words typical of spam: 'followers', 'link in bio'")).toBe(
    "typische Spam-Wörter: 'followers', 'link in bio'",
  );
  expect(commentReasonText('unsure: 55% generic')).toMatch(/^unsicher: 55\s?% allgemein$/);
  expect(commentReasonText('copy-pasted: the same text appears 1200 times')).toBe(
    'kopiert: derselbe Text erscheint 1.200-mal',
  );
  const german = all.map(commentReasonText);
  expect(german.filter((r, i) => r === all[i] && /[a-z]{4}/.test(r))).toEqual([]);
  // A reason of a shape this version does not know (a newer version's) stays as it was written.
  expect(commentReasonText('a reason from the future')).toBe('a reason from the future');
});
