/**
 * Runs tasks one after another in the order they were queued: the background's writes (and the
 * reads that go with them) never interleave, so two tabs shortlisting at once both land, and a
 * record and its index shard are always updated together. A failing task does not stop the queue.
 */
export function createQueue(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const result = tail.then(task);
    tail = result.catch(() => undefined);
    return result;
  };
}
