import type { Migration } from './types';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Version 11: a kept post carries its @mentions and #hashtags (`handlesAndTags`), so that a
 * competitor named in an older post's mentions can be found after its caption was let go; the
 * settings have the competitor window (days before a campaign's start and after its end in which a
 * creator's competitor mention is flagged, 30 by the method). Older posts were kept without them:
 * null ("not read"), never a guess; the next visit fills them in. Settings get the method's 30 days.
 */
export const v010ToV011: Migration = {
  from: 10,
  description:
    'kept posts carry their mentions and hashtags (null before: not read); settings have the competitor window (30 days)',
  creator: (value) => ({
    ...value,
    ...(Array.isArray(value.recentPosts) && {
      recentPosts: value.recentPosts.map((post) =>
        isObject(post) ? { ...post, handlesAndTags: post.handlesAndTags ?? null } : post,
      ),
    }),
  }),
  settings: (value) => {
    if (!isObject(value.rules)) return value;
    const thresholds = isObject(value.rules.thresholds) ? value.rules.thresholds : {};
    return {
      ...value,
      rules: {
        ...value.rules,
        thresholds: {
          ...thresholds,
          competitorWindowDays: thresholds.competitorWindowDays ?? 30,
        },
      },
    };
  },
};
