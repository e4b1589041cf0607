import { fakeBrowser } from 'wxt/testing/fake-browser';

/**
 * runtime.sendMessage as Chrome and Firefox deliver it. WXT 0.20's fake browser
 * (@webext-core/fake-browser 1.x) calls listeners without `sendResponse` and answers with the
 * first truthy value a listener returns, so a listener that answers through `sendResponse` and
 * returns `true` (what lib/store/server.ts does, as Chrome documents) would answer `true`.
 * Browsers: an answer given through `sendResponse` wins; otherwise, when a listener returned
 * `true`, the answer it sends later; otherwise the value a returned Promise resolves to.
 */
type Listener = (
  message: unknown,
  sender: object,
  sendResponse: (answer: unknown) => void,
) => unknown;
type Trigger = (...args: Parameters<Listener>) => Promise<unknown[]>;

const { onMessage } = fakeBrowser.runtime;
const trigger = onMessage.trigger.bind(onMessage) as unknown as Trigger;

async function sendMessage(message: unknown): Promise<unknown> {
  if (!(onMessage as unknown as { hasListeners(): boolean }).hasListeners())
    throw new Error('No listeners available');
  let answered = false;
  let answer: unknown;
  let deliver!: (value: unknown) => void;
  const later = new Promise((resolve) => (deliver = resolve));
  const returned = await trigger(message, {}, (value) => {
    if (answered) return;
    answered = true;
    answer = value;
    deliver(value);
  });
  if (answered) return answer;
  if (returned.some((value) => value === true)) return later;
  return returned.find((value) => value !== undefined && value !== false);
}

fakeBrowser.runtime.sendMessage = sendMessage as typeof fakeBrowser.runtime.sendMessage;
