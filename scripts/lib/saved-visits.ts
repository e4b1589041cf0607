import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { savedPages, type SavedPage } from './saved-pages';

/** A response the page's own script fetched during a real visit, saved by a public scraper's tests. */
export interface SavedResponse {
  file: string;
  /** The path the platform's web client requests it at. */
  url: string;
  method?: 'GET' | 'POST';
  /** Form body of a POST, as the web client sends it. */
  body?: string;
}

/**
 * A real visit: a page and the responses its own requests received while the marketer scrolled
 * and opened the comments. Replaying it gives the reading a marketer gets, with nothing invented.
 */
export interface SavedVisit {
  page: SavedPage;
  responses: SavedResponse[];
}

const fixtures = resolve(import.meta.dirname, '..', '..', 'tests', 'fixtures');

/** The query's variables as the web client posts them (the extension reads only the response). */
const query = (variables: Record<string, unknown>) =>
  `variables=${encodeURIComponent(JSON.stringify(variables))}`;
const timelineQuery = (page: number) =>
  query({ username: 'anasaiaofficial', data: { count: 12 }, page });
const commentsQuery = (page: number) => query({ media_id: '3275298868401088037', page });

export const savedVisits = {
  /**
   * @anasaiaofficial's profile, March 2024 (zhiwei2017/crawlinsta's tests): Instagram serves the
   * profile as an empty app shell, then the client fetches the profile (web_profile_info) and
   * three pages of the post grid as the marketer scrolls.
   */
  instagramProfile: {
    page: {
      file: 'instagram/empty-shell-synthetic.html',
      url: 'https://www.instagram.com/anasaiaofficial/',
    },
    responses: [
      {
        file: 'instagram/web-profile-info-v1-2024-03.json',
        url: '/api/v1/users/web_profile_info/?username=anasaiaofficial',
      },
      {
        file: 'instagram/profile-grid-graphql-2024-03.json',
        url: '/graphql/query',
        method: 'POST',
        body: timelineQuery(1),
      },
      {
        file: 'instagram/profile-grid-graphql-2024-03-page2.json',
        url: '/graphql/query',
        method: 'POST',
        body: timelineQuery(2),
      },
      {
        file: 'instagram/profile-grid-graphql-2024-03-page3.json',
        url: '/graphql/query',
        method: 'POST',
        body: timelineQuery(3),
      },
    ],
  },
  /**
   * @ninamukhar's reel, March 2024 (same tests): the saved page holds the reel and its first 15
   * comments; the marketer scrolls the comments and the client fetches two more pages.
   */
  instagramReel: {
    page: savedPages.instagramReelLoggedIn,
    responses: [
      {
        file: 'instagram/comments-graphql-2024-03.json',
        url: '/graphql/query',
        method: 'POST',
        body: commentsQuery(2),
      },
      {
        file: 'instagram/comments-graphql-2024-03-load0.json',
        url: '/graphql/query',
        method: 'POST',
        body: commentsQuery(3),
      },
    ],
  },
} satisfies Record<string, SavedVisit>;

export const readSavedResponse = (response: SavedResponse): string =>
  readFileSync(resolve(fixtures, response.file), 'utf8');

/**
 * Plays a visit's responses on an open page: each is answered from its saved file and fetched by
 * the page's own script, one after the other, as the platform's client does while one scrolls.
 */
export async function replayVisit(page: Page, visit: SavedVisit): Promise<void> {
  for (const response of visit.responses) {
    const target = new URL(response.url, visit.page.url).toString();
    const handler = (route: import('@playwright/test').Route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json; charset=utf-8',
        body: readSavedResponse(response),
      });
    await page.route(target, handler);
    await page.evaluate(
      ({ url, method, body }) =>
        fetch(url, {
          method,
          body,
          headers: body ? { 'content-type': 'application/x-www-form-urlencoded' } : undefined,
        }).then((r) => r.text()),
      { url: response.url, method: response.method ?? 'GET', body: response.body },
    );
    await page.unroute(target, handler);
  }
}
