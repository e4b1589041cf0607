import { savedPages } from '../../scripts/lib/saved-pages';
import { expect, test } from './fixtures';
import { panel } from './panel';
import { ask } from './popup-helpers';

/**
 * A real logged-out Instagram post page whose only counts are in its meta description: "298K
 * likes, 553 comments - willyrex on May 29, 2021: …" (tests/fixtures/SOURCES.md). The panel reads a
 * usable post from it (likes rounded and said so, comments exact), says the rate needs the
 * creator's follower count, and the post is kept for the creator one only viewed.
 */

for (const size of [
  { width: 1280, height: 720 },
  { width: 390, height: 844 },
]) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`Instagram post with counts in its description at ${size.width}×${size.height} ${scheme}: a usable post, kept`, async ({
      context,
      openSavedPage,
      extensionId,
    }, info) => {
      const page = await openSavedPage(savedPages.instagramPostLoggedOut);
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize(size);
      const scout = panel(page);
      const rate = scout.part('scout-engagement-rate');
      await expect(rate).toHaveAttribute('data-value', '');
      // The post was read: the rate lacks only a follower count to divide by.
      await expect(scout.host).toContainText('likes and comments were read');
      await expect(scout.host).not.toContainText('no usable post');
      const row = scout.host.locator('.metric-head', {
        has: page.getByTestId('scout-engagement-rate'),
      });
      await row.click();
      const evidence = scout.host.locator(`#${await row.getAttribute('aria-controls')}`);
      await expect(evidence).toContainText('Post CPeC-Eenc8l: ≈298K likes, 553 comments');
      await expect(evidence).not.toContainText('298,000');
      await page.screenshot({
        path: info.outputPath(`post-${size.width}x${size.height}-${scheme}.png`),
      });

      // The creator one only viewed is kept with this post and its counts.
      const dashboard = await context.newPage();
      await dashboard.goto(
        `chrome-extension://${extensionId}/dashboard.html#/creator/instagram/willyrex`,
      );
      await expect
        .poll(async () => {
          const { creators } = await ask(dashboard, {
            type: 'creator/list',
            filter: { scope: 'seen' },
          });
          return creators.map((c) => [
            c.handle,
            c.recentPosts.map((p) => [p.id, p.likes, p.comments]),
          ]);
        })
        .toEqual([['willyrex', [['CPeC-Eenc8l', 298_000, 553]]]]);
      await dashboard.reload();
      await dashboard.emulateMedia({ colorScheme: scheme });
      await dashboard.setViewportSize(size);
      const kept = dashboard.getByTestId('scout-evidence');
      await kept.getByText('Posts read (1)').click();
      await expect(kept).toContainText('CPeC-Eenc8l');
      await expect(kept).toContainText('≈298K likes');
      await dashboard.screenshot({
        path: info.outputPath(`creator-${size.width}x${size.height}-${scheme}.png`),
        fullPage: true,
      });
    });
  }
}
