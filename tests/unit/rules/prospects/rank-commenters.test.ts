import { afterEach, describe, expect, test } from 'vitest';
import de from '../../../../public/_locales/de/messages.json';
import { englishSource } from '../../../../lib/i18n/english';
import { setMessageSource, substitute, type MessageKey } from '../../../../lib/i18n/messages';
import { commenterWhy } from '../../../../lib/prospects/view';
import { botLikeHandle } from '../../../../lib/rules/prospects/bot-handle';
import {
  rankCommenters,
  type PostComments,
  type RankedComment,
} from '../../../../lib/rules/prospects/rank-commenters';

const c = (
  author: string,
  text: string,
  likes = 0,
  label: RankedComment['label'] = 'genuine',
): RankedComment => ({
  author,
  text,
  label,
  likes,
  isCreatorReply: false,
});
const post = (postId: string, comments: RankedComment[], creator = 'brand'): PostComments => ({
  postId,
  creator,
  takenAt: '2026-05-12T09:00:00Z',
  comments,
});

describe('rankCommenters', () => {
  test.each<[string, PostComments[], string[]]>([
    [
      'more likes on the comment ranks higher',
      [post('p1', [c('ana', 'where did you get it', 2), c('bo', 'which size is this', 40)])],
      ['bo', 'ana'],
    ],
    [
      'two comments beat one of the same kind',
      [
        post('p1', [
          c('ana', 'love the colour'),
          c('bo', 'what fabric is it'),
          c('ana', 'and the fit?'),
        ]),
      ],
      ['ana', 'bo'],
    ],
    [
      'genuine beats generic praise with the same likes',
      [post('p1', [c('ana', '🔥🔥', 3, 'generic'), c('bo', 'how does it wash?', 3)])],
      ['bo', 'ana'],
    ],
    [
      'across posts: a regular beats a one-off with more likes',
      [
        post('p1', [c('ana', 'nice fabric', 1), c('bo', 'where is this', 6)]),
        post('p2', [c('ana', 'which shop?', 1)]),
      ],
      ['ana', 'bo'],
    ],
    [
      'ties: alphabetical',
      [post('p1', [c('zed', 'question about sizes'), c('amy', 'question about colour')])],
      ['amy', 'zed'],
    ],
  ])('%s', (_name, posts, order) => {
    expect(rankCommenters(posts).prospects.map((p) => p.handle)).toEqual(order);
  });

  test.each<[string, RankedComment, string]>([
    ['a spam writer', c('cryptoqueen', 'DM me to earn $500 a day', 9, 'spam'), 'wrote spam'],
    ['a default TikTok name', c('user8273645102', 'so nice'), 'bot-like handle'],
    ['a padded handle', c('__anna__', 'so nice'), 'bot-like handle'],
  ])('left out: %s', (_name, comment, reason) => {
    const { prospects, leftOut } = rankCommenters([post('p1', [comment, c('ana', 'what size?')])]);
    expect(prospects.map((p) => p.handle)).toEqual(['ana']);
    expect(leftOut[0]!.reason).toContain(reason);
  });

  test("one spam comment disqualifies the account's genuine ones too", () => {
    const { prospects } = rankCommenters([
      post('p1', [c('mixed', 'great post', 5), c('mixed', 'send me btc', 0, 'spam')]),
    ]);
    expect(prospects).toEqual([]);
  });

  test("the post's creator, its replies and the brand are never prospects", () => {
    const reply = { ...c('someone', 'thanks!'), isCreatorReply: true };
    const { prospects } = rankCommenters(
      [
        post(
          'p1',
          [
            c('Brand', 'thank you all'),
            c('acme.paints', 'we love it'),
            c('@Ana', 'where from?'),
            reply,
          ],
          'brand',
        ),
      ],
      { exclude: ['@Acme.Paints'] },
    );
    expect(prospects.map((p) => p.handle)).toEqual(['ana']);
  });

  test('evidence says where it was found, what was written and how engaged', () => {
    const [p] = rankCommenters([
      post('p1', [
        c('ana', 'where did you get this lovely linen dress from, it looks perfect', 14),
      ]),
      post('p2', [c('ana', 'again!', 0)]),
    ]).prospects;
    expect(p!.foundOn).toBe(
      "commented on @brand's post of 12 May: 'where did you get this lovely linen …'",
    );
    expect(p!.evidence).toEqual([
      p!.foundOn,
      '2 comments, 14 likes on them',
      'commented on 2 of the posts you opened',
    ]);
    expect(p).toMatchObject({ comments: 2, posts: 2, likes: 14 });
  });

  test('no comments, no prospects', () => {
    expect(rankCommenters([]).prospects).toEqual([]);
    expect(rankCommenters([post('p1', [])]).prospects).toEqual([]);
  });
});

describe('botLikeHandle', () => {
  test.each([
    ['user8273645', true],
    ['user92837465102', true],
    ['ana.lopez', false],
    ['studio_2024', false],
    ['mara.thrifts', false],
    ['x_9_8_7_6_5', true],
    ['__anna__', true],
    ['anna__', true],
    ['jo3', false],
    ['shop1234567', true],
  ])('%s → %s', (handle, bot) => {
    expect(botLikeHandle(handle) !== null).toBe(bot);
  });
});

describe("a commenter's evidence in the UI language", () => {
  afterEach(() => setMessageSource(null));

  test("in British English the panel's words are the rules' own", () => {
    setMessageSource({ ...englishSource, locale: 'en-GB' });
    const { prospects } = rankCommenters([
      post('p1', [
        c('ana', 'where did you get this lovely scarf, is it handmade?', 3),
        c('bo', 'so good'),
      ]),
      post('p2', [c('ana', 'again: which wool?', 1), { ...c('cy', 'nice'), replies: 2 }], 'brand'),
      {
        postId: 'p3',
        creator: null,
        takenAt: null,
        comments: [{ ...c('dee', 'what size', 1), replies: 1 }],
      },
    ]);
    expect(prospects.length).toBe(4);
    for (const p of prospects) expect(commenterWhy(p)).toEqual(p.evidence);
  });

  test('in German they are German', () => {
    setMessageSource({
      message: (key: MessageKey, args) =>
        Object.hasOwn(de, key) ? substitute(de[key as keyof typeof de], args) : '',
      locale: 'de-DE',
    });
    const [ana] = rankCommenters([post('p1', [c('ana', 'wo gibt es den Schal?', 3)])]).prospects;
    expect(commenterWhy(ana!)).toEqual([
      'hat den Beitrag von @brand vom 12. Mai kommentiert: „wo gibt es den Schal?“',
      '1 Kommentar, 3 Likes darauf',
    ]);
  });
});
