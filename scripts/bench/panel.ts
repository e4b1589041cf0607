import type { Brief } from '../../lib/model/brief';
import type { CommentReading, Count, PageReading, PostReading } from '../../lib/model/reading';
import { defaultRuleSettings } from '../../lib/model/settings';
import { createPanelController } from '../../lib/panel/controller';
import { panelView } from '../../lib/panel/view';
import { detectFrancLanguage } from '../../lib/rules/fit/language';
import { scoreReading } from '../../lib/rules/score';
import { medianMs } from './measure';
import type { BenchSuite } from './types';

const count = (value: number): Count => ({ value, exact: true, source: 'network' });

/** A profile after a long scroll: 30 posts, 300 comments (some 2,000 characters long). */
function bigReading(): PageReading {
  const now = Date.parse('2026-03-01T12:00:00Z');
  const posts: PostReading[] = Array.from({ length: 30 }, (_, i) => ({
    id: `p${i}`,
    url: null,
    author: 'creator',
    takenAt: new Date(now - (i + 3) * 86_400_000).toISOString(),
    caption: `Travel sketch #${i} with the pocket palette #watercolor #travel @friend`,
    hashtags: ['#watercolor', '#travel'],
    mentions: ['friend'],
    likes: count(1200 + ((i * 137) % 700)),
    comments: count(30 + (i % 9)),
    views: count(20_000 + i * 500),
    shares: count(10 + i),
    saves: count(0),
    likesHidden: false,
    isVideo: true,
    format: 'video',
    pinned: i === 0,
    paidPartnership: i % 6 === 0,
    source: 'network',
  }));
  const texts = [
    'Which paper do you use for these? The colours look so clean',
    'nice 🔥🔥',
    'DM us to collab!! promote it on @promo_page',
    `I love how you handle the skies ${'so calm '.repeat(250)}`,
  ];
  const comments: CommentReading[] = Array.from({ length: 300 }, (_, i) => ({
    id: `c${i}`,
    postId: `p${i % 5}`,
    author: `fan${i}`,
    text: texts[i % texts.length]!,
    likes: null,
    createdAt: null,
    isCreatorReply: false,
    isReply: false,
    source: 'network',
  }));
  return {
    platform: 'tiktok',
    page: 'profile',
    url: 'https://www.tiktok.com/@creator',
    handle: 'creator',
    status: 'ok',
    profile: {
      handle: 'creator',
      displayName: 'Creator',
      bio: 'Watercolour travel sketches',
      externalUrl: 'https://example.com',
      verified: false,
      private: false,
      category: null,
      followers: count(48_000),
      following: count(300),
      posts: count(210),
      likes: count(1_200_000),
    },
    posts,
    comments,
    missing: [],
    readAt: new Date(now).toISOString(),
  };
}

const brief: Brief = {
  name: 'Travel palette',
  keywords: ['watercolor', 'travel'],
  hashtags: ['#watercolor'],
  languages: ['en'],
};

/**
 * What the panel does on every reading (at most every 700 ms while the page changes): score with
 * the brief and language detection, then build the view. One frame (16 ms) is the budget.
 */
export const panelSuite: BenchSuite = async () => {
  const reading = bigReading();
  const t = defaultRuleSettings.thresholds;
  const ms = medianMs(() => {
    const verdict = scoreReading(reading, { brief, detectLanguage: detectFrancLanguage });
    return panelView({ reading, verdict, brief, thresholds: t });
  }, 30);
  const verdict = scoreReading(reading, { brief, detectLanguage: detectFrancLanguage });
  const viewMs = medianMs(() => panelView({ reading, verdict, brief, thresholds: t }), 200);
  // The same page read again (its DOM changed elsewhere): recognised and skipped.
  const controller = createPanelController({
    platform: 'tiktok',
    send: async () => ({ ok: false, error: { code: 'unavailable', message: 'bench', issues: [] } }),
    onChange: () => undefined,
    setTimer: () => 0,
    clearTimer: () => undefined,
  });
  controller.update(reading, true);
  const again = { ...reading, readAt: new Date().toISOString() };
  const skipMs = medianMs(() => controller.update(again, false), 200);
  controller.dispose();
  return [
    {
      area: 'panel',
      figure: 'identical re-reading, recognised and skipped',
      measured: `${skipMs.toFixed(3)} ms`,
      target: '≤ 2 ms',
      pass: skipMs <= 2,
    },
    {
      area: 'panel',
      figure: 'score + view per reading (30 posts, 300 comments, brief)',
      measured: `${ms.toFixed(2)} ms`,
      target: '≤ 16 ms',
      pass: ms <= 16,
    },
    {
      area: 'panel',
      figure: 'view model alone per reading',
      measured: `${viewMs.toFixed(3)} ms`,
      target: '≤ 2 ms',
      pass: viewMs <= 2,
    },
  ];
};
