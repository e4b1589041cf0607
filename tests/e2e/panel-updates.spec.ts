import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from './fixtures';
import { panel } from './panel';
import { savedPages } from '../../scripts/lib/saved-pages';

/** The panel follows the page as more data arrives, without a navigation. */

const itemList = readFileSync(
  resolve(import.meta.dirname, '..', 'fixtures', 'tiktok', 'item-list-synthetic.json'),
  'utf8',
);

test('posts the page loads while the user scrolls update the engagement rate', async ({
  context,
  openSavedPage,
}) => {
  await context.route('**/api/post/item_list/**', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: itemList }),
  );
  // The page's own script (with a URL, as TikTok's bundles have: the harness tells page requests
  // from ours by the script URLs on the initiator stack).
  await context.route('https://www.tiktok.com/test-app/load-more.js', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/javascript',
      body: "fetch('/api/post/item_list/?secUid=x&count=30&cursor=0');",
    }),
  );
  const page = await openSavedPage(savedPages.tiktokSigiProfile);
  const scout = panel(page);
  const rate = scout.part('scout-engagement-rate');
  // SIGI_STATE has two videos, one of them with counts.
  await expect(rate).toHaveAttribute('data-basis', '1');
  const first = await scout.value('scout-engagement-rate');
  expect(first).not.toBeNull();

  // The page's own script fetches the next videos, as TikTok does on scroll.
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.src = '/test-app/load-more.js';
    document.head.append(script);
  });
  await expect(rate).toHaveAttribute('data-basis', '3');
  expect(await scout.value('scout-engagement-rate')).not.toBe(first);
  await expect(scout.part('scout-followers')).toHaveAttribute('data-value', '12345');
});

test('comments the page renders later are counted', async ({ openSavedPage }) => {
  const page = await openSavedPage(savedPages.tiktokHostileVideo);
  const scout = panel(page);
  const spam = scout.part('scout-spam-ratio');
  await expect(spam).toHaveAttribute('data-basis', '6');
  await page.evaluate(() => {
    const list = document.querySelector('.css-DivCommentListContainer')!;
    const item = list.lastElementChild!.cloneNode(true) as Element;
    item.querySelector('[data-e2e="comment-level-1"] p')!.textContent =
      'promote it on @cheap_followers_shop for 1000 followers';
    list.append(item);
  });
  await expect(spam).toHaveAttribute('data-basis', '7');
});
