import { describe, expect, test, vi } from 'vitest';
import { OBSERVED_MESSAGE } from '../../../lib/content-script/observer';
import { collectResponses, parseJson } from '../../../lib/content-script/responses';

function fakeWindow() {
  const listeners: Array<(event: MessageEvent) => void> = [];
  const win = {
    addEventListener: (_: string, fn: (event: MessageEvent) => void) => listeners.push(fn),
    removeEventListener: () => listeners.splice(0),
  } as unknown as Window;
  const post = (data: unknown, source: unknown = win) =>
    listeners.forEach((fn) => fn({ data, source } as MessageEvent));
  return { win, post };
}

describe('parseJson', () => {
  test.each([
    ['{"a":1}', { a: 1 }],
    ['for (;;);{"a":1}', { a: 1 }],
    ['  for (;;); [1]', [1]],
    ['{"a":', undefined],
    ['<html>', undefined],
    ['', undefined],
  ])('%j', (text, expected) => {
    expect(parseJson(text)).toEqual(expected);
  });
});

describe('collectResponses', () => {
  test('keeps valid messages from the page itself and ignores the rest', () => {
    const { win, post } = fakeWindow();
    const onChange = vi.fn();
    const collected = collectResponses(win, onChange);
    post({
      type: OBSERVED_MESSAGE,
      url: 'https://www.tiktok.com/api/post/item_list/',
      rootField: null,
      text: '{"itemList":[]}',
    });
    post({ type: OBSERVED_MESSAGE, url: 'https://x', text: 'not json' });
    post({ type: 'other', url: 'https://x', text: '{}' });
    post({ type: OBSERVED_MESSAGE, url: 42, text: '{}' });
    post({ type: OBSERVED_MESSAGE, url: 'https://x', text: '{}' }, { another: 'frame' });
    post(null);
    expect(collected.list().map((r) => r.body)).toEqual([{ itemList: [] }]);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  test('keeps the most recent 60 and forgets what arrived before a navigation', () => {
    const { win, post } = fakeWindow();
    const collected = collectResponses(win, () => undefined);
    for (let i = 0; i < 70; i++)
      post({ type: OBSERVED_MESSAGE, url: `https://x/${i}`, rootField: null, text: `{"i":${i}}` });
    expect(collected.list()).toHaveLength(60);
    expect(collected.list()[0]!.body).toEqual({ i: 10 });
    collected.forgetBefore(Date.now() + 1000);
    expect(collected.list()).toEqual([]);
  });
});
