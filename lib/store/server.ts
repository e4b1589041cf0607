import {
  Request,
  responseSchemas,
  toIssues,
  type ErrorBody,
  type RequestType,
  type Response,
} from '../model/messages';
import { StoreError, type StoreContext } from './context';
import { handlers as allHandlers } from './handlers/index';
import type { Handler, Handlers } from './handlers/types';
import { createQueue } from './queue';

export type HandleMessage = (message: unknown) => Promise<Response<RequestType>>;

/**
 * The background's side of the protocol: validates the request, runs its handler in the single
 * write queue, validates the answer. Never throws: every failure is an error response.
 */
export function createStoreServer(
  ctx: StoreContext,
  handlers: Handlers = allHandlers,
  /** Work done before any request, in the same queue (the start-up index check). */
  atStart?: (ctx: StoreContext) => Promise<unknown>,
): HandleMessage {
  const enqueue = createQueue();
  // A failed check must not stop the store: each record is still checked when it is read.
  if (atStart) void enqueue(() => atStart(ctx)).catch(() => undefined);
  return async (message) => {
    const parsed = Request.safeParse(message);
    if (!parsed.success)
      return failure({
        code: 'bad-request',
        message: `not a valid request${typeName(message)}`,
        issues: toIssues(parsed.error),
      });
    const request = parsed.data;
    const handler = handlers[request.type] as Handler<RequestType>;
    try {
      const data = await enqueue(() => handler(request, ctx));
      const checked = responseSchemas[request.type].safeParse(data);
      if (checked.success) return { ok: true, data: checked.data };
      return failure({
        code: 'internal',
        message: `the store produced an invalid ${request.type} response`,
        issues: toIssues(checked.error),
      });
    } catch (error) {
      return failure(errorBody(error));
    }
  };
}

const failure = (error: ErrorBody): Response<RequestType> => ({ ok: false, error });

function typeName(message: unknown): string {
  const type = (message as { type?: unknown } | null)?.type;
  return typeof type === 'string' ? ` (${type.slice(0, 60)})` : '';
}

function errorBody(error: unknown): ErrorBody {
  if (error instanceof StoreError)
    return { code: error.code, message: error.message, issues: error.issues };
  const message = error instanceof Error ? error.message : String(error);
  // Chrome: "QUOTA_BYTES quota exceeded"; Firefox: "QuotaExceededError".
  if (/quota/i.test(message))
    return { code: 'storage-full', message: `storage is full: ${message}`, issues: [] };
  return { code: 'internal', message, issues: [] };
}

interface MessageEvents {
  onMessage: {
    addListener(
      listener: (
        message: unknown,
        sender: unknown,
        sendResponse: (response: unknown) => void,
      ) => true,
    ): void;
  };
}

/**
 * Answers runtime messages with the store. `sendResponse` + `return true` rather than returning
 * a Promise: that is what Chrome's messaging documents (a returned Promise was long ignored
 * there, and WXT's fake browser ignores it too), and Firefox honours it as well.
 */
export function listen(runtime: MessageEvents, handle: HandleMessage): void {
  runtime.onMessage.addListener((message, _sender, sendResponse) => {
    void handle(message).then(sendResponse);
    return true;
  });
}
