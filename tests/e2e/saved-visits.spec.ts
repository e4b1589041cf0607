import { expect, test } from './fixtures';
import { panel } from './panel';
import { replayVisit, savedVisits } from '../../scripts/lib/saved-visits';

/**
 * The demo's visits: a real page and the real responses its own script fetched while the marketer
 * scrolled (zhiwei2017/crawlinsta's captures), replayed in order. The panel takes each response
 * in as it arrives; the extension sends no request of its own (the guard checks).
 */

test('Instagram profile shell + profile and three grid pages: followers, engagement over the recent posts, a verdict', async ({
  openSavedPage,
  requests,
}) => {
  const visit = savedVisits.instagramProfile;
  const page = await openSavedPage(visit.page);
  const scout = panel(page);
  await scout.part('scout-status').waitFor({ state: 'attached' });
  await replayVisit(page, visit);
  // web_profile_info: "follower_count": 740983.
  await expect(scout.part('scout-followers')).toHaveAttribute('data-value', '740983');
  // 36 posts in the three grid pages; the median runs over the recent, unpinned ones.
  await expect(scout.part('scout-status')).toContainText('36 posts');
  await expect(scout.part('scout-engagement-rate')).toHaveAttribute('data-basis', '30');
  const rate = await scout.value('scout-engagement-rate');
  expect(rate).toBeGreaterThan(0.02);
  expect(rate).toBeLessThan(0.05);
  await expect(scout.part('scout-verdict')).toBeVisible();
  expect(requests.filter((r) => r.by === 'page' && r.url.includes('/graphql/query'))).toHaveLength(
    3,
  );
});

test('Instagram reel + two more pages of comments: the spam ratio rests on all 35', async ({
  openSavedPage,
}) => {
  const visit = savedVisits.instagramReel;
  const page = await openSavedPage(visit.page);
  const scout = panel(page);
  const spam = scout.part('scout-spam-ratio');
  // The saved page alone: 15 comments, too few for a rate.
  await expect(spam).toHaveAttribute('data-basis', '15');
  await expect(spam).toHaveAttribute('data-value', '');
  await replayVisit(page, visit);
  // 15 + 6 + 14 distinct comments, none by the creator.
  await expect(spam).toHaveAttribute('data-basis', '35');
  await expect(spam).not.toHaveAttribute('data-value', '');
  // "🅿🅻🅴🅰🆂🅴 🅲🅷🅴🅲🅺 🅳🅼" in enclosed letters is spam whatever the font.
  expect(await scout.value('scout-spam-ratio')).toBeGreaterThan(0);
  // Its evidence lists the spam before the generic comments, each with its reason.
  await spam.click();
  const items = scout.host
    .locator('.metric', { has: page.getByTestId('scout-spam-ratio') })
    .locator('.evidence li');
  const lines = await items.allInnerTexts();
  const labels = lines.map((l) => /^(spam|generic):/.exec(l)?.[1]).filter(Boolean);
  expect(labels[0]).toBe('spam');
  expect(labels.lastIndexOf('spam')).toBeLessThan(labels.indexOf('generic'));
  expect(lines.some((l) => l.startsWith('spam:') && l.includes('🅿🅻🅴🅰🆂🅴'))).toBe(true);
});
