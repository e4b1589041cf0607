import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { panel } from './panel';
import { savedPages } from '../../scripts/lib/saved-pages';

/**
 * The followers sample on a saved profile: the page itself fetches its followers list (as it does
 * when the marketer opens it and scrolls), the request is answered from a fixture, and the panel
 * reads the accounts the page received. No request of the extension's own (the guard checks).
 */

const fixture = (path: string) => readFileSync(`tests/fixtures/${path}`, 'utf8');

/** Answers `pattern` with the fixture bodies in turn (one per page of the list). */
async function routeList(page: Page, pattern: string | RegExp, bodies: string[]) {
  let i = 0;
  await page.route(pattern, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json; charset=utf-8',
      body: bodies[Math.min(i++, bodies.length - 1)]!,
    }),
  );
}

/** The page's own script fetches the list, as Instagram's and TikTok's clients do. */
const pageFetch = (page: Page, url: string) =>
  page.evaluate((u) => fetch(u).then((r) => r.text()), url);

test('Instagram profile: the followers sample from two pages of the list, updating as it scrolls', async ({
  openSavedPage,
  requests,
}) => {
  const page = await openSavedPage(savedPages.instagramProfile);
  const scout = panel(page);
  await expect(scout.part('scout-followers')).toHaveAttribute('data-value', '2362');
  await routeList(page, /\/api\/v1\/friendships\/\d+\/followers\//, [
    fixture('instagram/friendships-followers-synthetic.json'),
    fixture('instagram/friendships-followers-page2-synthetic.json'),
  ]);

  await pageFetch(
    page,
    '/api/v1/friendships/8013432/followers/?count=12&search_surface=follow_list_page',
  );
  // Page 1: 24 accounts, 10 of them with two or more signs (counted by hand from the fixture).
  await expect(scout.part('scout-audience-sample')).toHaveAttribute('data-value', '24');
  await expect(scout.part('scout-audience-sample')).toContainText(
    'too few: scroll the followers list',
  );

  await pageFetch(
    page,
    '/api/v1/friendships/8013432/followers/?count=12&max_id=24&search_surface=follow_list_page',
  );
  // Both pages: 35 distinct accounts, 15 likely fake or inactive (12 bot-like, 3 quiet).
  await expect(scout.part('scout-audience-sample')).toHaveAttribute('data-value', '35');
  await expect(scout.part('scout-audience-fake-share')).toHaveAttribute(
    'data-value',
    String(15 / 35),
  );
  const section = scout.part('scout-audience-sample');
  await expect(section).toContainText('newest followers come first');
  await expect(section).toContainText('15 of 35 followers read');
  const examples = section.locator('li');
  await expect(examples).toHaveCount(10);
  await expect(section.locator('a[href="https://www.instagram.com/user84736291/"]')).toBeVisible();
  // Above 30%: a flag that names the accounts.
  await expect(scout.part('scout-flags')).toContainText('look fake or inactive');
  // The list was the page's own request; the extension sent none while it was loaded.
  expect(requests.filter((r) => r.url.includes('/friendships/') && r.by === 'page')).toHaveLength(
    2,
  );
  expect(requests.filter((r) => r.by === 'extension')).toEqual([]);

  for (const [name, size] of [
    ['desktop', { width: 1280, height: 800 }],
    ['phone', { width: 390, height: 844 }],
  ] as const) {
    await page.setViewportSize(size);
    await section.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `test-results/audience-panel-${name}.png` });
  }
});

test('TikTok profile: the followers sample from /api/user/list/ with counts', async ({
  openSavedPage,
}) => {
  const page = await openSavedPage(savedPages.tiktokProfile);
  const scout = panel(page);
  await expect(scout.part('scout-followers')).toHaveAttribute('data-value', '783427');
  await routeList(page, /\/api\/user\/list\//, [fixture('tiktok/user-list-synthetic.json')]);
  await pageFetch(
    page,
    '/api/user/list/?aid=1988&count=30&maxCursor=0&minCursor=0&scene=67&secUid=MS4wLjABAAAA',
  );
  await expect(scout.part('scout-audience-sample')).toHaveAttribute('data-value', '32');
  const share = Number(await scout.part('scout-audience-fake-share').getAttribute('data-value'));
  // 10 bot-like and 2 private, empty accounts of 32 (by hand from the fixture).
  expect(share).toBeCloseTo(12 / 32, 10);
  await expect(scout.part('scout-audience-sample')).toContainText('no videos');
});

test('a list the page did not load shows no sample', async ({ openSavedPage }) => {
  const page = await openSavedPage(savedPages.instagramProfile);
  const scout = panel(page);
  await expect(scout.part('scout-followers')).toHaveAttribute('data-value', '2362');
  await expect(scout.part('scout-audience-sample')).toHaveCount(0);
});
