import { describe, expect, test, vi } from 'vitest';
import {
  installObserver,
  OBSERVED_MESSAGE,
  type ObservedMessage,
} from '../../../lib/content-script/observer';

/** A window with just what the observer touches: fetch, XMLHttpRequest, postMessage, location. */
function fakeWindow(respond: (url: string) => Response) {
  const posted: ObservedMessage[] = [];
  const pageFetch = vi.fn(async (input: RequestInfo | URL) =>
    respond(String(input instanceof Request ? input.url : input)),
  );
  const win = {
    fetch: pageFetch,
    location: { href: 'https://www.instagram.com/nasa/', origin: 'https://www.instagram.com' },
    postMessage: (message: ObservedMessage) => posted.push(message),
  } as unknown as Window & typeof globalThis;
  return { win, posted, pageFetch };
}

const flush = () => new Promise((done) => setTimeout(done, 0));

describe('the main-world observer', () => {
  test('hands over a data response as text and gives the page its own response untouched', async () => {
    const body = '{"data":{"user":{"username":"nasa"}}}';
    const { win, posted, pageFetch } = fakeWindow(
      () =>
        new Response(body, {
          headers: { 'x-root-field-name': 'xdt_api__v1__feed__user_timeline_graphql_connection' },
        }),
    );
    installObserver(win, (url) => url.includes('/graphql/query'));
    const response = await win.fetch('/graphql/query', { method: 'POST' });
    expect(await response.text()).toBe(body);
    await flush();
    expect(pageFetch).toHaveBeenCalledTimes(1);
    expect(posted).toEqual([
      {
        type: OBSERVED_MESSAGE,
        url: 'https://www.instagram.com/graphql/query',
        rootField: 'xdt_api__v1__feed__user_timeline_graphql_connection',
        text: body,
      },
    ]);
  });

  test('ignores other URLs and failed responses', async () => {
    const { win, posted } = fakeWindow(
      (url) => new Response('{}', { status: url.includes('fail') ? 500 : 200 }),
    );
    installObserver(win, (url) => url.includes('/api/'));
    await win.fetch('https://www.instagram.com/static/app.js');
    await win.fetch('https://www.instagram.com/api/fail');
    await flush();
    expect(posted).toEqual([]);
  });

  test('a page request that fails still fails for the page, and nothing is thrown by us', async () => {
    const { win, posted } = fakeWindow(() => {
      throw new TypeError('network down');
    });
    installObserver(win, () => true);
    await expect(win.fetch('/api/v1/users/web_profile_info/')).rejects.toThrow('network down');
    await flush();
    expect(posted).toEqual([]);
  });

  test('an input it cannot understand is passed through', async () => {
    const { win, pageFetch } = fakeWindow(() => new Response('x'));
    installObserver(win, () => true);
    await win.fetch({ toString: () => '::not a url' } as unknown as string);
    expect(pageFetch).toHaveBeenCalledTimes(1);
  });
});
