import type { BrowserContext, Page } from '@playwright/test';
import type { browser } from 'wxt/browser';
import type { RequestInput, RequestType, Response, ResponseData } from '../../lib/model/messages';
import { expect, test } from './fixtures';
import { panel } from './panel';
import { savedPages } from '../../scripts/lib/saved-pages';
import { createCampaign } from './popup-helpers';

/** The extension API as extension pages and the service worker see it (inside `evaluate`). */
declare const chrome: typeof browser;

/** Sends one store message from an extension page, as the popup does; fails on an error answer. */
async function ask<T extends RequestType>(
  page: Page,
  request: RequestInput<T>,
): Promise<ResponseData<T>> {
  const response: Response<T> = await page.evaluate(
    (message) => chrome.runtime.sendMessage(message),
    request as unknown,
  );
  if (!response.ok) throw new Error(`${request.type}: ${response.error.message}`);
  return response.data;
}

async function serviceWorker(context: BrowserContext) {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/** A minimal earlier visit of @illojuan, as the panel would have recorded it days ago. */
function earlierVisit(
  at: string,
  followers: number,
  engagementRate: number | null,
): RequestInput<'creator/record-visit'> {
  const count = (value: number | null) => ({
    value,
    exact: value !== null,
    source: value === null ? null : ('embedded-json' as const),
  });
  return {
    type: 'creator/record-visit',
    reading: {
      platform: 'tiktok',
      page: 'video',
      url: 'https://www.tiktok.com/@illojuan/video/7571863205253778710',
      handle: 'illojuan',
      status: 'ok',
      profile: {
        handle: 'illojuan',
        displayName: 'IlloJuan',
        bio: null,
        externalUrl: null,
        verified: null,
        private: null,
        category: null,
        followers: count(followers),
        following: count(null),
        posts: count(null),
        likes: count(null),
      },
      posts: [],
      comments: [],
      missing: [],
      readAt: at,
    },
    snapshot: {
      at,
      followers,
      following: null,
      posts: null,
      likes: null,
      engagementRate,
      engagementBasis: engagementRate === null ? null : 'single-post',
      spamRatio: null,
    },
    verdict: null,
  };
}

test('one click shortlists; the store has the creator when the popup asks', async ({
  openSavedPage,
  openExtensionPage,
}) => {
  const page = await openSavedPage(savedPages.tiktokProfile);
  const scout = panel(page);
  const button = scout.part('scout-shortlist');
  await expect(button).toBeEnabled();
  await expect(button).toHaveAttribute('data-state', 'idle');
  await button.click();
  await expect(button).toHaveAttribute('data-state', 'done');
  await expect(button).toHaveText('Shortlisted');
  await expect(button).toBeDisabled();

  const popup = await openExtensionPage('popup.html');
  const listed = await ask(popup, { type: 'creator/list', filter: { scope: 'shortlisted' } });
  const creators = listed.creators;
  expect(creators.map((c) => [c.platform, c.handle, c.displayName])).toEqual([
    ['tiktok', 'illojuan', 'IlloJuan'],
  ]);

  // A new tab on the same creator knows it is on the list.
  const again = await openSavedPage(savedPages.tiktokProfile);
  await expect(panel(again).part('scout-shortlist')).toHaveAttribute('data-state', 'done');
});

test('every visit stores a snapshot of the numbers', async ({
  openSavedPage,
  openExtensionPage,
}) => {
  const page = await openSavedPage(savedPages.tiktokProfile);
  await expect(panel(page).part('scout-followers')).toHaveAttribute('data-value', '783427');
  const popup = await openExtensionPage('popup.html');
  await expect
    .poll(async () => {
      const got = await ask(popup, {
        type: 'creator/get',
        key: { platform: 'tiktok', handle: 'illojuan' },
      });
      return got.creator?.snapshots.map((s) => s.followers) ?? [];
    })
    .toEqual([783427]);
  const got = await ask(popup, {
    type: 'creator/get',
    key: { platform: 'tiktok', handle: 'illojuan' },
  });
  // Visited, not shortlisted.
  expect(got.creator?.campaigns).toEqual([]);
  expect(got.creator?.lastReading?.url).toBe(savedPages.tiktokProfile.url);
});

test('with an active campaign: fit against its brief, shortlisted into it, change since the last visit', async ({
  openSavedPage,
  openExtensionPage,
}) => {
  const popup = await openExtensionPage('popup.html');
  const campaignId = (
    await createCampaign(popup, {
      name: 'Gaming chairs',
      brief: { name: 'Gaming chairs', keywords: ['twitch', 'stream'], languages: ['es'] },
    })
  ).id;
  const threeDaysAgo = new Date(Date.now() - 3 * 86_400_000).toISOString();
  const seeded = await ask(popup, earlierVisit(threeDaysAgo, 780_000, 0.12));
  expect(seeded.recorded).toBe(true);

  const page = await openSavedPage(savedPages.tiktokVideo);
  const scout = panel(page);
  // authorStatsV2.followerCount "783400"; (25500 + 146 + 2156) ÷ 192100 on the video.
  await expect(scout.part('scout-followers')).toHaveAttribute('data-value', '783400');
  const change = scout.part('scout-change');
  await expect(change).toHaveAttribute('data-followers-delta', '3400');
  expect(Number(await change.getAttribute('data-engagement-delta'))).toBeCloseTo(
    27802 / 192100 - 0.12,
    12,
  );
  await expect(change).toContainText('Since your last visit 3 days ago: followers +3,400 (+0.44%)');
  await expect(change).toContainText('engagement +2.5 pt');
  await expect(scout.part('scout-audience-fit')).toHaveAttribute('data-value', /^(0|1|0\.\d+)$/);

  const button = scout.part('scout-shortlist');
  await expect(button).toHaveText('Shortlist to “Gaming chairs”');
  await button.click();
  await expect(button).toHaveText('Shortlisted in “Gaming chairs”');
  await expect(change).toBeVisible();
  const listed = await ask(popup, { type: 'creator/list', filter: { campaignId } });
  expect(listed.creators.map((c) => c.handle)).toEqual(['illojuan']);
});

test('the keyboard shortcut is declared, and its message shortlists from the page', async ({
  context,
  openSavedPage,
}) => {
  const worker = await serviceWorker(context);
  const commands = await worker.evaluate(() => chrome.commands.getAll());
  expect(commands.find((c) => c.name === 'shortlist-creator')).toMatchObject({
    shortcut: 'Alt+Shift+S',
  });

  const page = await openSavedPage(savedPages.tiktokProfile);
  const button = panel(page).part('scout-shortlist');
  await expect(button).toHaveAttribute('data-state', 'idle');
  // What lib/background/shortlist-command.ts sends when the shortcut is pressed (Playwright cannot
  // press browser-level shortcuts): the same message, from the service worker, to the page's tab.
  await worker.evaluate(async (url) => {
    const [tab] = await chrome.tabs.query({ url });
    await chrome.tabs.sendMessage(tab!.id!, { type: 'creator-scout/shortlist-command' });
  }, savedPages.tiktokProfile.url);
  await expect(button).toHaveAttribute('data-state', 'done');
});

test('the shortlist button works from the keyboard', async ({ openSavedPage }) => {
  const page = await openSavedPage(savedPages.instagramProfile);
  const button = panel(page).part('scout-shortlist');
  await expect(button).toBeEnabled();
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(button).toHaveAttribute('data-state', 'done');
  // Focus stays on the button, which now says it is done, instead of falling back to the page.
  await expect(button).toBeFocused();
  await expect(button).toBeDisabled();
  await page.keyboard.press('Enter');
  await expect(button).toHaveAttribute('data-state', 'done');
  await page.keyboard.press('Shift+Tab');
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(false);
});
