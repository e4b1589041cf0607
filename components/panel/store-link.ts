import { browser } from 'wxt/browser';
import {
  responseEnvelope,
  type RequestInput,
  type RequestType,
  type Response,
} from '../../lib/model/messages';

/** Sends one store request to the background and validates the answer against the protocol. */
export type SendToStore = <T extends RequestType>(request: RequestInput<T>) => Promise<Response<T>>;

export const sendToStore: SendToStore = async <T extends RequestType>(
  request: RequestInput<T>,
): Promise<Response<T>> => {
  let raw: unknown;
  try {
    raw = await browser.runtime.sendMessage(request);
  } catch (error) {
    return failure('unavailable', `the extension's background did not answer (${String(error)})`);
  }
  const parsed = responseEnvelope(request.type as T).safeParse(raw);
  if (!parsed.success) return failure('bad-response', `unexpected answer to ${request.type}`);
  return parsed.data as Response<T>;
};

function failure<T extends RequestType>(
  code: 'unavailable' | 'bad-response',
  message: string,
): Response<T> {
  return { ok: false, error: { code, message, issues: [] } };
}
