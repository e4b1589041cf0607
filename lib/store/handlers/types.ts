import type { RequestOf, RequestType, ResponseData } from '../../model/messages';
import type { StoreContext } from '../context';

/** One message's work; runs inside the write queue, throws StoreError for an error response. */
export type Handler<T extends RequestType> = (
  request: RequestOf<T>,
  ctx: StoreContext,
) => Promise<ResponseData<T>>;

export type Handlers<T extends RequestType = RequestType> = { [K in T]: Handler<K> };
