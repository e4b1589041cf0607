import { browser } from 'wxt/browser';
import { z } from 'zod';
import {
  Request,
  responseEnvelope,
  toIssues,
  type RequestType,
  type Response,
} from '../model/messages';

type RequestInput = z.input<typeof Request>;
export type Transport = (message: unknown) => Promise<unknown>;

const runtimeTransport: Transport = (message) => browser.runtime.sendMessage(message);

/**
 * Asks the background store. The request is validated before it leaves and the answer after it
 * arrives; this never throws: a missing background or a malformed answer is an error response.
 *
 *   const res = await sendMessage({ type: 'creator/shortlist', key: { platform, handle } });
 *   if (res.ok) show(res.data.creator, res.data.change); else showError(res.error.message);
 */
export async function sendMessage<R extends RequestInput>(
  request: R,
  transport: Transport = runtimeTransport,
): Promise<Response<R['type']>> {
  const parsed = Request.safeParse(request);
  if (!parsed.success)
    return {
      ok: false,
      error: { code: 'bad-request', message: 'invalid request', issues: toIssues(parsed.error) },
    };
  let answer: unknown;
  try {
    answer = await transport(parsed.data);
  } catch (error) {
    return {
      ok: false,
      error: {
        code: 'unavailable',
        message: `no answer from the store: ${String(error)}`,
        issues: [],
      },
    };
  }
  const checked = responseEnvelope(request.type as RequestType).safeParse(answer);
  if (checked.success) return checked.data as Response<R['type']>;
  return {
    ok: false,
    error: {
      code: 'bad-response',
      message: `unexpected answer to ${request.type}`,
      issues: toIssues(checked.error),
    },
  };
}
